// Reading a service token's expiry. The token is only decoded, never verified: the gateway
// verifies it; the client only wants to know when to fetch a new one.

/** The JWT's `exp` claim in epoch milliseconds, or undefined when the token does not say. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const exp = (claims as { exp?: unknown } | null)?.exp;
    const seconds = typeof exp === 'string' ? Number(exp) : exp;
    return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds * 1000 : undefined;
  } catch {
    return undefined;
  }
}
