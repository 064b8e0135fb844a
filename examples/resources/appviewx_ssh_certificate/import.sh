# Import by CA_NAME/GROUP_NAME/SERIAL (the serial number in decimal, as AppViewX shows it).
# The next plan replaces the adopted certificate: it is revoked and a new one is signed.
terraform import appviewx_ssh_certificate.alice Default-Infra-Access-Group.user.ca/Default_Key_Group/3527182657550928

# Or, with Terraform >= 1.5, an import block in the configuration:
#
# import {
#   to = appviewx_ssh_certificate.alice
#   id = "Default-Infra-Access-Group.user.ca/Default_Key_Group/3527182657550928"
# }
