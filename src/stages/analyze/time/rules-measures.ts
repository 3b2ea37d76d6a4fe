/**
 * Rules for measures and lexical references: durations ("two years", "60-day"), sets
 * ("every week", "weekly"), "now" / "recently" / "the future", and clock times.
 */
import { ADVERB_FOLLOWERS, FREQUENCY_WORDS, REFERENCE_WORDS, UNITS } from "./patterns.js";
import type { Unit } from "./patterns.js";
import {
  alt, APPROX, B, E, MONTH_FULL, NUMBER, normalizeWords, parseNumber, TIME_ZONE, UNIT, VAGUE, WEEKDAY,
} from "./fragments.js";
import { durationValue } from "./duration.js";
import { calendarUnit, month, partOfDay, POD, rule, textAfter, weekday } from "./rule-kit.js";
import type { Rule, RuleContext } from "./rule-kit.js";

const DURATION_WHICH = "past|last|next|first|final|previous|coming|latest|initial|remaining|following|same|year-earlier|year-ago";

export const durationRules: Rule[] = [
  rule(
    "duration",
    `${B}(?:(?<mod>${APPROX})\\s+)?(?:(?<each>each\\s+of\\s+)?the\\s+(?:(?<which>${DURATION_WHICH})\\s+)?)?(?<num>${NUMBER})(?:\\s+(?:to|or)\\s+(?<num2>${NUMBER}))?[\\s-]+(?:(?<extra>more|additional|straight|consecutive|full|long|trading|calendar|working|business|successive)\\s+)?(?<unit>${UNIT})(?<suffix>-long|-old)?${E}(?!-)`,
    (c) => {
      const unit = UNITS[c.groups.unit!.toLowerCase()];
      const amount = parseNumber(c.groups.num!);
      if (unit === undefined || amount === null || amount <= 0) return null;
      // "the 1988 quarter" is a date: a bare four-digit year never counts units.
      if (/^(?:1[6-9]|20)\d{2}$/.test(c.groups.num!.trim())) return null;
      if (!durationContextOk(c, unit, amount)) return null;
      // "the two-week trading account": a hyphenated adjective is the expression, without its determiner.
      const adjective = /^[\s]*-/.test(c.match[0].slice(c.match[0].indexOf(c.groups.num!) + c.groups.num!.length));
      if (adjective && /^the\s/i.test(c.match[0]) && c.groups.mod === undefined) {
        return { spec: { kind: "duration", amount, unit }, start: c.start + c.match[0].indexOf(c.groups.num!) };
      }
      // "will one day be": an unspecified future day, not a length of time.
      if (normalizeWords(c.match[0]) === "one day" && /\b(?:will|would|could|might|may|can|shall)\s+$/i.test(c.text.slice(Math.max(0, c.start - 12), c.start))) {
        return { spec: { kind: "reference", reference: "FUTURE_REF" } };
      }
      return { spec: { kind: "duration", amount, unit } };
    },
  ),
  rule(
    "vague-duration",
    `${B}(?:(?<mod>${APPROX})\\s+)?(?:the\\s+(?:past|last|next|coming|first|previous)\\s+)?(?<vague>${VAGUE})\\s+(?:more\\s+)?(?<unit>seconds|minutes|hours|days|nights|weeks|months|quarters|years|decades|centuries)${E}`,
    (c) => {
      if (/^\s+(?:old|of\s+age)\b/i.test(textAfter(c.text, c.end))) return null;
      return { spec: { kind: "duration", amount: null, unit: UNITS[c.groups.unit!.toLowerCase()]! } };
    },
  ),
  rule(
    "bare-duration",
    // The preposition is matched, not looked behind for: a look-behind with \s+ rescans every space (quadratic).
    `${B}(?:for|over|within|after|in|spanning|lasting|taking|take|takes|took)\\s+(?<unit>hours|days|weeks|months|years|decades|centuries)${E}`,
    (c) => {
      if (/^\s+(?:old|of\s+age|ago|earlier|later)\b/i.test(textAfter(c.text, c.end))) return null;
      const start = c.end - c.groups.unit!.length;
      return { spec: { kind: "duration", amount: null, unit: UNITS[c.groups.unit!.toLowerCase()]! }, start };
    },
  ),
  rule("units-of", `${B}(?<unit>hours|days|weeks|months|years|decades|centuries)(?=\\s+of\\s+(?!age\\b))`, (c) => {
    if (/\d\s*$/.test(c.text.slice(Math.max(0, c.start - 3), c.start))) return null;
    return { spec: { kind: "duration", amount: null, unit: UNITS[c.groups.unit!.toLowerCase()]! } };
  }),
  rule("the-year", `${B}the\\s+(?:fiscal\\s+)?year${E}(?![\\s-]+(?:ago|earlier|two|\\d)|-|'s)`, () =>
    ({ spec: { kind: "duration", amount: 1, unit: "year" } }),
  ),
];

