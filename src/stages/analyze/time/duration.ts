/**
 * TIMEX3 duration values ("P3D", "PT2H", "P2Y6M", "PXW"), shared by the duration and
 * set rules and by resolve.ts.
 */
import type { Unit } from "./patterns.js";

/** TIMEX3 duration value: P3D, P2Y6M, PT2H, PXW (amount null). */
export function durationValue(amount: number | null, unit: Unit): string {
  if (amount === null) return `P${timeUnit(unit) ? "T" : ""}X${unitLetter(unit)}`;
  if (unit === "fortnight") return durationValue(amount * 2, "week");
  if (unit === "night") return durationValue(amount, "day");
  if (!Number.isInteger(amount)) {
    const whole = Math.floor(amount);
    const smaller = SMALLER_UNIT[unit];
    if (smaller !== undefined) {
      const rest = Math.round((amount - whole) * smaller.factor);
      const timePart = timeUnit(smaller.unit) && !timeUnit(unit);
      const head = whole > 0 ? `${whole}${unitLetter(unit)}` : "";
      return `P${timeUnit(unit) ? "T" : ""}${head}${timePart ? "T" : ""}${rest}${unitLetter(smaller.unit)}`;
    }
  }
  return `P${timeUnit(unit) ? "T" : ""}${amount}${unitLetter(unit)}`;
}

const SMALLER_UNIT: Partial<Record<Unit, { unit: Unit; factor: number }>> = {
  year: { unit: "month", factor: 12 }, month: { unit: "day", factor: 30 }, week: { unit: "day", factor: 7 },
  day: { unit: "hour", factor: 24 }, hour: { unit: "minute", factor: 60 }, minute: { unit: "second", factor: 60 },
};

function timeUnit(unit: Unit): boolean {
  return unit === "hour" || unit === "minute" || unit === "second";
}

function unitLetter(unit: Unit): string {
  const letters: Record<Unit, string> = {
    second: "S", minute: "M", hour: "H", day: "D", night: "D", week: "W", fortnight: "W", month: "M",
    quarter: "Q", year: "Y", decade: "E", century: "C",
  };
  return letters[unit];
}
