# Revoke a certificate that was signed outside this configuration.
resource "appviewx_ssh_certificate_revocation" "leaked" {
  ca_name       = "Default-Infra-Access-Group.user.ca"
  group_name    = "Default_Key_Group"
  serial_number = "3527182657550928"
  reason        = "Key leaked in a build log"
}
