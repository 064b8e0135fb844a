# Import by the certificate's AppViewX resource id, for a certificate that is revoked (importing a
# live certificate fails: create the resource instead, which revokes it). The gateway does not say
# why a certificate was revoked, so the imported state records reason = "Unspecified".
terraform import appviewx_certificate_revocation.compromised 5fa27b7ffee3a70235a58170
