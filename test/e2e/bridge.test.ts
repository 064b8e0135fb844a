// Real terraform drives the provider through the whole lifecycle with the internal test resource
// (no gateway involved): init via filesystem mirror, schema, validate, plan, apply, empty re-plan,
// import, destroy; and a bad provider configuration fails with the attribute named.
import { describeWithTerraform, SOURCE, Workspace } from '../support/terraform';

const PROVIDER = { APPVIEWX_PROVIDER_TEST_RESOURCES: '1' };
const BLOCK = `provider "appviewx" {\n  url      = "http://127.0.0.1:9"\n  username = "admin"\n  password = "not-used-by-this-test"\n}\n`;

describeWithTerraform('plugin bridge with real terraform', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = new Workspace(PROVIDER);
    ws.write(`${BLOCK}
resource "appviewx_test_echo" "one" {
  name      = "world"
  secret_wo = "hunter2-write-only"
}
output "greeting" { value = appviewx_test_echo.one.greeting }
`);
    await ws.init();
  });
  afterAll(() => ws.cleanup());

  test('terraform providers schema -json shows the provider and write-only attributes', async () => {
    const schema = JSON.parse((await ws.ok(['providers', 'schema', '-json'])).stdout);
    const p = schema.provider_schemas[SOURCE];
    expect(Object.keys(p.provider.block.attributes)).toEqual(expect.arrayContaining(['url', 'username', 'password', 'client_id', 'login_endpoint']));
    expect(p.provider.block.attributes.password.sensitive).toBe(true);
    expect(p.resource_schemas['appviewx_test_echo'].block.attributes.secret_wo.write_only).toBe(true);
    expect(Object.keys(p.resource_schemas)).toEqual(expect.arrayContaining(['appviewx_ssh_certificate', 'appviewx_certificate_reissue']));
  });

  test('validate, apply, empty re-plan, destroy', async () => {
    await ws.ok(['validate', '-no-color']);
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    const outputs = await ws.outputs();
    expect(outputs['greeting']?.value).toBe('hello world');
    const [echo] = ws.instances('appviewx_test_echo');
    expect(echo?.['mode']).toBe('plain');
    expect(echo?.['secret_length']).toBe(18);
    expect(echo?.['secret_wo']).toBeNull();
    expect(JSON.stringify(ws.state())).not.toContain('hunter2-write-only');
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.ok(['destroy', '-auto-approve', '-no-color']);
    expect(ws.instances('appviewx_test_echo')).toHaveLength(0);
  });

  test('a changed force-new attribute plans a replacement; an in-place one an update', async () => {
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    ws.write(`${BLOCK}
resource "appviewx_test_echo" "one" {
  name = "mars"
  note = "x"
}
output "greeting" { value = appviewx_test_echo.one.greeting }
`);
    const plan = await ws.ok(['plan', '-no-color']);
    expect(plan.stdout).toMatch(/must be replaced/);
    expect(plan.stdout).toMatch(/forces replacement/);
    await ws.ok(['apply', '-auto-approve', '-no-color']);
    expect((await ws.outputs())['greeting']?.value).toBe('hello mars');
    await ws.ok(['destroy', '-auto-approve', '-no-color']);
  });

  test('import reads the resource into state', async () => {
    const r = await ws.ok(['import', '-no-color', 'appviewx_test_echo.one', 'venus']);
    expect(r.stdout).toMatch(/Import successful/);
    expect(ws.instances('appviewx_test_echo')[0]?.['id']).toBe('venus');
    await ws.ok(['state', 'rm', 'appviewx_test_echo.one']);
  });
});

describeWithTerraform('bad provider configuration', () => {
  const cases: [string, string, Record<string, string>, RegExp][] = [
    ['an invalid url', `provider "appviewx" {\n  url = "avx.example.com"\n  session_id = "s"\n}`, {}, /url[\s\S]*must be an http\(s\) URL/],
    ['a username without a password', `provider "appviewx" {\n  url = "http://127.0.0.1:9"\n  username = "admin"\n}`, {}, /Missing password[\s\S]*APPVIEWX_PASSWORD/],
    ['a client_id without a secret', `provider "appviewx" {\n  url = "http://127.0.0.1:9"\n  client_id = "ci"\n}`, {}, /Missing client_secret/],
    ['a bad request_timeout', `provider "appviewx" {\n  url = "http://127.0.0.1:9"\n  session_id = "s"\n  request_timeout = "soon"\n}`, {}, /request_timeout must be a duration/],
    ['a negative max_retries', `provider "appviewx" {\n  url = "http://127.0.0.1:9"\n  session_id = "s"\n  max_retries = -1\n}`, {}, /max_retries must be 0 or more/],
    ['no url anywhere', `provider "appviewx" {\n  session_id = "s"\n}`, {}, /Missing gateway URL[\s\S]*APPVIEWX_URL/],
    ['no credentials anywhere', `provider "appviewx" {\n  url = "http://127.0.0.1:9"\n}`, {}, /Missing AppViewX credentials[\s\S]*APPVIEWX_CLIENT_ID/],
  ];
  test.each(cases)('%s fails plan with the attribute named', async (_name, block, env, message) => {
    const ws = new Workspace({ ...PROVIDER, ...env });
    try {
      ws.write(`${block}\nresource "appviewx_test_echo" "one" {\n  name = "x"\n}\n`);
      await ws.init();
      const r = await ws.run(['plan', '-no-color']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
    } finally {
      ws.cleanup();
    }
  });
});
