// Provider logging: hclog-style JSON lines on stderr, which go-plugin forwards into terraform's
// log at the line's level (TF_LOG / TF_LOG_PROVIDER). Known secrets are masked before writing,
// as a second line of defence: callers must not log secrets in the first place.

export type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error';
export type Fields = Readonly<Record<string, unknown>>;

export interface Logger {
  trace(message: string, fields?: Fields): void;
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

const secrets = new Set<string>();

/** Values that must never appear in a log line (passwords, session ids, tokens). */
export function registerSecret(value: string | null | undefined): void {
  if (value && value.length >= 4) secrets.add(value);
}

export function maskSecrets(text: string): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('***');
  return out;
}

type Sink = (line: string) => void;
const stderrSink: Sink = (line) => process.stderr.write(line + '\n');
let sink: Sink = stderrSink;

const RANK: Readonly<Record<Level, number>> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

/**
 * The least severe level terraform keeps from this provider (TF_LOG_PROVIDER, else TF_LOG): lines
 * below it are dropped by terraform, so they are not built or written at all. Unset or OFF keeps
 * warnings and errors; a value terraform does not know means TRACE, as in terraform.
 */
export function stderrThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const value = (env['TF_LOG_PROVIDER'] || env['TF_LOG'] || '').trim().toLowerCase();
  if (value === '' || value === 'off') return RANK.warn;
  return Object.hasOwn(RANK, value) ? RANK[value as Level] : RANK.trace;
}
const threshold = stderrThreshold();

/** Tests capture log lines through this (every level). */
export function setLogSink(next: Sink): Sink {
  const prev = sink;
  sink = next;
  return prev;
}

function write(level: Level, module: string, message: string, fields: Fields): void {
  if (sink === stderrSink && RANK[level] < threshold) return;
  // hclog's timestamp layout has microseconds (2006-01-02T15:04:05.000000Z07:00); go-plugin logs a
  // line it cannot parse as raw DEBUG text instead of at its level.
  const timestamp = new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
  const line = JSON.stringify({ '@level': level, '@message': message, '@module': module, '@timestamp': timestamp, ...fields });
  sink(maskSecrets(line));
}

function make(module: string, base: Fields): Logger {
  const at = (level: Level) => (message: string, fields?: Fields) => {
    if (sink === stderrSink && RANK[level] < threshold) return;
    write(level, module, message, fields ? { ...base, ...fields } : base);
  };
  return {
    trace: at('trace'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (fields) => make(module, { ...base, ...fields }),
  };
}

export const logger: Logger = make('provider.appviewx', {});
