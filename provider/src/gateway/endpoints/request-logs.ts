// GET /avxapi/visualworkflow-request-logs?ids=.. (other-endpoints-from-public-clients.md §4): the
// state of work orders, e.g. an async certificate/create waiting for approval. A read.
import type { CallOptions } from '../config.js';
import type { ExchangeSpec } from '../exchange.js';
import { requestLogsSchema } from '../schemas/x509.js';
import type { RequestLog } from '../schemas/x509.js';
import { validResponse } from './endpoint-context.js';
import type { EndpointContext } from './endpoint-context.js';

export const REQUEST_LOGS = 'visualworkflow-request-logs';

export async function requestLogs(ctx: EndpointContext, ids: readonly string[], options: CallOptions = {}): Promise<RequestLog[]> {
  const spec: ExchangeSpec = { method: 'GET', endpoint: REQUEST_LOGS, query: { ids: ids.join(',') }, idempotent: true };
  const answer = await ctx.call(spec, options);
  return validResponse(requestLogsSchema, answer.envelope?.response, spec).requestList;
}
