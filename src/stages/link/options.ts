/**
 * Checks shared by the link stage's option validators, so that every index refuses a
 * bad configuration at construction with the same wording ("<Owner>: option <key> must
 * be ..., found <value>").
 */

/** Throws unless every listed option is an integer >= 1. */
export function requirePositiveIntegers<T extends object>(owner: string, options: T, keys: ReadonlyArray<keyof T>): void {
  for (const key of keys) {
    const value = options[key];
    if (!Number.isInteger(value) || (value as number) < 1) {
      throw new Error(`${owner}: option ${String(key)} must be a positive integer, found ${String(value)}`);
    }
  }
}

/**
 * Throws unless every listed option lies in the range; `min` is exclusive when
 * `minExclusive` is set, and an unset `max` means no upper bound. The message writes
 * the range as [a, b], (a, b], ">= a" or "> a".
 */
export function requireInRange<T extends object>(
  owner: string,
  options: T,
  keys: ReadonlyArray<keyof T>,
  range: { min: number; max?: number; minExclusive?: boolean },
): void {
  const { min, max, minExclusive = false } = range;
  const described =
    max === undefined ? `${minExclusive ? ">" : ">="} ${min}` : `in ${minExclusive ? "(" : "["}${min}, ${max}]`;
  for (const key of keys) {
    const value = options[key] as number;
    const aboveMin = minExclusive ? value > min : value >= min;
    if (!(aboveMin && (max === undefined || value <= max))) {
      throw new Error(`${owner}: option ${String(key)} must be ${described}, found ${String(value)}`);
    }
  }
}
