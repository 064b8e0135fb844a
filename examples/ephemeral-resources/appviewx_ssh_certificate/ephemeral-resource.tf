# A certificate for this run only (terraform >= 1.10): signed when terraform opens it, revoked when
# the run ends, never in plan or state. The host's sshd trusts the CA (TrustedUserCAKeys).
variable "host" {
  type = string
}

ephemeral "appviewx_ssh_certificate" "ci" {
  ca_name              = "Default-Infra-Access-Group.user.ca"
  certificate_identity = "terraform-ci"
  public_key           = file("${path.module}/ci_ed25519.pub")
  principals           = ["deploy"]
  cert_type            = "User"
  validity             = "15m"
}

resource "terraform_data" "configure" {
  input = var.host

  connection {
    type        = "ssh"
    host        = var.host
    user        = "deploy"
    private_key = file("${path.module}/ci_ed25519")
    certificate = ephemeral.appviewx_ssh_certificate.ci.certificate
  }

  provisioner "remote-exec" {
    inline = ["sudo systemctl restart nginx"]
  }
}
