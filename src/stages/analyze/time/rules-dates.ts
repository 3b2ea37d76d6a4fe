/**
 * Rules for dates written out: month and day, month and year, years, decades and
 * centuries, quarters, halves and seasons. See rules.ts for the order they run in.
 */
import { DECADE_WORDS, NOT_AFTER_YEAR, NOT_BEFORE_YEAR, ORDINALS, SEASONS } from "./patterns.js";
import type { Part, Relation } from "./patterns.js";
import { alt, B, E, MONTH_FULL, normalizeWords, ORDINAL, yearGroup } from "./fragments.js";
import {
  DAY, dateSpec, MAY_PRECEDERS, month, MONTH, monthWordOk, offsetOf, PART, part, relation, rule, textAfter, weekday,
  WEEKDAY_PREFIX, wordBefore, year,
} from "./rule-kit.js";
import type { Rule, RuleContext, RuleMatch } from "./rule-kit.js";
import type { Anchor } from "./spec.js";

/* ------------------------------------------------------------------ dates written out */

export const calendarRules: Rule[] = [
  rule("month-day-year", `${B}${WEEKDAY_PREFIX}(?:the\\s+)?${MONTH}\\s+${DAY},?\\s+(?:of\\s+)?${yearGroup("year")}${E}`, (c) => {
    if (!monthWordOk(c)) return null;
    return calendar(c, { year: year(c.groups.year), month: month(c.groups.month), day: Number(c.groups.day) });
  }),
  rule("day-month-year", `${B}${WEEKDAY_PREFIX}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${yearGroup("year")}${E}`, (c) => {
    if (!monthWordOk(c)) return null;
    return calendar(c, { year: year(c.groups.year), month: month(c.groups.month), day: Number(c.groups.day) });
  }),
  rule("month-day", `${B}(?:(?:around|about|approximately)\\s+)?${WEEKDAY_PREFIX}${MONTH}\\s+${DAY}${E}(?![,.]\\d)`, (c) => {
    if (!monthWordOk(c)) return null;
    return calendar(c, { month: month(c.groups.month), day: Number(c.groups.day) });
  }),
  rule("day-month", `${B}${WEEKDAY_PREFIX}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}${E}`, (c) => {
    if (!monthWordOk(c)) return null;
    return calendar(c, { month: month(c.groups.month), day: Number(c.groups.day) });
  }),
  rule("month-day-relative-year", `${B}${MONTH}(?:\\s+${DAY})?,?\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year${E}`, (c) => {
    if (!monthWordOk(c)) return null;
    const day = c.groups.day === undefined ? undefined : Number(c.groups.day);
    return calendar(c, { month: month(c.groups.month), day, yearOffset: offsetOf(relation(c.groups.rel)) });
  }),
  rule("part-month-year", `${B}(?:(?<part>${PART})\\s*)?${MONTH},?\\s+(?:of\\s+)?${yearGroup("year")}${E}`, (c) => {
    if (!monthWordOk(c)) return null;
    return calendar(c, { year: year(c.groups.year), month: month(c.groups.month) }, part(c.groups.part));
  }),
  rule("part-month", `${B}(?<part>${PART})\\s*(?<month>${MONTH_FULL})${E}`, (c) => {
    if (!monthWordOk(c)) return null;
    return calendar(c, { month: month(c.groups.month) }, part(c.groups.part));
  }),
  rule("relative-month", `${B}(?<rel>this\\s+coming|this\\s+past|this|last|next|coming|past)\\s+(?<month>${MONTH_FULL})${E}`, (c) => {
    if (!monthWordOk(c)) return null;
    return calendar(c, { month: month(c.groups.month), relation: relation(c.groups.rel) });
  }),
  rule("month", `${B}(?<month>${MONTH_FULL})${E}`, (c) => {
    if (!monthWordOk(c)) return null;
    if (c.groups.month!.toLowerCase() === "may" && !MAY_PRECEDERS.has(wordBefore(c.text, c.start))) return null;
    return calendar(c, { month: month(c.groups.month) });
  }),
  rule("iso-date", `${B}(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})${E}`, (c) =>
    calendar(c, { year: Number(c.groups.year), month: Number(c.groups.month), day: Number(c.groups.day) }),
  ),
  rule("numeric-date", `${B}(?<a>\\d{1,2})[/.](?<b>\\d{1,2})[/.](?<year>\\d{4})${E}`, (c) => {
    const a = Number(c.groups.a);
    const b = Number(c.groups.b);
    // Day first when the first number cannot be a month; otherwise month first (US wires).
    const [monthValue, dayValue] = a > 12 ? [b, a] : [a, b];
    return calendar(c, { year: Number(c.groups.year), month: monthValue, day: dayValue });
  }),
];

interface CalendarFields {
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
  yearOffset?: number | undefined;
  relation?: Relation | undefined;
}