/** Refuses the durations that are something else: ages, "a second round", "a quarter of". */
function durationContextOk(c: RuleContext, unit: Unit, amount: number): boolean {
  const after = textAfter(c.text, c.end);
  if (c.groups.suffix?.toLowerCase() === "-old" || /^\s+old\b/i.test(after)) return false;
  const num = normalizeWords(c.groups.num!);
  const single = num === "a" || num === "an" || num === "one";
  if (unit === "second" && single) return false;
  if (unit === "quarter" && (single || /^\s+of\b/i.test(after))) return false;
  if (unit === "quarter" && c.groups.which === undefined && amount < 1) return false;
  // "a day after ..." stays a duration; "one day he will ..." is not a measure.
  if (num === "one" && unit === "day" && c.groups.mod === undefined && !/^\s*[,.;]/.test(after) && /^\s+\p{L}/u.test(after) && /^\s*$|[.!?]\s*$/.test(c.text.slice(Math.max(0, c.start - 3), c.start))) return false;
  return true;
}

/* ------------------------------------------------------------------ sets */

export const setRules: Rule[] = [
  rule("every-month-name", `${B}(?:every|each)\\s+(?<month>${MONTH_FULL})${E}`, (c) => {
    const m = month(c.groups.month);
    return m === undefined ? null : { spec: { kind: "set", value: `XXXX-${String(m).padStart(2, "0")}`, unit: "year" } };
  }),
  rule("every-weekday", `${B}(?:every|each)\\s+(?<weekday>${WEEKDAY})(?:\\s+(?<pod>${POD}))?${E}`, (c) =>
    ({ spec: { kind: "set", value: weekdaySet(c.groups.weekday!, c.groups.pod) } }),
  ),
  rule("weekday-plural", `${B}(?:(?<every>every|each)\\s+)?(?<weekday>${WEEKDAY})s(?:\\s+(?<pod>mornings|afternoons|evenings|nights))?${E}`, (c) =>
    ({ spec: { kind: "set", value: weekdaySet(c.groups.weekday!, c.groups.pod) } }),
  ),
  rule("weekday-nights", `${B}(?<weekday>${WEEKDAY})\\s+(?<pod>mornings|afternoons|evenings|nights)${E}`, (c) =>
    ({ spec: { kind: "set", value: weekdaySet(c.groups.weekday!, c.groups.pod) } }),
  ),
  rule("every-unit", `${B}(?:every|each|per)\\s+(?:(?<other>other)\\s+|(?<num>${NUMBER})\\s+)?(?<unit>${UNIT})${E}(?!\\s+of\\b)`, (c) => {
    const unit = UNITS[c.groups.unit!.toLowerCase()]!;
    const amount = c.groups.other !== undefined ? 2 : c.groups.num !== undefined ? parseNumber(c.groups.num) : 1;
    if (amount === null) return null;
    return { spec: { kind: "set", value: durationValue(amount, unit), unit } };
  }),
  rule(
    "times-per",
    `${B}(?:(?<freq>once|twice|thrice|(?:${NUMBER})\\s+times)\\s+)?(?:a|an|per)\\s+(?<unit>day|night|week|month|year|quarter|hour|minute)${E}`,
    (c) => {
      const before = c.text.slice(Math.max(0, c.start - 24), c.start);
      // "$500 million a year", "10% a year": a rate is a set too.
      const rate = /(?:\d|%|cents?|dollars?|percent|euros?|pounds?|million|billion|shekels?|points?)\s*$/i.test(before);
      if (c.groups.freq === undefined && !rate) return null;
      const unit = UNITS[c.groups.unit!.toLowerCase()]!;
      return { spec: { kind: "set", value: durationValue(1, unit), unit } };
    },
  ),
  rule("frequency-word", `${B}(?<word>${alt(Object.keys(FREQUENCY_WORDS))})${E}`, (c) => {
    const next = /^\s*([\p{L}]+|[^\s\p{L}])?/u.exec(textAfter(c.text, c.end))?.[1];
    const adverbial = next === undefined || !/\p{L}/u.test(next) || ADVERB_FOLLOWERS.has(next.toLowerCase());
    if (!adverbial) return null;
    const frequency = FREQUENCY_WORDS[c.groups.word!.toLowerCase()]!;
    return { spec: { kind: "set", value: frequency.value, unit: frequency.unit } };
  }),
];

