resource "appviewx_ssh_certificate" "alice" {
  ca_name              = "Default-Infra-Access-Group.user.ca"
  certificate_identity = "alice@example.com"
  public_key           = file("${path.module}/alice_ed25519.pub")
  principals           = ["alice", "deploy"]
  cert_type            = "User"
  validity_value       = 8
  validity_unit        = "hours"

  # Replace the certificate when less than an hour of validity is left.
  renew_before      = "1h"
  revocation_reason = "Rotated by terraform"
}

output "alice_certificate" {
  value = appviewx_ssh_certificate.alice.certificate
}
