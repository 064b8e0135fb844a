# Read a PEM certificate's names and validity (terraform >= 1.8).
variable "web_certificate_pem" {
  type = string
}

check "web_certificate" {
  assert {
    condition     = contains(provider::appviewx::x509_certificate_info(var.web_certificate_pem).dns_names, "www.example.com")
    error_message = "The web certificate does not cover www.example.com."
  }
}

output "web_certificate_expires" {
  value = provider::appviewx::x509_certificate_info(var.web_certificate_pem).not_after
}
