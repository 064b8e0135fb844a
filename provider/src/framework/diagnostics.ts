// Diagnostics: what every RPC returns instead of throwing. Paths are built step by step
// (attribute → list index / map key → nested attribute), as tfplugin6 AttributePath wants them.

export type PathStep = { readonly attribute: string } | { readonly index: number } | { readonly key: string };
export type AttributePath = readonly PathStep[];

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail: string;
  readonly path?: AttributePath;
}

/** `path('principals', 0)` → attribute "principals", index 0; strings after the first are attribute names. */
export function path(...steps: ReadonlyArray<string | number>): AttributePath {
  return steps.map((s) => (typeof s === 'number' ? { index: s } : { attribute: s }));
}

export function formatPath(p: AttributePath | undefined): string {
  if (!p || p.length === 0) return '';
  return p
    .map((s, i) => ('attribute' in s ? (i === 0 ? s.attribute : `.${s.attribute}`) : 'index' in s ? `[${s.index}]` : `[${JSON.stringify(s.key)}]`))
    .join('');
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  add(d: Diagnostic): void {
    const dup = this.items.some(
      (x) => x.severity === d.severity && x.summary === d.summary && x.detail === d.detail && formatPath(x.path) === formatPath(d.path),
    );
    if (!dup) this.items.push(d);
  }
  error(summary: string, detail: string, path?: AttributePath): void {
    this.add(path ? { severity: 'error', summary, detail, path } : { severity: 'error', summary, detail });
  }
  warning(summary: string, detail: string, path?: AttributePath): void {
    this.add(path ? { severity: 'warning', summary, detail, path } : { severity: 'warning', summary, detail });
  }
  append(other: Diagnostics | readonly Diagnostic[]): void {
    for (const d of other instanceof Diagnostics ? other.items : other) this.add(d);
  }
  hasError(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}
