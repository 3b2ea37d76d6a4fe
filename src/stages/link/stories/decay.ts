/** Time decay: articles far apart in time are less likely to report one development. */

const DAY_MS = 86_400_000;

/** Days between two ISO days; null when either is unknown. */
export function gapDays(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
}

export interface DecayOptions {
  graceDays: number;
  halfLifeDays: number;
  floor: number;
}

/**
 * Multiplier of a similarity for two articles `gap` days apart: 1 within the grace
 * period, then halved every `halfLifeDays`, never below `floor`; 1 when either is
 * undated (an undated article is judged on its content alone).
 */
export function decay(gap: number | null, options: DecayOptions): number {
  if (gap === null || gap <= options.graceDays) return 1;
  return Math.max(options.floor, Math.pow(0.5, (gap - options.graceDays) / options.halfLifeDays));
}
