// gRPC over node:http2, just what go-plugin needs: unary calls, and streams held open for
// GRPCStdio/StreamStdio and GRPCBroker/StartStream. Each message is a 5-byte prefix (compressed
// flag, 4-byte big-endian length) then protobuf; the status travels in trailers.
import type { IncomingHttpHeaders, ServerHttp2Stream } from 'node:http2';

export const enum Status {
  OK = 0,
  INVALID_ARGUMENT = 3,
  UNIMPLEMENTED = 12,
  INTERNAL = 13,
}

export class GrpcError extends Error {
  override readonly name = 'GrpcError';
  constructor(
    readonly code: Status,
    message: string,
  ) {
    super(message);
  }
}

export type UnaryHandler = (request: Uint8Array) => Promise<Uint8Array>;
const MAX_MESSAGE = 256 * 1024 * 1024;

export interface Routes {
  readonly unary: ReadonlyMap<string, UnaryHandler>;
  /** Server streams kept open until shutdown (no messages sent). */
  readonly held: ReadonlySet<string>;
  /** Graceful stop on a signal: no new change at the gateway; resolves once the calls already sent are done. */
  readonly drain?: (reason: string) => Promise<void>;
}

const open = new Set<ServerHttp2Stream>();

function trailersOnly(stream: ServerHttp2Stream, code: Status, message: string): void {
  if (stream.destroyed || stream.headersSent) return;
  stream.respond({ ':status': 200, 'content-type': 'application/grpc', 'grpc-status': String(code), 'grpc-message': encodeURIComponent(message) }, { endStream: true });
}

function frame(message: Uint8Array): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt32BE(message.length, 1);
  return Buffer.concat([head, message]);
}

/** The request body; plain events rather than an async iterator, which costs more than the decode. */
function readBody(stream: ServerHttp2Stream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_MESSAGE + 5) {
        stream.pause();
        reject(new GrpcError(Status.INVALID_ARGUMENT, 'message larger than 256 MB'));
      } else chunks.push(chunk);
    });
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

/**
 * Per method, the process CPU time and the wall time from a request's last byte to its reply,
 * kept only at TF_LOG=trace (or TF_LOG_PROVIDER=trace) and written as one trace line when the
 * process exits. Validate, Plan and Read never wait on anything, so their CPU time is their own;
 * a call that waits (Apply on the gateway) also counts the CPU of calls answered meanwhile.
 */
const timings: Map<string, { cpu: number[]; wall: number[] }> | undefined = /^trace$/i.test(process.env['TF_LOG_PROVIDER'] ?? process.env['TF_LOG'] ?? '') ? new Map() : undefined;

interface Start {
  readonly wall: number;
  readonly cpu: NodeJS.CpuUsage;
}

function record(path: string, start: Start): void {
  if (!timings) return;
  const cpu = process.cpuUsage(start.cpu);
  const wall = performance.now() - start.wall;
  const method = path.slice(path.lastIndexOf('/') + 1);
  let t = timings.get(method);
  if (!t) {
    if (timings.size === 0) process.once('exit', writeTimings);
    timings.set(method, (t = { cpu: [], wall: [] }));
  }
  t.cpu.push((cpu.user + cpu.system) / 1000);
  t.wall.push(wall);
}

function writeTimings(): void {
  const stats: Record<string, { calls: number; cpuMedianMs: number; wallMedianMs: number; wallP90Ms: number; cpuTotalMs: number }> = {};
  const at = (xs: number[], q: number) => Number(xs[Math.min(xs.length - 1, Math.floor(xs.length * q))]!.toFixed(3));
  for (const [method, { cpu, wall }] of timings ?? []) {
    cpu.sort((a, b) => a - b);
    wall.sort((a, b) => a - b);
    stats[method] = { calls: cpu.length, cpuMedianMs: at(cpu, 0.5), wallMedianMs: at(wall, 0.5), wallP90Ms: at(wall, 0.9), cpuTotalMs: Number(cpu.reduce((a, b) => a + b, 0).toFixed(1)) };
  }
  const timestamp = new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
  // Pipes are written synchronously on Linux, so the line is out before the process ends.
  process.stderr.write(JSON.stringify({ '@level': 'trace', '@message': `rpc timings ${JSON.stringify(stats)}`, '@module': 'provider.appviewx', '@timestamp': timestamp }) + '\n');
}

async function handleUnary(stream: ServerHttp2Stream, handler: UnaryHandler, path: string): Promise<void> {
  const body = await readBody(stream);
  const started: Start | undefined = timings && { wall: performance.now(), cpu: process.cpuUsage() };
  if (body.length < 5) throw new GrpcError(Status.INVALID_ARGUMENT, 'missing gRPC message frame');
  if (body[0] !== 0) throw new GrpcError(Status.UNIMPLEMENTED, 'compressed messages are not supported');
  const len = body.readUInt32BE(1);
  if (body.length < 5 + len) throw new GrpcError(Status.INVALID_ARGUMENT, 'truncated gRPC message');
  const reply = await handler(body.subarray(5, 5 + len));
  if (stream.destroyed) return;
  stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
  stream.once('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
  stream.end(frame(reply));
  if (started) record(path, started);
}

/** Answers one gRPC call on an HTTP/2 stream. */
export function handleStream(routes: Routes, stream: ServerHttp2Stream, headers: IncomingHttpHeaders): void {
  {
    const path = String(headers[':path'] ?? '');
    stream.on('error', () => {});
    const unary = routes.unary.get(path);
    if (unary) {
      handleUnary(stream, unary, path).catch((err: unknown) => {
        // Duck-typed: the core bundle carries its own copy of GrpcError (see scripts/build.mjs).
        const code = err instanceof Error && err.name === 'GrpcError' ? (err as GrpcError).code : Status.INTERNAL;
        trailersOnly(stream, code, err instanceof Error ? err.message : String(err));
      });
      return;
    }
    if (routes.held.has(path)) {
      stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
      stream.once('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
      stream.resume();
      open.add(stream);
      stream.once('close', () => open.delete(stream));
      return;
    }
    stream.resume();
    trailersOnly(stream, Status.UNIMPLEMENTED, `unknown method ${path}`);
  }
}

/** Ends the held streams cleanly (before exit on GRPCController/Shutdown). */
export function endHeldStreams(): void {
  for (const s of open) if (!s.destroyed) s.end();
}
