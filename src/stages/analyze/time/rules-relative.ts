/**
 * Rules for dates told relative to the publication date: "today", weekdays, "last
 * week", "the end of the month", "two weeks ago", "a year earlier".
 */
import { APPROX, B, CARDINAL_WORD_SOURCE, E, NUMBER, normalizeWords, parseNumber, UNIT, VAGUE, WEEKDAY } from "./fragments.js";
import {
  calendarUnit, dateSpec, offsetOf, PART, part, partOfDay, POD, RELATION, relation, rule, textAfter, weekday,
} from "./rule-kit.js";
import type { Rule } from "./rule-kit.js";
import type { Anchor } from "./spec.js";

/** A count just before a unit: "three days later" is then a duration, not a vague shift. */
const COUNT_BEFORE = new RegExp(`(?:\\d|\\b(?:a\\s+few|few|several|many|some|couple\\s+of|${CARDINAL_WORD_SOURCE}))\\s+$`, "i");

/* ------------------------------------------------------------------ days, weekdays, relative periods */

export const dayRules: Rule[] = [
  rule("day-word", `${B}(?:(?<part>early|late|earlier|later)\\s+)?(?<word>today|tonight|tomorrow|yesterday)(?:\\s+(?<pod>${POD}))?${E}`, (c) => {
    const word = c.groups.word!.toLowerCase();
    const offset = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0;
    const clock = word === "tonight" ? partOfDay("night") : partOfDay(c.groups.pod);
    return { spec: dateSpec({ kind: "relative", unit: "day", offset }, { clock }) };
  }),
  rule("part-of-day-day", `${B}(?:early\\s+|late\\s+)?(?<pod>mid-?afternoon|${POD})\\s+(?<word>yesterday|today|tomorrow)${E}`, (c) => {
    const word = c.groups.word!.toLowerCase();
    const offset = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0;
    const clock = partOfDay(c.groups.pod!.toLowerCase().replace(/^mid-?/, ""));
    return { spec: dateSpec({ kind: "relative", unit: "day", offset }, { clock }) };
  }),
  rule("day-before-after", `${B}(?:the\\s+)?day\\s+(?<which>before\\s+yesterday|after\\s+tomorrow)${E}`, (c) =>
    ({ spec: dateSpec({ kind: "relative", unit: "day", offset: /before/i.test(c.groups.which!) ? -2 : 2 }) }),
  ),
  rule("this-part-of-day", `${B}(?<rel>this|last|later\\s+this|earlier\\s+this)\\s+(?<pod>${POD})${E}`, (c) => {
    const rel = normalizeWords(c.groups.rel!);
    const offset = rel === "last" ? -1 : 0;
    return { spec: dateSpec({ kind: "relative", unit: "day", offset }, { clock: partOfDay(c.groups.pod) }) };
  }),
  rule("overnight", `${B}(?:overnight|mid[\\s-]?afternoon)${E}`, (c) => {
    const clock = /overnight/i.test(c.match[0]) ? partOfDay("night") : partOfDay("afternoon");
    return { spec: dateSpec({ kind: "relative", unit: "day", offset: 0 }, { clock }) };
  }),
  rule(
    "weekday",
    `${B}(?:(?<rel>this\\s+coming|this\\s+past|this|last|next|coming|past|the\\s+previous|the\\s+following|early|late|earlier|later)\\s+)?(?<weekday>${WEEKDAY})(?:\\s+(?<pod>${POD}))?${E}`,
    (c) => {
      const rawRel = c.groups.rel === undefined ? undefined : normalizeWords(c.groups.rel);
      const anchor: Anchor = { kind: "weekday", weekday: weekday(c.groups.weekday)! };
      const rel = relation(rawRel);
      if (rel !== undefined) anchor.relation = rel;
      if (c.groups.pod === undefined && /^['’]s\b/.test(textAfter(c.text, c.end, 3))) anchor.possessive = true;
      // "early Tuesday" is a time of the day in TimeML; the day is what we resolve.
      return { spec: dateSpec(anchor, { clock: partOfDay(c.groups.pod) }) };
    },
  ),
  rule(
    "relative-unit",
    `${B}(?:(?<part>${PART}|earlier|later)\\s*)?(?<rel>${RELATION})\\s+(?<unit>week|weekend|month|quarter|year|decade|century|fiscal\\s+year)${E}(?!-)`,
    (c) => {
      const unit = calendarUnit(c.groups.unit!);
      const rawRel = normalizeWords(c.groups.rel!);
      const offset = offsetOf(relation(rawRel));
      const periodPart = part(c.groups.part);
      if (unit === "quarter") return { spec: dateSpec({ kind: "relativeQuarter", offset, yearBack: 0 }, { part: periodPart }) };
      const anchor: Anchor = { kind: "relative", unit, offset };
      // "the following year", "the previous month": counted from the story's last date.
      if (/^(?:the\s)?(?:following|previous)$/.test(rawRel)) anchor.anaphoric = true;
      return { spec: dateSpec(anchor, { part: periodPart }) };
    },
  ),
  rule("end-of-the-unit", `${B}(?<part>the\\s+end|the\\s+beginning|the\\s+start|the\\s+middle)\\s+of\\s+the\\s+(?<unit>week|month|year|day)${E}`, (c) =>
    ({ spec: dateSpec({ kind: "relative", unit: calendarUnit(c.groups.unit!), offset: 0 }, { part: part(`${c.groups.part} of`) }) }),
  ),
  rule("earlier-in-the-unit", `${B}(?<part>earlier|later)\\s+in\\s+the\\s+(?<unit>day|week|month|year)${E}`, (c) =>
    ({ spec: dateSpec({ kind: "relative", unit: calendarUnit(c.groups.unit!), offset: 0 }, { part: part(c.groups.part) }) }),
  ),
  rule("year-end", `${B}(?:around\\s+)?(?:the\\s+)?(?:year[\\s-]end|year's\\s+end|end[\\s-]of[\\s-](?:the[\\s-])?year)${E}`, () =>
    ({ spec: dateSpec({ kind: "relative", unit: "year", offset: 0 }, { part: "END" }) }),
  ),
  rule("the-weekend", `${B}the\\s+weekend${E}`, () => ({ spec: dateSpec({ kind: "relative", unit: "weekend", offset: null }) })),
  rule("the-week", `${B}the\\s+week${E}(?!\\s+(?:of|before|after|ago|earlier|later)\\b|-)`, () =>
    ({ spec: dateSpec({ kind: "relative", unit: "week", offset: 0 }) }),
  ),
  rule("whole-year", `${B}the\\s+(?:full|whole|entire|current)\\s+(?:fiscal\\s+)?year${E}`, () =>
    ({ spec: dateSpec({ kind: "relative", unit: "year", offset: 0 }) }),
  ),
];

/* ------------------------------------------------------------------ shifts */

export const shiftRules: Rule[] = [
  rule(
    "ago",
    `${B}(?:(?<mod>${APPROX})\\s+)?(?:(?<vague>${VAGUE})|(?<num>${NUMBER}))[\\s-]+(?<unit>${UNIT})(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|from\\s+now|hence|back|before\\s+that)${E}`,
    (c) => {
      const amount = c.groups.vague !== undefined ? null : parseNumber(c.groups.num!);
      if (c.groups.vague === undefined && amount === null) return null;
      const unit = calendarUnit(c.groups.unit!);
      const dir = normalizeWords(c.groups.dir!);
      const direction = /now|hence/.test(dir) ? 1 : -1;
      if (amount === null) return { spec: { kind: "reference", reference: direction < 0 ? "PAST_REF" : "FUTURE_REF", unit } };
      const from = dir === "ago" || dir === "back" ? "discourse-quarter" : direction > 0 ? "reference" : "discourse";
      return { spec: dateSpec({ kind: "shift", unit, amount, direction, from }) };
    },
  ),
  rule("bare-ago", `${B}(?<unit>days|weeks|months|years|decades)\\s+(?<dir>ago|earlier|later)${E}`, (c) => {
    // "three days later" is a duration and its signal: the number makes the expression.
    if (COUNT_BEFORE.test(c.text.slice(Math.max(0, c.start - 16), c.start))) return null;
    const unit = calendarUnit(c.groups.unit!.replace(/s$/, ""));
    const reference = /later/i.test(c.groups.dir!) ? "FUTURE_REF" : "PAST_REF";
    return { spec: { kind: "reference", reference, unit } };
  }),
];
