// `cdktf deploy --auto-approve` and `cdktf destroy --auto-approve` of the three examples against the
// simulator, with the built provider installed in a filesystem mirror; the simulator's
// inventory is the judge (support/example-deploys.ts; cdktn-cli.test.ts runs the same with cdktn).
import { describeWithTerraform } from '../support/terraform';
import { exampleDeploys } from './support/example-deploys';

describeWithTerraform('cdktf deploy/destroy of the examples against the simulator', () => exampleDeploys('cdktf'));
