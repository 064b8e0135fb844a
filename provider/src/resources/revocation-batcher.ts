// Batches concurrent SSH certificate revocations into one `POST ssh/cert/revoke` of at most 25
// items (the vendor page's limit, ERR-SSH_NB-270). Terraform destroys up to -parallelism resources
// at once, but after the first wave it starts the next destroys one by one as it writes state, tens
// of milliseconds apart. So a batch opens with a short window, and while a request for its group is
// in flight the next batch keeps gathering until that request returns (as Nagle's algorithm does):
// a slow gateway gets fewer, fuller requests and a fast one is not kept waiting.
// Each caller gets its own item's outcome from revokedRequests/failedRequests.
import type { GatewayClient, SshRevokeItem, SshRevokeOutcome } from '../gateway/index.js';

export const MAX_ITEMS = 25;
/** How long a batch gathers when no request of its group is in flight. */
export const WINDOW_MS = 30;
/** The longest any revocation waits for a request in flight before it is sent alongside. */
export const MAX_WAIT_MS = 1500;

interface Pending {
  readonly item: SshRevokeItem;
  readonly resolve: (o: SshRevokeOutcome) => void;
  readonly reject: (e: unknown) => void;
  readonly deadline: number;
}

interface Group {
  batch: Pending[];
  timer?: NodeJS.Timeout | undefined;
  inFlight: number;
}

export class RevocationBatcher {
  /** Per key compliance group, so a group without permission (ERR-SSH-NB-298) fails only its own items. */
  private readonly groups = new Map<string, Group>();
  requestsSent = 0;

  constructor(private readonly client: GatewayClient) {}

  revoke(item: SshRevokeItem, deadline: number): Promise<SshRevokeOutcome> {
    return new Promise((resolve, reject) => {
      const key = item.groupName;
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = { batch: [], inFlight: 0 }));
      group.batch.push({ item, resolve, reject, deadline });
      if (group.batch.length >= MAX_ITEMS) this.flush(key);
      else if (!group.timer) group.timer = setTimeout(() => this.flush(key), group.inFlight > 0 ? MAX_WAIT_MS : WINDOW_MS);
    });
  }

  private flush(key: string): void {
    const group = this.groups.get(key);
    if (!group || group.batch.length === 0) return;
    clearTimeout(group.timer);
    group.timer = undefined;
    const batch = group.batch;
    group.batch = [];
    group.inFlight++;
    void this.send(batch).finally(() => {
      group.inFlight--;
      if (group.inFlight === 0 && group.batch.length > 0) this.flush(key);
      else if (group.inFlight === 0) this.groups.delete(key);
    });
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
