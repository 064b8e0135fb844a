data "appviewx_certificate" "web" {
  common_name   = "testcert8g.appviewx.plus"
  serial_number = "08:BD:54:35:FD:81:AC:A4:45:2B:FC:9F:77:56:FE:2C"
  include_chain = true
}

output "web_certificate_expires" {
  value = data.appviewx_certificate.web.valid_to
}

# The PEM and its chain, e.g. for a load balancer or a Kubernetes secret.
output "web_certificate_pem" {
  value = data.appviewx_certificate.web.certificate_pem
}
output "web_ca_chain_pem" {
  value = data.appviewx_certificate.web.ca_chain_pem
}
