/**
 * A refusal the user should read (not a bug): what was wrong, and where (file, row,
 * field) as details. Services and handlers throw it; main/dispatch.ts alone turns it
 * into the envelope's "rejected" error. Anything else that escapes a handler is a bug.
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
