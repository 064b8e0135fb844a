// The built executable, started as terraform starts it, over mTLS: handshake line, RPCs, the
// client-certificate check, malformed input, Shutdown. (test/e2e/bridge.test.ts drives it with terraform.)
import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { plugin, tfplugin6 } from '../../provider/src/wire/generated/protocol';
import { encodeMsgpack } from '../../provider/src/wire/cty/msgpack';
import { startPluginProcess, type PluginProcess } from '../support/plugin-process';
import { PROVIDER_BIN } from '../support/terraform';


describe('plugin process', () => {
  let p: PluginProcess;
  beforeAll(async () => {
    p = await startPluginProcess({ APPVIEWX_PROVIDER_TEST_RESOURCES: '1' });
  });
  afterAll(() => p.kill());

  test('prints 1|6|unix|PATH|grpc|CERT with an unpadded DER certificate for localhost', () => {
    const parts = p.handshake.split('|');
    expect(parts.slice(0, 3)).toEqual(['1', '6', 'unix']);
    expect(parts[4]).toBe('grpc');
    expect(parts[5]).not.toMatch(/=$/);
    const cert = new X509Certificate(Buffer.from(parts[5]!, 'base64'));
    expect(cert.subjectAltName).toContain('DNS:localhost');
    expect(cert.verify(cert.publicKey)).toBe(true);
  });

  test('GetProviderSchema answers over mTLS with capabilities and every resource', async () => {
    const r = await p.call('/tfplugin6.Provider/GetProviderSchema', tfplugin6.GetProviderSchema.Request.encode({}).finish());
    expect(r.status).toBe(0);
    const res = tfplugin6.GetProviderSchema.Response.decode(r.body);
    expect(res.serverCapabilities?.planDestroy).toBe(true);
    expect(res.serverCapabilities?.getProviderSchemaOptional).toBe(true);
    expect(Object.keys(res.resourceSchemas).sort()).toEqual(
      ['appviewx_certificate', 'appviewx_certificate_reissue', 'appviewx_certificate_revocation', 'appviewx_ssh_certificate', 'appviewx_ssh_certificate_revocation', 'appviewx_test_echo'],
    );
    const format = res.resourceSchemas['appviewx_certificate_reissue']!.block!.attributes!.find((a) => a.name === 'certificate_format');
    expect(format?.nestedType?.attributes?.find((a) => a.name === 'password_wo')?.writeOnly).toBe(true);
    // tfplugin6 fields 8 (ephemeral_resource_schemas) and 7 (functions).
    expect(Object.keys(res.ephemeralResourceSchemas)).toEqual(['appviewx_ssh_certificate']);
    expect(Object.keys(res.functions).sort()).toEqual(['ssh_certificate_info', 'x509_certificate_info']);
    expect(JSON.parse(Buffer.from(res.functions['ssh_certificate_info']!.parameters![0]!.type!).toString())).toBe('string');
  });

  test('RenewEphemeralResource without private data answers no renew_at; CloseEphemeralResource of an unknown type is a diagnostic', async () => {
    const renew = await p.call('/tfplugin6.Provider/RenewEphemeralResource', tfplugin6.RenewEphemeralResource.Request.encode({ typeName: 'appviewx_ssh_certificate' }).finish());
    const renewed = tfplugin6.RenewEphemeralResource.Response.decode(renew.body);
    expect({ status: renew.status, renewAt: renewed.renewAt ?? null, diagnostics: renewed.diagnostics }).toEqual({ status: 0, renewAt: null, diagnostics: [] });
    const close = await p.call('/tfplugin6.Provider/CloseEphemeralResource', tfplugin6.CloseEphemeralResource.Request.encode({ typeName: 'no_such', private: Buffer.from('{}') }).finish());
    expect(tfplugin6.CloseEphemeralResource.Response.decode(close.body).diagnostics[0]?.summary).toBe('Unknown ephemeral resource type');
  });

  test('ValidateProviderConfig returns a diagnostic with the attribute path', async () => {
    const type = ['object', { url: 'string', username: 'string', password: 'string', session_id: 'string', client_id: 'string', client_secret: 'string', gateway_key: 'string', gateway_source: 'string', ca_certificate: 'string', insecure: 'bool', request_timeout: 'string', max_retries: 'number', login_endpoint: 'string' }] as const;
    const config = encodeMsgpack({ url: 'not a url', username: null, password: null, session_id: null, client_id: null, client_secret: null, gateway_key: null, gateway_source: null, ca_certificate: null, insecure: null, request_timeout: null, max_retries: null, login_endpoint: null }, type);
    const r = await p.call('/tfplugin6.Provider/ValidateProviderConfig', tfplugin6.ValidateProviderConfig.Request.encode({ config: { msgpack: config } }).finish());
    const res = tfplugin6.ValidateProviderConfig.Response.decode(r.body);
    expect(res.diagnostics[0]?.attribute?.steps?.[0]?.attributeName).toBe('url');
  });

  test('malformed input gets an error status or diagnostic and the process keeps answering', async () => {
    const garbage = await p.call('/tfplugin6.Provider/PlanResourceChange', Buffer.from([0xff, 0xff, 0xff, 0x01]));
    expect(garbage.status).toBe(3);
    const badValue = await p.call('/tfplugin6.Provider/ValidateResourceConfig', tfplugin6.ValidateResourceConfig.Request.encode({ typeName: 'appviewx_ssh_certificate', config: { msgpack: Buffer.from([0xc1]) } }).finish());
    expect(tfplugin6.ValidateResourceConfig.Response.decode(badValue.body).diagnostics[0]?.summary).toBe('Invalid value from terraform');
    expect((await p.call('/tfplugin6.Provider/GetFunctions', tfplugin6.GetFunctions.Request.encode({}).finish())).status).toBe(0);
  });

  test('an unknown method is UNIMPLEMENTED; health is SERVING', async () => {
    expect((await p.call('/tfplugin6.Provider/NoSuchThing', new Uint8Array())).status).toBe(12);
    const health = await p.call('/grpc.health.v1.Health/Check', plugin.HealthCheckRequest.encode({ service: 'plugin' }).finish());
    expect(plugin.HealthCheckResponse.decode(health.body).status).toBe(plugin.HealthCheckResponse.ServingStatus.SERVING);
  });

  test.each(['none', 'other'] as const)('a client presenting %s instead of the certificate terraform passed is refused', async (cert) => {
    const s = p.session(cert);
    s.on('error', () => {});
    await expect(p.call('/tfplugin6.Provider/GetProviderSchema', new Uint8Array(), s)).rejects.toThrow();
    s.destroy();
  });

  // Terraform kills a plugin that has not exited 2 s after Shutdown. The provider leaves 5 ms after
  // answering; the check is that it leaves by itself, cleanly (a wall-clock bound near 2 s failed
  // on a loaded machine, where even a process's teardown can take that long).
  test('Shutdown makes the process exit by itself, cleanly', async () => {
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => p.proc.once('exit', (code, signal) => resolve({ code, signal })));
    await p.call('/plugin.GRPCController/Shutdown', plugin.Empty.encode({}).finish());
    expect(await exited).toEqual({ code: 0, signal: null });
  });
});

test('run by hand, the executable explains itself instead of hanging', () => {
  const r = spawnSync(PROVIDER_BIN, [], { encoding: 'utf8', timeout: 10_000 });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/Terraform provider plugin/);
  expect(r.stderr).toMatch(/install \[--dir DIR\]/);
  expect(execFileSync(PROVIDER_BIN, ['version'], { encoding: 'utf8' })).toMatch(/terraform-provider-appviewx \d+\.\d+\.\d+/);
});
