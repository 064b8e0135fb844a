// One stack: a user certificate per person and a host certificate per server, all from fleet.json.
import { TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
// Outside this repository: import { ... } from 'terraform-provider-appviewx/constructs';
import { AppViewXProvider, SshCertificate, type SshCertType, type AppViewXProviderProps, type Environment } from '../../constructs/src/index.js';
import type { Fleet, FleetMember, Validity } from './fleet-config.js';

export interface SshFleetStackProps {
  readonly fleet: Fleet;
  /** The OpenSSH public key line of a fleet member, by name. */
  readonly publicKeyFor: (name: string) => string;
  /** Where the provider settings come from (APPVIEWX_URL, ...); default process.env. */
  readonly env?: Environment;
  readonly providerOverrides?: AppViewXProviderProps;
}

export class SshFleetStack extends TerraformStack {
  readonly certificates: SshCertificate[] = [];

  constructor(scope: Construct, id: string, props: SshFleetStackProps) {
    super(scope, id);
    const { fleet } = props;
    AppViewXProvider.fromEnvironment(this, 'appviewx', props.providerOverrides, props.env);
    for (const user of fleet.users) this.certify('user', user, 'User', fleet.userCa, fleet.userValidity, props);
    for (const host of fleet.hosts) this.certify('host', host, 'Host', fleet.hostCa, fleet.hostValidity, props);
  }

  private certify(prefix: string, member: FleetMember, certType: SshCertType, caName: string, validity: Validity, props: SshFleetStackProps): void {
    const id = `${prefix}-${member.name}`;
    const certificate = new SshCertificate(this, id, {
      caName,
      certificateIdentity: `${member.name}@fleet`,
      publicKey: props.publicKeyFor(member.name),
      principals: member.principals,
      certType,
      validityValue: validity.value,
      validityUnit: validity.unit,
      ...(validity.renewBefore !== undefined ? { renewBefore: validity.renewBefore } : {}),
      ...(props.fleet.groupName !== undefined ? { groupName: props.fleet.groupName } : {}),
    });
    this.certificates.push(certificate);
    // Write the output to `<name>-cert.pub` next to the private key and ssh/sshd pick it up.
    new TerraformOutput(this, `${id}-certificate`, { value: certificate.certificate });
    new TerraformOutput(this, `${id}-serial`, { value: certificate.serialNumber });
  }
}
