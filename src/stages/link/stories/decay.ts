/** Time decay: articles far apart in time are less likely to report one development. */

const DAY_MS = 86_400_000;

/** Days between two ISO days; null when either is unknown. */
function gapDays(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
}

export interface DecayOptions {
  graceDays: number;
  halfLifeDays: number;
  floor: number;
  /** Multiplier when one article is dated and the other is not. */
  undated: number;
}

/**
 * Multiplier of the similarity of articles of days `a` and `b` (ISO days, null when
 * undated): 1 within the grace period, then halved every `halfLifeDays`, never below
 * `floor`. Two undated articles are judged on their content alone (1); an undated and a
 * dated one get `undated`, the decay of a gap that may be anything.
 */
export function decay(a: string | null, b: string | null, options: DecayOptions): number {
  if ((a === null) !== (b === null)) return options.undated;
  const gap = gapDays(a, b);
  if (gap === null || gap <= options.graceDays) return 1;
  return Math.max(options.floor, Math.pow(0.5, (gap - options.graceDays) / options.halfLifeDays));
}
