// `cdktf synth|deploy|destroy` entry point.
//   APPVIEWX_URL, APPVIEWX_USERNAME/APPVIEWX_PASSWORD (or ..._CLIENT_ID/..._CLIENT_SECRET, ...): the gateway
//   ENROLL_CSR_FILE: the CSR to enroll (default web.csr, e.g. from
//     openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout web.key -out web.csr -subj /CN=web.example.com)
//   ENROLL_RENEW_BEFORE: how long before expiry the plan renews (default 30d)
import { readFileSync } from 'node:fs';
import { App } from 'cdktf';
import { EnrollmentStack } from './enrollment-stack.js';

const env = process.env;
const csrFile = env.ENROLL_CSR_FILE ?? 'web.csr';
let csrPem: string;
try {
  csrPem = readFileSync(csrFile, 'utf8');
} catch {
  throw new Error(`No CSR at ${csrFile}: make one with openssl req (see the top of main.ts) or set ENROLL_CSR_FILE.`);
}

const app = new App();
new EnrollmentStack(app, 'enrollment', { csrPem, ...(env.ENROLL_RENEW_BEFORE ? { renewBefore: env.ENROLL_RENEW_BEFORE } : {}), env });
app.synth();
