// The provider schema in the format of `terraform providers schema -json` (format_version "1.0").
import type { AttributeDescription, BlockDescription, ProviderSchemas, SchemaDescription } from '../framework/server.js';

export const PROVIDER_ADDRESS = 'registry.terraform.io/appviewx-community/appviewx';

function attribute(a: AttributeDescription): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (a.type !== undefined) out['type'] = a.type;
  if (a.nested) out['nested_type'] = { attributes: Object.fromEntries(a.nested.attributes.map((n) => [n.name, attribute(n)])), nesting_mode: a.nested.nesting };
  out['description'] = a.description;
  out['description_kind'] = 'plain';
  if (a.required) out['required'] = true;
  if (a.optional) out['optional'] = true;
  if (a.computed) out['computed'] = true;
  if (a.sensitive) out['sensitive'] = true;
  if (a.writeOnly) out['write_only'] = true;
  if (a.deprecated) out['deprecated'] = true;
  return out;
}

function block(b: BlockDescription): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (b.attributes.length > 0) out['attributes'] = Object.fromEntries(b.attributes.map((a) => [a.name, attribute(a)]));
  if (b.blockTypes.length > 0)
    out['block_types'] = Object.fromEntries(
      b.blockTypes.map((n) => [n.typeName, { nesting_mode: n.nesting, block: block(n.block), ...(n.minItems ? { min_items: n.minItems } : {}), ...(n.maxItems ? { max_items: n.maxItems } : {}) }]),
    );
  if (b.description) {
    out['description'] = b.description;
    out['description_kind'] = 'plain';
  }
  if (b.deprecated) out['deprecated'] = true;
  return out;
}

const schema = (s: SchemaDescription) => ({ version: s.version, block: block(s.block) });

/** Terraform's jsonfunction format: `is_nullable` only when set. */
function functions(fs: ProviderSchemas['functions']): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fs).map(([name, f]) => [
      name,
      {
        description: f.description,
        summary: f.summary,
        return_type: f.returnType,
        parameters: f.parameters.map((p) => ({ name: p.name, description: p.description, ...(p.allowNull ? { is_nullable: true } : {}), type: p.type })),
      },
    ]),
  );
}

export function providerSchemaJson(s: ProviderSchemas): unknown {
  const map = (m: Readonly<Record<string, SchemaDescription>>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, schema(v)]));
  return {
    format_version: '1.0',
    provider_schemas: {
      [PROVIDER_ADDRESS]: {
        provider: schema(s.provider),
        resource_schemas: map(s.resources),
        data_source_schemas: map(s.dataSources),
        // Omitted when empty, as terraform omits them.
        ...(Object.keys(s.ephemeralResources).length > 0 ? { ephemeral_resource_schemas: map(s.ephemeralResources) } : {}),
        ...(Object.keys(s.functions).length > 0 ? { functions: functions(s.functions) } : {}),
      },
    },
  };
}
