/**
 * Normalises a date as people and feeds write it to a calendar day (YYYY-MM-DD), or null.
 * A leading ISO date is taken literally, so "2023-12-24T01:00:00+03:00" stays the 24th
 * (the day the outlet dated it), not the UTC day.
 *
 * @example normalizeDay("Sun, 24 Dec 2023 10:00:00 GMT") // "2023-12-24"
 */
export function normalizeDay(value: string): string | null {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed);
  if (iso) return isValidDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? iso[0] : null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (compact) return isValidDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
  const parsed = Date.parse(trimmed);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
