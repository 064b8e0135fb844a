// Batches concurrent SSH certificate revocations into one `POST ssh/cert/revoke` of at most 25
// items (the vendor page's limit, ERR-SSH_NB-270). Terraform destroys up to -parallelism resources
// at once, but after the first wave it starts the next destroys one by one as it writes state, some
// milliseconds apart. A batch goes out when every revocation terraform has in progress is waiting
// on us (as many as the most there ever were when a batch went out: terraform cannot send more
// until we answer), when none arrived for QUIET_MS, or after MAX_WAIT_MS.
// Each caller gets its own item's outcome from revokedRequests/failedRequests.
import type { GatewayClient, SshRevokeItem, SshRevokeOutcome } from '../gateway/index.js';

export const MAX_ITEMS = 25;
export const QUIET_MS = 30;
export const MAX_WAIT_MS = 150;

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
  /** Revocations received and not yet answered, in every group. */
  private outstanding = 0;
  /** The most revocations that were outstanding when a batch went out: terraform's parallelism, as seen. */
  private peak = 0;
  requestsSent = 0;

  constructor(private readonly client: GatewayClient) {}

  revoke(item: SshRevokeItem, deadline: number): Promise<SshRevokeOutcome> {
    return new Promise<SshRevokeOutcome>((resolve, reject) => {
      const key = item.groupName;
      let batch = this.open.get(key);
      if (!batch) this.open.set(key, (batch = { items: [], startedAt: Date.now() }));
      batch.items.push({ item, resolve, reject, deadline });
      this.outstanding++;
      clearTimeout(batch.timer);
      // Equal, not at least: past the peak, terraform has more slots than it showed so far.
      if (this.peak > 1 && this.outstanding === this.peak) for (const k of [...this.open.keys()]) this.flush(k);
      else if (batch.items.length >= MAX_ITEMS) this.flush(key);
      else batch.timer = setTimeout(() => this.flush(key), Math.max(0, Math.min(QUIET_MS, batch.startedAt + MAX_WAIT_MS - Date.now())));
    }).finally(() => this.outstanding--);
  }

  private flush(key: string): void {
    const batch = this.open.get(key);
    if (!batch) return;
    this.open.delete(key);
    clearTimeout(batch.timer);
    this.peak = Math.max(this.peak, this.outstanding);
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
