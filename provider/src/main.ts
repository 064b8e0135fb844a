// Entry point of dist/terraform-provider-appviewx. Launched by terraform: handshake first, then
// load the rest. Run by a person: subcommands (schema, install, version) or an explanation.
import { checkLaunch, listen, removeSocket } from './wire/handshake.js';
import { handleStream, type Routes } from './wire/grpc-server.js';
import { loadCore } from './core-loader.js';

const SUBCOMMANDS = new Set(['schema', 'install', 'version', 'help', '--help', '-h']);

async function serve(): Promise<void> {
  const problem = checkLaunch(process.env);
  if (problem) {
    process.stderr.write(problem);
    process.exitCode = 1;
    return;
  }
  const { server, socketPath, handshakeLine } = await listen(process.env);
  const exit = (code: number) => {
    removeSocket(socketPath);
    process.exit(code);
  };
  let routes: Routes | undefined;
  const loading = new Promise<Routes>((resolve, reject) =>
    setImmediate(() => loadCore().then((m) => resolve((routes = m.buildRoutes(() => exit(0)))), reject)),
  );
  server.on('stream', (stream, headers) => {
    if (routes) handleStream(routes, stream, headers);
    else void loading.then((r) => handleStream(r, stream, headers));
  });
  process.stdout.write(handshakeLine);
  // Terraform handles Ctrl-C and calls StopProvider; the process must outlive the signal.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => exit(0));
  // Exit when terraform is gone (we were re-parented).
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && exit(0), 1000).unref();
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
