# Recommended: enroll from a CSR. The private key stays where the CSR was made and never enters state:
#   openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
#     -keyout web.key -out web.csr -subj /CN=web.example.com -addext subjectAltName=DNS:web.example.com
resource "appviewx_certificate" "web" {
  certificate_authority = "AppViewX"
  csr_pem               = file("${path.module}/web.csr")
  validity              = { value = 90, unit = "days" }

  # Rotate without downtime: 30 days before not_after the plan replaces the certificate, and
  # create_before_destroy issues the new one before the old one is revoked.
  renew_before = "30d"
  lifecycle {
    create_before_destroy = true
  }
}

# Or let AppViewX generate the key, and download it (encrypted on the way with a write-only
# password, decrypted by the provider, stored in state as a sensitive value).
variable "key_password" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "appviewx_certificate" "api" {
  certificate_authority           = "AppViewX"
  common_name                     = "api.example.com"
  dns_names                       = ["api.example.com"]
  key_type                        = "EC"
  bit_length                      = 256
  download_private_key            = true
  private_key_password_wo         = var.key_password
  private_key_password_wo_version = 1
  revocation_reason               = "Cessation of operation"
}

output "web_certificate" { value = appviewx_certificate.web.certificate_pem }
output "web_chain" { value = appviewx_certificate.web.ca_chain_pem }
output "web_expires" { value = appviewx_certificate.web.not_after }
