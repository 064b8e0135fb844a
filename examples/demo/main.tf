# The README demo: sign a user and a host SSH certificate, enroll an X.509 certificate from a
# CSR, look up a certificate, reissue it, revoke another one. The provider reads APPVIEWX_URL / APPVIEWX_USERNAME / APPVIEWX_PASSWORD.
terraform {
  required_providers {
    appviewx = { source = "appviewx-community/appviewx" }
  }
}

provider "appviewx" {}

variable "user_public_key" { type = string }
variable "host_public_key" { type = string }
variable "web_csr" { type = string }

# The key stays with whoever made the CSR (run-demo.ts, with openssl req); AppViewX signs.
resource "appviewx_certificate" "web" {
  certificate_authority = "AppViewX"
  csr_pem               = var.web_csr
  validity              = { value = 90, unit = "days" }
  renew_before          = "30d"
  lifecycle {
    create_before_destroy = true
  }
}

resource "appviewx_ssh_certificate" "alice" {
  ca_name              = "Default-Infra-Access-Group.user.ca"
  certificate_identity = "alice@example.com"
  public_key           = var.user_public_key
  principals           = ["alice", "deploy"]
  cert_type            = "User"
  validity_value       = 8
  validity_unit        = "hours"
  renew_before         = "1h"
  revocation_reason    = "Demo finished"
}

resource "appviewx_ssh_certificate" "web01" {
  ca_name              = "Default-Infra-Access-Group.host.ca"
  certificate_identity = "web01.example.com"
  public_key           = var.host_public_key
  principals           = ["web01.example.com", "10.0.0.11"]
  cert_type            = "Host"
  validity_value       = 30
  validity_unit        = "days"
}

data "appviewx_certificate" "testcert" {
  common_name   = "testcert8g.appviewx.plus"
  serial_number = "08:BD:54:35:FD:81:AC:A4:45:2B:FC:9F:77:56:FE:2C"
}

resource "appviewx_certificate_reissue" "testcert" {
  resource_id       = data.appviewx_certificate.testcert.resource_id
  reason            = "Superseded"
  wait_for_issuance = true
  certificate_format = {
    format = "PEM"
  }
}

data "appviewx_certificate" "old_api" {
  common_name = "api.appviewx.plus"
}

resource "appviewx_certificate_revocation" "old_api" {
  resource_id = data.appviewx_certificate.old_api.resource_id
  reason      = "Superseded"
}

output "web_certificate_pem" { value = appviewx_certificate.web.certificate_pem }
output "alice_certificate" { value = appviewx_ssh_certificate.alice.certificate }
output "alice_valid_to" { value = appviewx_ssh_certificate.alice.valid_to }
output "web01_serial" { value = appviewx_ssh_certificate.web01.serial_number }
output "reissued_certificate" { value = appviewx_certificate_reissue.testcert.issued_resource_id }
output "reissue_status" { value = appviewx_certificate_reissue.testcert.status }
output "old_api_status" { value = appviewx_certificate_revocation.old_api.cert_status }
