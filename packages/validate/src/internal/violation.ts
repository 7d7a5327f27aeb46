import type { Violation } from '@forge/spec';

/** A violation without its place; the runner that found it adds the place. */
export interface Finding {
  readonly code: string;
  readonly message: string;
}

/** A finding of `code` with a message. */
export function finding(code: string, message: string): Finding {
  return { code, message };
}

/** A full violation, with its place when it has one. */
export function placed(
  gate: string,
  f: Finding,
  messageIndex: number | undefined,
  callId: string | undefined,
): Violation {
  return {
    gate,
    code: f.code,
    message: f.message,
    ...(messageIndex === undefined ? {} : { messageIndex }),
    ...(callId === undefined ? {} : { callId }),
  };
}
