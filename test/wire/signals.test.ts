// SIGTERM, SIGINT and SIGHUP do not end the provider while terraform still talks to it: it keeps
// answering, a second signal changes nothing, and it exits 0 once terraform closes the connection.
// (test/e2e/graceful-stop.test.ts shows that calls in flight finish and nothing is lost.)
import { tfplugin6 } from '../../provider/src/wire/generated/protocol';
import { startPluginProcess } from '../support/plugin-process';

const SCHEMA = '/tfplugin6.Provider/GetProviderSchema';
const request = tfplugin6.GetProviderSchema.Request.encode({}).finish();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('%s twice: still answering; exits 0 once the connection is closed', async (signal) => {
  const p = await startPluginProcess();
  try {
    const exited = new Promise<number | null>((resolve) => p.proc.once('exit', (code) => resolve(code)));
    const session = p.session();
    expect((await p.call(SCHEMA, request, session)).status).toBe(0);
    p.proc.kill(signal);
    await pause(100);
    p.proc.kill(signal);
    await pause(100);
    expect(p.proc.exitCode).toBeNull();
    expect(p.proc.signalCode).toBeNull();
    expect((await p.call(SCHEMA, request, session)).status).toBe(0);
    session.close();
    expect(await exited).toBe(0);
  } finally {
    p.kill();
  }
});
