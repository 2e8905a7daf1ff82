/**
 * A process-wide hint that e-mails were queued, so the mailer can send right after the request that
 * queued them has committed instead of waiting for its next poll.
 */
let dirty = false;

export function markOutboxDirty(): void {
  dirty = true;
}

/** Returns whether e-mails were queued since the last call, and clears the hint. */
export function takeOutboxDirty(): boolean {
  const was = dirty;
  dirty = false;
  return was;
}
