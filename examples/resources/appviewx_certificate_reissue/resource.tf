resource "appviewx_certificate_reissue" "web" {
  common_name       = "testcert8g.appviewx.plus"
  serial_number     = "08:BD:54:35:FD:81:AC:A4:45:2B:FC:9F:77:56:FE:2C"
  reason            = "Superseded"
  wait_for_issuance = true

  certificate_format = {
    format              = "PFX"
    password_wo         = var.pfx_password # write-only: never stored in state
    password_wo_version = 1
  }

  # Change a value to reissue again, e.g. on a schedule.
  triggers = {
    rotation = "2026-Q4"
  }
}

variable "pfx_password" {
  type      = string
  sensitive = true
  ephemeral = true
}
