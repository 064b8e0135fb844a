# Import by the certificate's AppViewX resource id.
terraform import appviewx_certificate_revocation.compromised 5f51f7312fa95059a12b0aee
