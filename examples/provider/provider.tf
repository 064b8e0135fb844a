# Credentials usually come from the environment (APPVIEWX_URL, APPVIEWX_CLIENT_ID, APPVIEWX_CLIENT_SECRET).
provider "appviewx" {
  url            = "https://avx.example.com:31443"
  client_id      = "terraform-ci"
  client_secret  = var.appviewx_client_secret
  ca_certificate = file("${path.module}/appviewx-ca.pem")
}

variable "appviewx_client_secret" {
  type      = string
  sensitive = true
}