function calendar(c: RuleContext, fields: CalendarFields, periodPart?: Part): RuleMatch | null {
  if (fields.month === undefined || fields.month < 1 || fields.month > 12) return null;
  if (fields.day !== undefined && (fields.day < 1 || fields.day > 31)) return null;
  const anchor: Anchor = { kind: "calendar", month: fields.month };
  if (fields.year !== undefined) anchor.year = fields.year;
  if (fields.day !== undefined) anchor.day = fields.day;
  if (fields.yearOffset !== undefined) anchor.yearOffset = fields.yearOffset;
  if (fields.relation !== undefined) anchor.relation = fields.relation;
  const wd = weekday(c.groups.weekday);
  if (wd !== undefined) anchor.weekday = wd;
  return { spec: dateSpec(anchor, { part: periodPart }) };
}

/* ------------------------------------------------------------------ years, decades, centuries */

export const yearRules: Rule[] = [
  rule("part-year", `${B}(?<part>${PART})\\s*(?:fiscal\\s+)?${yearGroup("year")}${E}`, (c) =>
    yearMatch(c, part(c.groups.part)),
  ),
  rule("half-year", `${B}(?:the\\s+)?(?<ord>first|second|last|latter)\\s+half\\s+of\\s+(?:${yearGroup("year")}|(?<rel>this|last|next)\\s+year|the\\s+year)${E}`, (c) => {
    const index = c.groups.ord!.toLowerCase() === "first" ? 1 : 2;
    const anchor: Anchor = { kind: "half", index };
    const y = year(c.groups.year);
    if (y !== undefined) anchor.year = y;
    else anchor.yearOffset = offsetOf(relation(c.groups.rel));
    return { spec: dateSpec(anchor) };
  }),
  rule("year", `${B}(?:(?<fiscal>fiscal|FY)\\s*|the\\s+year\\s+)?${yearGroup("year")}${E}`, (c) => {
    if (/^\d/.test(c.groups.year!) && !plausibleYear(c)) return null;
    return yearMatch(c);
  }),
  rule("decade", `${B}(?:the\\s+)?(?:(?<part>early|mid-?|late)\\s*)?(?:(?<century>1[6-9]|20)(?<tens>\\d)0'?s|'(?<short>\\d)0s)${E}`, (c) => {
    const prefix = c.groups.short !== undefined
      ? (Number(c.groups.short) >= 3 ? 190 : 200) + Number(c.groups.short) // '80s -> 198, '20s -> 202
      : Number(c.groups.century) * 10 + Number(c.groups.tens);
    return { spec: dateSpec({ kind: "decade", prefix }, { part: part(c.groups.part) }) };
  }),
  rule("decade-word", `${B}the\\s+(?:(?<part>early|mid-?|late)\\s*)?(?<word>${alt(Object.keys(DECADE_WORDS))})${E}`, (c) =>
    ({ spec: dateSpec({ kind: "decade", prefix: 190 + DECADE_WORDS[c.groups.word!.toLowerCase()]! }, { part: part(c.groups.part) }) }),
  ),
  rule("century", `${B}(?:the\\s+)?(?:(?<part>early|mid-?|late)\\s+)?(?:(?<num>\\d{1,2})(?:st|nd|rd|th)|(?<word>${ORDINAL}|twenty-first))[\\s-]+century${E}`, (c) => {
    const n = c.groups.num !== undefined ? Number(c.groups.num) : ORDINALS[c.groups.word!.toLowerCase()];
    if (n === undefined) return null;
    return { spec: dateSpec({ kind: "century", prefix: n - 1 }, { part: part(c.groups.part) }) };
  }),
];

function yearMatch(c: RuleContext, periodPart?: Part): RuleMatch | null {
  const y = year(c.groups.year);
  if (y === undefined) return null;
  return { spec: dateSpec({ kind: "calendar", year: y }, { part: periodPart }) };
}

