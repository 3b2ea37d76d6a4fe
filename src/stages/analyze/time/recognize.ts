/**
 * Finds time expressions in a text: runs every rule, keeps the longest of overlapping
 * candidates (rule order breaks ties), then joins a clock time with the day written
 * right after it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 6").
 */
import { RULES } from "./rules.js";
import type { Rule } from "./rules.js";
import type { Anchor, Recognized, TimeSpec } from "./spec.js";

interface Candidate extends Recognized {
  order: number;
}

/** Recognised expressions, sorted by start, never overlapping. */
export function recognize(text: string): Recognized[] {
  const candidates: Candidate[] = [];
  RULES.forEach((rule, order) => collect(rule, order, text, candidates));
  const chosen = selectLongest(candidates, text.length);
  return joinClockWithDay(text, chosen).map(({ start, end, spec, rule }) => ({ start, end, spec, rule }));
}

function collect(rule: Rule, order: number, text: string, out: Candidate[]): void {
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start) {
      pattern.lastIndex = start + 1;
      continue;
    }
    const built = rule.build({ text, match, groups: match.groups ?? {}, start, end });
    if (built === null) {
      // A refused match may hide a shorter one starting later inside it: look again from the next character.
      pattern.lastIndex = start + 1;
      continue;
    }
    out.push({ start: built.start ?? start, end: built.end ?? end, spec: built.spec, rule: rule.name, order });
  }
}

function selectLongest(candidates: Candidate[], textLength: number): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  // Characters already taken: checking a candidate costs its length, not the number chosen so far.
  const taken = new Uint8Array(textLength);
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Only white space or a comma between a clock time and its day. */
const CLOCK_DAY_GAP = /^\s*,?\s*$/;

function joinClockWithDay(text: string, expressions: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < expressions.length; i++) {
    const current = expressions[i]!;
    const next = expressions[i + 1];
    if (current.spec.kind === "time" && next !== undefined && isDay(next.spec) && CLOCK_DAY_GAP.test(text.slice(current.end, next.start))) {
      const day = next.spec as Extract<TimeSpec, { kind: "date" }>;
      out.push({ ...next, start: current.start, spec: { ...day, clock: current.spec.clock }, rule: `${current.rule}+${next.rule}` });
      i++;
      continue;
    }
    out.push(current);
  }
  return out;
}

function isDay(spec: TimeSpec): boolean {
  if (spec.kind !== "date" || spec.clock !== undefined) return false;
  const anchor: Anchor = spec.anchor;
  if (anchor.kind === "weekday") return true;
  if (anchor.kind === "relative") return anchor.unit === "day";
  return anchor.kind === "calendar" && anchor.day !== undefined;
}
