// The revocation batcher against a fake gateway client (a unit test: the e2e suites count the
// simulator's revoke requests for real destroys).
import type { GatewayClient, SshRevokeItem } from '../../provider/src/gateway/index';
import { MAX_ITEMS, QUIET_MS, RevocationBatcher } from '../../provider/src/resources/revocation-batcher';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const item = (serial: number, groupName = 'Default_Key_Group'): SshRevokeItem => ({ caName: 'ca', groupName, serialNumber: String(serial) });

/** A client whose revoke takes latencyMs, records each request's serials, and fails serial 13. */
function fakeClient(latencyMs: number, failWith?: Error) {
  const requests: string[][] = [];
  const client = {
    async revokeSshCertificates(items: SshRevokeItem[]) {
      requests.push(items.map((i) => String(i.serialNumber)));
      await sleep(latencyMs);
      if (failWith) throw failWith;
      const outcome = (i: SshRevokeItem, revoked: boolean) => ({ caIdentifier: i.caName, error: revoked ? null : 'not found', certificate: null, serialNumber: i.serialNumber ?? null, revoked });
      return {
        revokedRequests: items.filter((i) => i.serialNumber !== '13').map((i) => outcome(i, true)),
        failedRequests: items.filter((i) => i.serialNumber === '13').map((i) => outcome(i, false)),
      };
    },
  } as unknown as GatewayClient;
  return { client, requests };
}

const deadline = () => Date.now() + 10_000;

test('revocations that arrive together go out as one request, each caller with its own outcome', async () => {
  const { client, requests } = fakeClient(5);
  const b = new RevocationBatcher(client);
  const outcomes = await Promise.all([11, 12, 13].map((n) => b.revoke(item(n), deadline())));
  expect(requests).toEqual([['11', '12', '13']]);
  expect(outcomes.map((o) => [o.serialNumber, o.revoked, o.error])).toEqual([['11', true, null], ['12', true, null], ['13', false, 'not found']]);
});

test('once as many revocations wait as terraform had in progress before, they go out at once', async () => {
  const { client, requests } = fakeClient(5);
  const b = new RevocationBatcher(client);
  await Promise.all([1, 2, 3].map((n) => b.revoke(item(n), deadline()))); // terraform's parallelism: 3
  const next = [b.revoke(item(4), deadline())];
  await sleep(5); // terraform starts the next destroys one by one
  next.push(b.revoke(item(5), deadline()));
  expect(requests).toHaveLength(1); // still gathering
  next.push(b.revoke(item(6), deadline()));
  expect(requests).toEqual([['1', '2', '3'], ['4', '5', '6']]); // sent without waiting for the quiet window
  await Promise.all(next);
});

test(`the tail goes out after ${QUIET_MS} ms without arrivals`, async () => {
  const { client, requests } = fakeClient(5);
  const b = new RevocationBatcher(client);
  await Promise.all([1, 2, 3].map((n) => b.revoke(item(n), deadline())));
  await b.revoke(item(4), deadline());
  expect(requests).toEqual([['1', '2', '3'], ['4']]);
});

test(`a batch never exceeds ${MAX_ITEMS} items (ERR-SSH_NB-270), and groups never share a request`, async () => {
  const { client, requests } = fakeClient(5);
  const b = new RevocationBatcher(client);
  await Promise.all([
    ...Array.from({ length: 30 }, (_, n) => b.revoke(item(100 + n), deadline())),
    b.revoke(item(7, 'Restricted_Key_Group'), deadline()),
  ]);
  expect(requests.map((r) => r.length).sort((x, y) => x - y)).toEqual([1, 5, 25]);
  expect(requests.find((r) => r.length === 1)).toEqual(['7']);
});

test('a failed request fails every revocation in it with the same error', async () => {
  const { client } = fakeClient(5, new Error('gateway down'));
  const b = new RevocationBatcher(client);
  const results = await Promise.allSettled([1, 2].map((n) => b.revoke(item(n), deadline())));
  expect(results.map((r) => r.status === 'rejected' && (r.reason as Error).message)).toEqual(['gateway down', 'gateway down']);
});
