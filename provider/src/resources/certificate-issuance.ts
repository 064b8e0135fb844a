// Waiting for an async certificate/create: the work order's request log says when it is done
// (other-endpoints-from-public-clients.md §4), certificate/search when the certificate is visible.
// Backoff from 250 ms to 5 s, so an approval minutes away costs a few dozen calls, not hundreds.
import { FAILED_REQUEST_STATUS_CODES, type GatewayClient } from '../gateway/index.js';

const FIRST_WAIT_MS = 250;
const MAX_WAIT_MS = 5_000;

export type Issuance = { issued: true } | { issued: false; reason: string };

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<boolean>((resolve) => {
    if (signal.aborted) return resolve(false);
    const done = (slept: boolean) => (clearTimeout(t), signal.removeEventListener('abort', onAbort), resolve(slept));
    const onAbort = () => done(false);
    const t = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

/** Resolves when the certificate is issued, the work order fails, or the deadline/stop comes. Gateway errors propagate. */
export async function waitForIssuance(client: GatewayClient, ids: { requestId: string | null; resourceId: string }, signal: AbortSignal, deadline: number): Promise<Issuance> {
  let wait = FIRST_WAIT_MS;
  let lastStatus = 'not yet visible';
  for (;;) {
    let logDone = ids.requestId === null;
    if (ids.requestId !== null) {
      const [log] = await client.requestLogs([ids.requestId], { signal, deadline });
      const code = log?.statusCode ?? 0;
      lastStatus = log?.status ?? lastStatus;
      if (FAILED_REQUEST_STATUS_CODES.has(code)) return { issued: false, reason: `the work order failed (status code ${code}${log?.status ? `, "${log.status}"` : ''}${log?.message ? `: ${log.message}` : ''})` };
      // A gateway that keeps no log for this request leaves search as the only judge.
      logDone = code === 1 || log === undefined;
    }
    if (logDone) {
      const [record] = await client.searchCertificates({ resourceId: ids.resourceId }, { signal, deadline });
      if (record && !/pending/i.test(record.status ?? '')) return { issued: true };
    }
    if (Date.now() + wait > deadline) return { issued: false, reason: `the create timeout passed while the work order was "${lastStatus}"` };
    if (!(await sleep(wait, signal))) return { issued: false, reason: 'terraform was stopped (or the create timeout passed) while waiting' };
    wait = Math.min(MAX_WAIT_MS, Math.round(wait * 1.6));
  }
}
