resource "appviewx_certificate_revocation" "compromised" {
  resource_id = "5f51f7312fa95059a12b0aee"
  reason      = "Key compromised"
  comments    = "Private key found in a public repository"
}
