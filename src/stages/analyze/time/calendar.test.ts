import { describe, expect, it } from "vitest";
import { addDays, addMonths, distanceToRange, formatWeek, isoWeekday, parseIsoDay, seasonRange } from "./calendar.js";

describe("calendar", () => {
  it.each([
    { day: "2023-12-24", week: "2023-W51", weekday: 7 },
    { day: "2023-12-25", week: "2023-W52", weekday: 1 },
    { day: "2021-01-03", week: "2020-W53", weekday: 7 },
    { day: "2026-01-01", week: "2026-W01", weekday: 4 },
    { day: "1989-10-30", week: "1989-W44", weekday: 1 },
  ])("$day is in $week, weekday $weekday", ({ day, week, weekday }) => {
    const d = parseIsoDay(day)!;
    expect(formatWeek(d)).toBe(week);
    expect(isoWeekday(d)).toBe(weekday);
  });

  it.each([
    { iso: "2023-12-24T10:00:00Z", ok: true },
    { iso: "19980108", ok: true },
    { iso: "2023-02-30", ok: false },
    { iso: "yesterday", ok: false },
  ])("parseIsoDay($iso)", ({ iso, ok }) => {
    expect(parseIsoDay(iso) !== null).toBe(ok);
  });

  it("adds days and months across year ends", () => {
    expect(addDays({ year: 2023, month: 12, day: 30 }, 3)).toEqual({ year: 2024, month: 1, day: 2 });
    expect(addMonths({ year: 2024, month: 1 }, -2)).toEqual({ year: 2023, month: 11, day: 1 });
  });

  it("measures distance to a range: 0 inside, positive when the range is later", () => {
    const range = { from: { year: 2023, month: 12, day: 1 }, to: { year: 2023, month: 12, day: 31 } };
    expect(distanceToRange({ year: 2023, month: 12, day: 24 }, range)).toBe(0);
    expect(distanceToRange({ year: 2023, month: 11, day: 29 }, range)).toBe(2);
    expect(distanceToRange({ year: 2024, month: 1, day: 2 }, range)).toBe(-2);
  });

  it("gives winter to the year of its December", () => {
    expect(seasonRange(2023, "WI")).toEqual({ from: { year: 2023, month: 12, day: 1 }, to: { year: 2024, month: 2, day: 29 } });
  });
});
