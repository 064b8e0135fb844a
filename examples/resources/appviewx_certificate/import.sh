# Import by the certificate's AppViewX resource id; its PEM and chain are downloaded on import.
# No secret is ever part of the id.
terraform import appviewx_certificate.web 5f51f7312fa95059a12b0aee
