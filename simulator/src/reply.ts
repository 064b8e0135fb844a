// The envelope every AppViewX JSON response has (shared/appviewx-api/README.md).
export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
  /** A file instead of the JSON envelope (certificate/download/format). */
  readonly raw?: Buffer;
}

export const envelope = (status: number, response: unknown, message: string | null, appStatusCode: string | null, headers?: Record<string, string>): Reply => ({
  status,
  body: { response, message, appStatusCode, tags: {}, headers: null },
  ...(headers ? { headers } : {}),
});

export const failure = (status: number, appStatusCode: string, message: string) => envelope(status, null, message, appStatusCode);
