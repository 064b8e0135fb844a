// npm run simulator -- --port PORT [--host HOST] [--user NAME:PASSWORD]... [--state FILE] [--tls] [--latency MS]
//   [--gateway-key KEY] [--faults JSON]   (simulator/README.md)
import { startSimulator, type SimulatorOptions } from './index.js';

function parse(argv: string[]): SimulatorOptions {
  const opts: SimulatorOptions = {};
  const users: { name: string; password: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i] ?? '';
    if (arg === '--port') opts.port = Number(next());
    else if (arg === '--user') {
      const [name, ...rest] = next().split(':');
      users.push({ name: name ?? '', password: rest.join(':') });
    } else if (arg === '--state') opts.stateFile = next();
    else if (arg === '--tls') opts.tls = true;
    else if (arg === '--latency') opts.latencyMs = Number(next());
    else if (arg === '--gateway-key') opts.gatewayKey = next();
    else if (arg === '--host') opts.host = next();
    else if (arg === '--faults') opts.faults = JSON.parse(next()) as NonNullable<SimulatorOptions['faults']>;
    else throw new Error(`unknown option ${arg}`);
  }
  if (users.length > 0) opts.users = users;
  return opts;
}

startSimulator(parse(process.argv.slice(2)))
  .then((sim) => {
    process.stdout.write(`listening ${sim.url}\n`);
    if (sim.caCertificateFile) process.stdout.write(`ca-certificate ${sim.caCertificateFile}\n`);
    const stop = () => void sim.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((err: unknown) => {
    process.stderr.write(`simulator: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