/** A four-digit number reads as a year unless money, a count or a measure says otherwise. */
function plausibleYear(c: RuleContext): boolean {
  const before = c.text.slice(Math.max(0, c.start - 2), c.start);
  if (/[$£€#¥]\s?$|\d[.,]?\s?$/.test(before)) return false;
  if (c.groups.fiscal === undefined && NOT_BEFORE_YEAR.has(wordBefore(c.text, c.start))) return false;
  const after = textAfter(c.text, c.end, 25);
  if (/^(?:\s?%|\s?percent|[.,]\d|-\d|\s+(?:to|and)\s+\d{1,3}\b(?!\d))/i.test(after)) return false;
  const nextWord = /^\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
  return nextWord === undefined || !NOT_AFTER_YEAR.has(nextWord);
}

/* ------------------------------------------------------------------ quarters, halves, seasons */

const YEAR_ADJECTIVE = "year-earlier|year-ago|year-before|prior-year|comparable\\s+year-ago|comparable|same";

export const quarterRules: Rule[] = [
  rule(
    "ordinal-quarter",
    `${B}(?:(?<det>the|this|that)\\s+)?(?:(?<relYear>this|last|next)\\s+year's\\s+|(?<adj>${YEAR_ADJECTIVE})\\s+|${yearGroup("yearPre")}\\s+)?(?:fiscal[\\s-])?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?<join>[\\s-])(?:fiscal[\\s-])?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?:${yearGroup("yearPost")}|(?<relYearPost>this|last|next)\\s+year|the\\s+year))?${E}(?!-)`,
    (c) => {
      const index = ORDINALS[c.groups.ord!.toLowerCase()]!;
      const anchor: Anchor = { kind: "quarter", index };
      const y = year(c.groups.yearPre) ?? year(c.groups.yearPost);
      if (y !== undefined) anchor.year = y;
      else if (c.groups.relYear !== undefined || c.groups.relYearPost !== undefined) anchor.yearOffset = offsetOf(relation(c.groups.relYear ?? c.groups.relYearPost));
      else if (c.groups.adj !== undefined && /year/i.test(c.groups.adj)) anchor.yearOffset = -1;
      // "its third-quarter profit": the hyphenated adjective is the expression, not the determiner.
      const start = c.groups.join === "-" && c.groups.det !== undefined && !c.groups.adj && !c.groups.yearPre && !c.groups.relYear
        ? c.start + c.groups.det.length + (/^\S+(\s+)/.exec(c.match[0])?.[1]?.length ?? 1)
        : c.start;
      return { spec: dateSpec(anchor), start };
    },
  ),
  rule(
    "relative-quarter",
    `${B}(?<det>the|this|last|next|its|their)\\s+(?<adjs>(?:(?:latest|current|previous|past|most\\s+recent|recent|${YEAR_ADJECTIVE}|fiscal)\\s+)*)quarter${E}(?!-|\\s+of\\s+(?:a|an|the|its|their|his|her|shares|\\d))`,
    (c) => relativeQuarter(c, c.groups.det!, c.groups.adjs ?? ""),
  ),
  rule("relative-period", `${B}(?:the\\s+)?(?<adjs>(?:latest|${YEAR_ADJECTIVE})\\s+)period${E}`, (c) =>
    relativeQuarter(c, "the", c.groups.adjs ?? ""),
  ),
  rule("year-ago-adjective", `${B}(?<adj>year-earlier|year-ago)${E}`, () =>
    ({ spec: dateSpec({ kind: "shift", unit: "year", amount: 1, direction: -1, from: "discourse" }) }),
  ),
  rule("year-quarter", `${B}the\\s+${yearGroup("year")}\\s+(?:fiscal\\s+)?(?:quarter|period)${E}`, (c) => {
    const y = year(c.groups.year);
    if (y === undefined) return null;
    return { spec: dateSpec({ kind: "relativeQuarter", offset: null, yearBack: 0, year: y }) };
  }),
  rule("q-notation", `${B}Q(?<q>[1-4])(?:\\s+${yearGroup("year")})?${E}`, (c) => {
    if (c.match[0][0] !== "Q") return null;
    const anchor: Anchor = { kind: "quarter", index: Number(c.groups.q) };
    const y = year(c.groups.year);
    if (y !== undefined) anchor.year = y;
    return { spec: dateSpec(anchor) };
  }),
  rule(
    "season",
    `${B}(?:(?<rel>this\\s+coming|this\\s+past|this|last|next|the\\s+early|the\\s+late|early|late|mid-?|the)\\s*)?(?<season>spring|summer|autumn|winter|fall)(?:,?\\s+(?:of\\s+)?${yearGroup("year")})?${E}`,
    (c) => {
      const rawRel = c.groups.rel === undefined ? undefined : normalizeWords(c.groups.rel);
      const y = year(c.groups.year);
      const seasonWord = c.groups.season!;
      const hasRelation = rawRel !== undefined && rawRel !== "the" && !rawRel.startsWith("the ") && part(rawRel) === undefined;
      // "fall" is a verb and a noun ("the fall of Aleppo"): only with a relation or a year.
      if (seasonWord.toLowerCase() === "fall" && !hasRelation && y === undefined) return null;
      // A capitalised season after another word is a name ("Arab Spring").
      if (/^\p{Lu}/u.test(seasonWord) && rawRel === undefined && y === undefined && /\p{L}[\s]+$/u.test(c.text.slice(Math.max(0, c.start - 3), c.start))) return null;
      const anchor: Anchor = { kind: "season", season: SEASONS[seasonWord.toLowerCase()]! };
      if (y !== undefined) anchor.year = y;
      if (hasRelation) anchor.relation = relation(rawRel)!;
      const periodPart = rawRel === undefined ? undefined : part(rawRel.replace(/^the\s+/, ""));
      return { spec: dateSpec(anchor, { part: periodPart }) };
    },
  ),
];

function relativeQuarter(c: RuleContext, det: string, adjectives: string): RuleMatch | null {
  const adjs = normalizeWords(adjectives);
  const d = det.toLowerCase();
  const yearBack = /year|comparable/.test(adjs) ? 1 : 0;
  let offset: number | null = null;
  if (d === "last" || /latest|previous|past|recent/.test(adjs)) offset = -1;
  else if (d === "next") offset = 1;
  else if (d === "this" || /current/.test(adjs)) offset = 0;
  return { spec: dateSpec({ kind: "relativeQuarter", offset, yearBack }) };
}
