// Conversions between tfplugin6 messages and framework-native values; protobuf types stop here.
import type { CtyType, Value } from '../framework/cty.js';
import type { Diagnostic } from '../framework/diagnostics.js';
import type { AttributeDescription, BlockDescription, ClientCapabilities, SchemaDescription } from '../framework/server.js';
import { CodecError } from './cty/codec-error.js';
import { decodeJson } from './cty/json.js';
import { decodeMsgpack, encodeMsgpack } from './cty/msgpack.js';
import { tfplugin6 } from './generated/protocol.js';

const NESTING = { single: 1, list: 2, set: 3, map: 4, group: 5 } as const;

export function toProtoDiagnostics(diags: readonly Diagnostic[]): tfplugin6.IDiagnostic[] {
  return diags.map((d) => ({
    severity: d.severity === 'error' ? tfplugin6.Diagnostic.Severity.ERROR : tfplugin6.Diagnostic.Severity.WARNING,
    summary: d.summary,
    detail: d.detail,
    ...(d.path && d.path.length > 0 ? { attribute: toProtoPath(d.path) } : {}),
  }));
}

export function toProtoPath(path: Diagnostic['path'] & object): tfplugin6.IAttributePath {
  return { steps: path.map((s) => ('attribute' in s ? { attributeName: s.attribute } : 'index' in s ? { elementKeyInt: s.index } : { elementKeyString: s.key })) };
}

function toProtoAttribute(a: AttributeDescription): tfplugin6.Schema.IAttribute {
  return {
    name: a.name,
    ...(a.type !== undefined ? { type: Buffer.from(JSON.stringify(a.type)) } : {}),
    ...(a.nested ? { nestedType: { attributes: a.nested.attributes.map(toProtoAttribute), nesting: NESTING[a.nested.nesting] } } : {}),
    description: a.description,
    required: a.required,
    optional: a.optional,
    computed: a.computed,
    sensitive: a.sensitive,
    deprecated: a.deprecated,
    writeOnly: a.writeOnly,
  };
}

function toProtoBlock(b: BlockDescription): tfplugin6.Schema.IBlock {
  return {
    attributes: b.attributes.map(toProtoAttribute),
    blockTypes: b.blockTypes.map((n) => ({ typeName: n.typeName, nesting: NESTING[n.nesting], block: toProtoBlock(n.block), minItems: n.minItems, maxItems: n.maxItems })),
    description: b.description,
    deprecated: b.deprecated,
  };
}

export function toProtoSchema(s: SchemaDescription): tfplugin6.ISchema {
  return { version: s.version, block: toProtoBlock(s.block) };
}

/** A DynamicValue for a known type; null/absent means a null value. */
export function decodeDynamic(dv: tfplugin6.IDynamicValue | null | undefined, type: CtyType): Value {
  if (!dv) return null;
  if (dv.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, type);
  if (dv.json && dv.json.length > 0) return decodeJson(dv.json, type);
  throw new CodecError('DynamicValue has neither msgpack nor json', '');
}

export function encodeDynamic(v: Value, type: CtyType): tfplugin6.IDynamicValue {
  return { msgpack: encodeMsgpack(v, type) };
}

export function toCapabilities(c: tfplugin6.IClientCapabilities | null | undefined): ClientCapabilities {
  return { deferralAllowed: c?.deferralAllowed === true, writeOnlyAttributesAllowed: c?.writeOnlyAttributesAllowed === true };
}
