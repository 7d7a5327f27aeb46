/**
 * Python's complaint when mlx-lm (or mlx, which it needs) is not importable:
 * `python3: No module named mlx_lm` for `-m`, or
 * `ModuleNotFoundError: No module named 'mlx'` from inside mlx-lm on a
 * machine without Apple Silicon wheels.
 */
const missingPattern = /No module named '?(mlx_lm|mlx)\b/;

/** True when an output line says mlx-lm or mlx cannot be imported. */
export function isMissingMlxLine(line: string): boolean {
  return missingPattern.test(line);
}

/** How to install mlx-lm, for the one-line message. */
export const installAdvice =
  'mlx-lm is not installed for this Python: run `pip install mlx-lm` (Apple Silicon Macs only), or pass --python with the interpreter that has it';
