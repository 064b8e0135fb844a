// A fresh stack per test, synthesized to plain JSON, and a matcher for InvalidPropsError.
import { Testing, TerraformStack } from 'cdktf';
import { InvalidPropsError } from '../../../constructs/src/index';

export const newStack = (id = 'stack'): TerraformStack => new TerraformStack(Testing.app(), id);

export interface SynthesizedStack {
  provider?: Record<string, Record<string, unknown>[]>;
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  variable?: Record<string, Record<string, unknown>>;
  output?: Record<string, { value: unknown }>;
  terraform?: { required_providers?: Record<string, { source: string; version?: string }> };
}

export const synth = (stack: TerraformStack): SynthesizedStack => JSON.parse(Testing.synth(stack)) as SynthesizedStack;

/** The single resource of `type` in the synthesized stack, without cdktf's "//" metadata. */
export function onlyResource(json: SynthesizedStack, type: string, section: 'resource' | 'data' = 'resource'): Record<string, unknown> {
  const all = Object.values(json[section]?.[type] ?? {});
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  const { ['//']: _metadata, ...config } = all[0] as Record<string, unknown>;
  return config;
}

/** Runs `build` and returns the InvalidPropsError it throws (fails the test if it throws nothing else). */
export function invalidPropsOf(build: () => unknown): InvalidPropsError {
  try {
    build();
  } catch (error) {
    if (error instanceof InvalidPropsError) return error;
    throw error;
  }
  throw new Error('expected an InvalidPropsError, but the construct was accepted');
}
