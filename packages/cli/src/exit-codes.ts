/** Exit codes of every forge command. */
export const exitCodes = {
  /** The work was done and found nothing wrong. */
  ok: 0,
  /** The work was done and found problems (invalid records, failed cases). */
  problems: 1,
  /** Bad usage or unusable input; nothing was done. */
  usage: 2,
  /**
   * The command line is right but the environment is not (eval's
   * --api-key-env names an unset variable); a script can tell it from 2.
   */
  environment: 3,
  /** Interrupted by a signal. */
  interrupted: 130,
} as const;
