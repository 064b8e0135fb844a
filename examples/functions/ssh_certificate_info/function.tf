# Check a certificate that comes from elsewhere before using it (terraform >= 1.8).
variable "deploy_certificate" {
  type = string
}

locals {
  deploy = provider::appviewx::ssh_certificate_info(var.deploy_certificate)
}

resource "terraform_data" "deploy" {
  input = local.deploy.key_id

  lifecycle {
    precondition {
      condition     = contains(local.deploy.principals, "deploy") && timecmp(local.deploy.valid_before, plantimestamp()) > 0
      error_message = "The deploy certificate must grant the deploy principal and still be valid."
    }
  }
}
