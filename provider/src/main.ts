// Entry point of dist/terraform-provider-appviewx. Launched by terraform: handshake first, then
// load the rest. Run by a person: subcommands (schema, install, version) or an explanation.
import type { Http2Session } from 'node:http2';
import { checkLaunch, listen, removeSocket } from './wire/handshake.js';
import { endHeldStreams, handleStream, type Routes } from './wire/grpc-server.js';
import { loadCore } from './core-loader.js';

const SUBCOMMANDS = new Set(['schema', 'install', 'version', 'help', '--help', '-h']);
/** After SIGTERM/SIGHUP, once nothing is in flight: leave if terraform sends nothing for this long. */
const IDLE_EXIT_MS = 3_000;
/** Terraform kills a plugin 2 s after Shutdown; leave well before even if a connection lingers. */
const SHUTDOWN_EXIT_MS = 1_000;
const SHUTDOWN_PATH = '/plugin.GRPCController/Shutdown';

/** One hclog JSON line on stderr (terraform's log); the core's logger is not loaded here. */
function note(level: 'info' | 'warn', message: string, fields: Record<string, unknown> = {}): void {
  const timestamp = new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
  process.stderr.write(JSON.stringify({ '@level': level, '@message': message, '@module': 'provider.appviewx', '@timestamp': timestamp, ...fields }) + '\n');
}

async function serve(): Promise<void> {
  const problem = checkLaunch(process.env);
  if (problem) {
    process.stderr.write(problem);
    process.exitCode = 1;
    return;
  }
  const { socketPath, handshakeLine, startGrpc } = await listen(process.env);
  let exiting = false;
  const exit = (code: number) => {
    if (exiting) return;
    exiting = true;
    removeSocket(socketPath);
    process.exit(code);
  };
  let routes: Routes | undefined;
  const loading = new Promise<Routes>((resolve, reject) =>
    setImmediate(() => loadCore().then((m) => resolve((routes = m.buildRoutes(() => (shutdownAsked = true)))), reject)),
  );

  // What a graceful stop waits for: RPCs being answered and terraform's connection.
  let rpcs = 0;
  let sessions = 0;
  const openSessions = new Set<Http2Session>();
  let shutdownAsked = false;
  // After GRPCController/Shutdown: leave once its answer is out (its stream closed), not on a timer
  // that a loaded machine can beat, which would cut the answer off. Held streams end and each
  // connection closes after its last stream, so terraform reads a clean end.
  const leaveAfterShutdown = () => {
    endHeldStreams();
    for (const s of openSessions) s.close();
    if (openSessions.size === 0) exit(0);
    setTimeout(() => exit(0), SHUTDOWN_EXIT_MS).unref();
  };
  let lastActivity = Date.now();
  const answer = (r: Routes, stream: Parameters<typeof handleStream>[1], headers: Parameters<typeof handleStream>[2]) => {
    const path = String(headers[':path'] ?? '');
    if (!r.held.has(path)) {
      rpcs++;
      stream.once('close', () => {
        rpcs--;
        if (path === SHUTDOWN_PATH && shutdownAsked) return leaveAfterShutdown();
        lastActivity = Date.now();
        maybeExit();
      });
    }
    handleStream(r, stream, headers);
  };
  process.stdout.write(handshakeLine);
  const server = startGrpc();
  server.on('session', (session: Http2Session) => {
    sessions++;
    openSessions.add(session);
    session.once('close', () => {
      sessions--;
      openSessions.delete(session);
      if (shutdownAsked && openSessions.size === 0) return exit(0);
      maybeExit();
    });
  });
  server.on('stream', (stream, headers) => {
    lastActivity = Date.now();
    if (routes) answer(routes, stream, headers);
    else void loading.then((r) => answer(r, stream, headers));
  });

  // Graceful stop. Terraform treats SIGINT and SIGTERM alike (stop starting work, let what runs
  // finish); a CI job's cancel sends SIGTERM to the whole process group, so the provider gets it
  // too. Exiting then would lose certificates signed by calls already sent. Instead: refuse new
  // creates, reissues and revokes ("cancelled, nothing was sent"), let the calls already sent
  // finish (each bounded by its deadline), keep answering terraform, and exit once those calls are
  // done and terraform has closed the connection (SIGTERM/SIGHUP: or sent nothing for a while).
  // Further signals change nothing; only SIGKILL ends the process at once.
  let stopping: { signal: string; drained: boolean } | undefined;
  function maybeExit(): void {
    if (!stopping?.drained || rpcs > 0) return;
    if (sessions === 0) exit(0);
  }
  const stop = (signal: string, reason: string) => {
    if (stopping) {
      note('warn', `received ${signal} again: still waiting for the gateway calls already sent`, { signal });
      return;
    }
    stopping = { signal, drained: false };
    note('info', `received ${signal}: sending no new changes to the gateway, finishing the calls already sent`, { signal });
    const current = stopping;
    void loading
      .then((r) => r.drain?.(reason))
      .catch(() => undefined)
      .then(() => {
        current.drained = true;
        maybeExit();
      });
    if (signal !== 'SIGINT') {
      // SIGINT comes with Ctrl-C to terraform, which shuts the provider down itself when done.
      setInterval(() => {
        if (current.drained && rpcs === 0 && Date.now() - lastActivity >= IDLE_EXIT_MS) exit(0);
      }, 250).unref();
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.on(signal, () => stop(signal, `the provider received ${signal} (terraform or the job running it is being stopped)`));
  }
  // When terraform is gone (we were re-parented) nobody can record an answer: finish what was
  // sent, then leave.
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    sessions = 0;
    rpcs = 0;
    stop('parent exit', 'terraform exited');
    maybeExit();
  }, 1000);
  watch.unref();
}

const sub = process.argv[2];
if (sub && SUBCOMMANDS.has(sub)) {
  void loadCore().then((m) => m.run(process.argv.slice(2)));
} else {
  serve().catch((err: unknown) => {
    process.stderr.write(`terraform-provider-appviewx: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
