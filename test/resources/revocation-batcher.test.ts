// The revocation batcher against a fake gateway client (a unit test: the e2e suites count the
// simulator's revoke requests for real destroys).
import type { GatewayClient, SshRevokeItem } from '../../provider/src/gateway/index';
import { MAX_ITEMS, RevocationBatcher } from '../../provider/src/resources/revocation-batcher';

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

test('while a request is in flight, later revocations gather and go out when it returns', async () => {
  const { client, requests } = fakeClient(400);
  const b = new RevocationBatcher(client);
  const first = b.revoke(item(1), deadline());
  while (requests.length === 0) await sleep(5); // the first request is in flight now
  const later: Promise<unknown>[] = [];
  for (const n of [2, 3, 4]) {
    later.push(b.revoke(item(n), deadline()));
    await sleep(25); // terraform's stagger, wider than the window
  }
  await Promise.all([first, ...later]);
  expect(requests).toEqual([['1'], ['2', '3', '4']]);
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
