// A value that does not fit its type: the RPC adapters turn it into a diagnostic, never a crash.
export class CodecError extends Error {
  override readonly name = 'CodecError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(path ? `${message} at ${path}` : message);
  }
}
