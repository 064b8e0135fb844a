// Derives the protocol-neutral schema description (and the cty type the codec needs) from declarations.
import { type Attribute, type Attributes, objectType } from './attributes.js';
import type { CtyType } from './cty.js';
import type { AttributeDescription, BlockDescription, SchemaDescription } from './server.js';
import type { Timeouts } from './definitions.js';

/**
 * By code point, not localeCompare: the first localeCompare in a process sets up an ICU collator,
 * 6-8 ms at each provider start. Attribute names are ASCII snake_case, which both order alike.
 */
const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

export function describeAttributes(attributes: Attributes): AttributeDescription[] {
  return Object.entries(attributes)
    .sort(byName)
    .map(([name, a]) => describeAttribute(name, a));
}

function describeAttribute(name: string, a: Attribute<unknown>): AttributeDescription {
  const base = {
    name,
    description: a.description,
    required: a.mode === 'required',
    optional: a.mode === 'optional' || a.mode === 'optional-computed',
    computed: a.mode === 'computed' || a.mode === 'optional-computed',
    sensitive: a.sensitive === true,
    writeOnly: a.writeOnly === true,
    deprecated: a.deprecated === true,
  };
  return a.nested ? { ...base, nested: { nesting: 'single', attributes: describeAttributes(a.nested) } } : { ...base, type: a.type };
}

const TIMEOUT_HINT = 'A duration such as "30s", "10m" or "1h"';

function timeoutsBlock(timeouts: Timeouts): BlockDescription {
  const attributes = (Object.keys(timeouts) as (keyof Timeouts)[]).sort().map(
    (op): AttributeDescription => ({
      name: op,
      type: 'string',
      description: `${TIMEOUT_HINT} for ${op} (default ${timeouts[op]}).`,
      required: false,
      optional: true,
      computed: false,
      sensitive: false,
      writeOnly: false,
      deprecated: false,
    }),
  );
  return { attributes, blockTypes: [], description: 'Operation timeouts.', deprecated: false };
}

export function describeSchema(description: string, attributes: Attributes, timeouts?: Timeouts, version = 0): SchemaDescription {
  const withTimeouts = timeouts && Object.keys(timeouts).length > 0;
  return {
    version,
    block: {
      attributes: describeAttributes(attributes),
      blockTypes: withTimeouts ? [{ typeName: 'timeouts', nesting: 'single', block: timeoutsBlock(timeouts), minItems: 0, maxItems: 0 }] : [],
      description,
      deprecated: false,
    },
  };
}

/** The implied cty type of a schema: an object of its attributes and nested blocks. */
export function impliedType(attributes: Attributes, timeouts?: Timeouts): CtyType {
  const [, types] = objectType(attributes) as readonly ['object', Record<string, CtyType>];
  if (timeouts && Object.keys(timeouts).length > 0) {
    const ops: Record<string, CtyType> = {};
    for (const op of Object.keys(timeouts)) ops[op] = 'string';
    return ['object', { ...types, timeouts: ['object', ops] }];
  }
  return ['object', types];
}