function weekdaySet(rawWeekday: string, rawPod: string | undefined): string {
  const clock = partOfDay(rawPod);
  const suffix = clock?.kind === "partOfDay" ? `T${clock.code}` : "";
  return `XXXX-WXX-${weekday(rawWeekday)}${suffix}`;
}


/* ------------------------------------------------------------------ references and clock times */

export const referenceRules: Rule[] = [
  rule("reference", `${B}(?<phrase>${alt(Object.keys(REFERENCE_WORDS))})${E}`, (c) => {
    const phrase = normalizeWords(c.groups.phrase!);
    const after = textAfter(c.text, c.end);
    if (!referenceContextOk(c, phrase, after)) return null;
    return { spec: { kind: "reference", reference: REFERENCE_WORDS[phrase]! } };
  }),
  rule("recent-period", `${B}(?:the\\s+)?(?<which>recent|coming|past|upcoming|future|next\\s+few|past\\s+few)\\s+(?<unit>days|weeks|months|years|decades|quarters)${E}`, (c) => {
    const past = /recent|past/i.test(c.groups.which!);
    return { spec: { kind: "reference", reference: past ? "PAST_REF" : "FUTURE_REF", unit: calendarUnit(c.groups.unit!.replace(/s$/, "")) } };
  }),
  rule("periods-ahead", `${B}the\\s+(?<unit>days|weeks|months|years)\\s+(?:ahead|to\\s+come)${E}`, (c) =>
    ({ spec: { kind: "reference", reference: "FUTURE_REF", unit: calendarUnit(c.groups.unit!.replace(/s$/, "")) } }),
  ),
];

function referenceContextOk(c: RuleContext, phrase: string, after: string): boolean {
  const before = c.text.slice(Math.max(0, c.start - 12), c.start).toLowerCase();
  if (phrase === "the future" && /^\s+of\b/i.test(after)) return false;
  if (phrase === "soon" && (/\bas\s+$/.test(before) || /^\s+(?:after|before|as|thereafter)\b/i.test(after))) return false;
  if (phrase === "current" && /^\s+(?:account|accounts|affairs|events)\b/i.test(after)) return false;
  if (phrase === "current" && /^\s*[,.;]/.test(after)) return false;
  return true;
}

const CLOCK_MOD = "around|about|approximately|shortly\\s+before|shortly\\s+after|just\\s+before|just\\s+after";

export const clockRules: Rule[] = [
  rule(
    "clock-12h",
    `${B}(?:(?<mod>${CLOCK_MOD})\\s+)?(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}\\p{N}])(?:\\s+\\(?(?<tz>${TIME_ZONE})\\)?${E})?`,
    (c) => {
      let hour = Number(c.groups.hour) % 12;
      if (/^p/i.test(c.groups.ampm!)) hour += 12;
      return { spec: { kind: "time", clock: { kind: "clock", hour, minute: Number(c.groups.minute ?? 0) } } };
    },
  ),
  rule("clock-24h", `${B}(?:(?<mod>${CLOCK_MOD})\\s+)?(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?::[0-5]\\d)?(?:\\s+\\(?(?<tz>${TIME_ZONE})\\)?)?${E}(?![:.,]\\d)`, (c) =>
    ({ spec: { kind: "time", clock: { kind: "clock", hour: Number(c.groups.hour), minute: Number(c.groups.minute) } } }),
  ),
  rule("noon-midnight", `${B}(?<word>noon|midnight|midday)${E}`, (c) => {
    const hour = /midnight/i.test(c.groups.word!) ? 24 : 12;
    return { spec: { kind: "time", clock: { kind: "clock", hour, minute: 0 } } };
  }),
];
