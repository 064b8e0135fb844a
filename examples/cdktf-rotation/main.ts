// `cdktf synth|deploy|destroy` entry point.
//   APPVIEWX_URL, APPVIEWX_USERNAME/APPVIEWX_PASSWORD (or ..._CLIENT_ID/..._CLIENT_SECRET, ...): the gateway
//   ROTATION_RESOURCE_ID: AppViewX resource id of the certificate to rotate (required)
//   ROTATION_PERIOD: label of this rotation; changing it reissues again (default: the current quarter)
//   ROTATION_FORMAT: download format, e.g. PEM or PFX (PFX/PK12/JKS read TF_VAR_certificate_password at deploy)
//   ROTATION_COMPROMISED_COMMENTS: set it to respond to a key compromise instead of a routine rotation
import { App } from 'cdktf';
import { CERTIFICATE_FORMATS, type CertificateFormat } from '../../constructs/src/index.js';
import { RotationStack } from './rotation-stack.js';

const env = process.env;
const resourceId = env.ROTATION_RESOURCE_ID;
if (!resourceId) throw new Error('Set ROTATION_RESOURCE_ID to the AppViewX resource id of the certificate to rotate.');

const format = env.ROTATION_FORMAT;
if (format !== undefined && !(CERTIFICATE_FORMATS.values as readonly string[]).includes(format)) {
  throw new Error(`ROTATION_FORMAT must be one of ${CERTIFICATE_FORMATS.list} (got "${format}").`);
}

const now = new Date();
const app = new App();
new RotationStack(app, 'rotation', {
  resourceId,
  rotationPeriod: env.ROTATION_PERIOD ?? `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`,
  ...(format ? { format: format as CertificateFormat } : {}),
  ...(env.ROTATION_COMPROMISED_COMMENTS ? { compromised: { comments: env.ROTATION_COMPROMISED_COMMENTS } } : {}),
  env,
});
app.synth();
