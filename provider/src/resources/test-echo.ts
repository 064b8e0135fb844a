// appviewx_test_echo: an internal resource for the protocol and framework tests; it never calls the
// gateway. Only served when APPVIEWX_PROVIDER_TEST_RESOURCES=1; never part of the shipped schema.
import { z } from 'zod';
import * as a from '../framework/attributes.js';
import { defineResource } from '../framework/definitions.js';

const attributes = {
  name: a.string({ mode: 'required', requiresReplace: true, validate: z.string().min(1, 'must not be empty'), description: 'Echoed into `greeting`.' }),
  note: a.string({ mode: 'optional', description: 'Changes in place.' }),
  mode: a.string({ mode: 'optional-computed', default: 'plain', description: 'Defaults to `plain`.' }),
  secret_wo: a.string({ mode: 'optional', writeOnly: true, sensitive: true, description: 'Write-only; its length lands in `secret_length`.' }),
  id: a.string({ mode: 'computed', description: 'Random id.' }),
  greeting: a.string({ mode: 'computed', description: '"hello NAME".' }),
  secret_length: a.number({ mode: 'computed', description: 'Length of secret_wo at create.' }),
};

export const testEcho = defineResource<typeof attributes, unknown>({
  typeName: 'appviewx_test_echo',
  description: 'Internal test resource.',
  attributes,
  timeouts: { create: '1m' },
  async create({ plan }) {
    return { id: Math.random().toString(36).slice(2), greeting: `hello ${plan.name}`, secret_length: plan.secret_wo?.length ?? 0 };
  },
  async read() {
    return {};
  },
  async delete() {
    // Nothing exists outside terraform's state.
  },
  importState: (id) => ({ id, name: id }),
});
