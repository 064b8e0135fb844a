// Batches concurrent SSH certificate revocations into one `POST ssh/cert/revoke` of at most 25
// items (the vendor page's limit, ERR-SSH_NB-270). Terraform destroys up to 10 resources at once;
// their ApplyResourceChange calls arrive within milliseconds, so a short quiet window gathers them.
// Each caller gets its own item's outcome from revokedRequests/failedRequests.
import type { GatewayClient, SshRevokeItem, SshRevokeOutcome } from '../gateway/index.js';

const MAX_ITEMS = 25;
const QUIET_MS = 150;
const MAX_WAIT_MS = 1500;

interface Pending {
  readonly item: SshRevokeItem;
  readonly resolve: (o: SshRevokeOutcome) => void;
  readonly reject: (e: unknown) => void;
  readonly deadline: number;
}

interface Batch {
  readonly items: Pending[];
  readonly startedAt: number;
  timer?: NodeJS.Timeout;
}

export class RevocationBatcher {
  /** One open batch per key compliance group, so a group without permission (ERR-SSH-NB-298) fails only its own items. */
  private readonly open = new Map<string, Batch>();
  requestsSent = 0;

  constructor(private readonly client: GatewayClient) {}

  revoke(item: SshRevokeItem, deadline: number): Promise<SshRevokeOutcome> {
    return new Promise((resolve, reject) => {
      const key = item.groupName;
      let batch = this.open.get(key);
      if (!batch) {
        batch = { items: [], startedAt: Date.now() };
        this.open.set(key, batch);
      }
      batch.items.push({ item, resolve, reject, deadline });
      if (batch.timer) clearTimeout(batch.timer);
      const waited = Date.now() - batch.startedAt;
      if (batch.items.length >= MAX_ITEMS || waited >= MAX_WAIT_MS) this.flush(key);
      else batch.timer = setTimeout(() => this.flush(key), Math.min(QUIET_MS, MAX_WAIT_MS - waited));
    });
  }

  private flush(key: string): void {
    const batch = this.open.get(key);
    if (!batch) return;
    this.open.delete(key);
    if (batch.timer) clearTimeout(batch.timer);
    void this.send(batch.items);
  }

  private async send(pending: Pending[]): Promise<void> {
    this.requestsSent++;
    const deadline = Math.max(...pending.map((p) => p.deadline));
    try {
      const result = await this.client.revokeSshCertificates(
        pending.map((p) => p.item),
        { deadline },
      );
      const outcomes = [...result.revokedRequests, ...result.failedRequests];
      for (const p of pending) p.resolve(findOutcome(p.item, outcomes));
    } catch (err) {
      for (const p of pending) p.reject(err);
    }
  }
}

function findOutcome(item: SshRevokeItem, outcomes: readonly SshRevokeOutcome[]): SshRevokeOutcome {
  const match = outcomes.find(
    (o) =>
      (item.serialNumber !== undefined && o.serialNumber === item.serialNumber) ||
      (item.certificate !== undefined && o.certificate?.trim() === item.certificate.trim()),
  );
  return (
    match ?? {
      caIdentifier: item.caName,
      error: 'The gateway did not report this certificate in revokedRequests or failedRequests.',
      certificate: item.certificate ?? null,
      serialNumber: item.serialNumber ?? null,
      revoked: false,
    }
  );
}

const batchers = new WeakMap<GatewayClient, RevocationBatcher>();

/** The batcher shared by every resource using this configured client. */
export function revocationBatcher(client: GatewayClient): RevocationBatcher {
  let b = batchers.get(client);
  if (!b) batchers.set(client, (b = new RevocationBatcher(client)));
  return b;
}
