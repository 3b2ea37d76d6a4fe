/**
 * Claims grouped across articles, and whether the sources agree. The whole sequence:
 *   1. bucket by story, slot, and for positions the party whose stance it is
 *      (name keys, so "Najalah" and "Ziad al-Nakhala" are one party); direct quotes
 *      by their words; reported clauses are not compared;
 *   2. split each bucket by event: claims whose dates lie within `eventGapDays` are
 *      about one event (the truce "at the end of November" = the truce that "ended
 *      on December 1"); running totals are compared only within `runningTotalGapDays`
 *      of publication; undated claims join the event nearest their publication;
 *   3. a claim later replaced by the same outlet with another value is superseded;
 *   4. the rest is split into sides by value, and the group is agree / compatible /
 *      conflict, with the reasons.
 */
import type { Claim, ClaimValue } from "../../analyze/claims/types.js";
import { nameKeyTokens } from "../actors/name-key.js";
import { outletKey } from "../../analyze/claims/index.js";
import type { ClaimGroup, ClaimSide, ClaimSource, CompareOptions, GroupStatus } from "./types.js";
import { compareValues, NUMERIC_TOLERANCE, valueIdentity, valueLabel } from "./values.js";
import type { Relation } from "./values.js";

export { NUMERIC_TOLERANCE } from "./values.js";

/**
 * 7: outlets date one event by different edges of it: a week-long truce "at the end of
 * November" and the truce that "ended on December 1" are one event a day apart, and
 * its start and end a week apart. Separate rounds of a negotiation are weeks apart.
 */
export const EVENT_GAP_DAYS = 7;

/**
 * 2: tolls and counts of displaced people grow every day; figures published more than
 * two days apart are different counts, not a disagreement.
 */
export const RUNNING_TOTAL_GAP_DAYS = 2;

/** Slots whose figure is a running total that grows over time. */
export const RUNNING_TOTALS = new Set(["killed", "injured", "displaced", "hostages-held", "prisoners-held"]);

/** Units for the labels of figures. */
const UNITS: Record<string, string> = {
  "truce-days": "days", killed: "killed", injured: "injured", displaced: "displaced", "hostages-released": "hostages",
  "prisoners-released": "prisoners", "hostages-held": "hostages held", "prisoners-held": "prisoners held", "aid-trucks": "trucks",
  "aid-trucks-per-day": "trucks a day", population: "people", countries: "countries",
};

/** Counted words that only say which side or how: dropped before comparing descriptions. */
const DESCRIPTION_NOISE = new Set(["israeli", "palestinian", "israelis", "palestinians", "the", "other", "others", "more", "some", "all", "of", "and"]);
const DESCRIPTION_SYNONYMS: Record<string, string> = {
  captives: "hostages", captive: "hostages", hostage: "hostages", abductees: "hostages", detainees: "prisoners", detainee: "prisoners",
  prisoner: "prisoners", inmates: "prisoners", people: "people", persons: "people", lorries: "trucks", truck: "trucks",
};

const DAY_MS = 86_400_000;

interface Dated {
  claim: Claim;
  from: number | null;
  to: number | null;
}

function day(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function holderKey(claim: Claim): string {
  if (claim.value.type !== "stance") return "";
  const keys = claim.holder ? nameKeyTokens(claim.holder.text) : [];
  return keys[keys.length - 1] ?? "?";
}

function bucketKey(claim: Claim): string | undefined {
  const story = claim.storyId ?? "";
  if (claim.value.type === "text") {
    if (claim.value.form !== "quote") return undefined;
    return `${story}|quote|${claim.value.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`;
  }
  return `${story}|${claim.slot}|${holderKey(claim)}`;
}

function datedOf(claim: Claim): Dated {
  if (claim.when) return { claim, from: day(claim.when.from), to: day(claim.when.to) };
  if (RUNNING_TOTALS.has(claim.slot)) {
    const d = day(claim.published);
    return { claim, from: d, to: d };
  }
  return { claim, from: null, to: null };
}

/** Splits one bucket into events: dated claims by single link within the gap, undated ones to the nearest event. */
function splitByEvent(claims: Claim[], options: Required<CompareOptions>): Dated[][] {
  const dated = claims.map(datedOf);
  const gap = RUNNING_TOTALS.has(claims[0]!.slot) ? options.runningTotalGapDays : options.eventGapDays;
  const withDate = dated.filter((d) => d.from !== null).sort((a, b) => a.from! - b.from!);
  const events: Dated[][] = [];
  let reach = -Infinity;
  for (const d of withDate) {
    if (events.length === 0 || d.from! - reach > gap) events.push([]);
    events[events.length - 1]!.push(d);
    reach = Math.max(reach, d.to!);
  }
  const undated = dated.filter((d) => d.from === null);
  if (events.length === 0) return undated.length > 0 ? [undated] : [];
  for (const d of undated) {
    const published = day(d.claim.published);
    let best = events[0]!;
    let bestDistance = Infinity;
    for (const event of events) {
      const distance = published === null ? -event.length : Math.min(...event.map((e) => Math.abs(e.from! - published)));
      if (distance < bestDistance) {
        best = event;
        bestDistance = distance;
      }
    }
    best.push(d);
  }
  return events;
}

function sourceOf(claim: Claim): ClaimSource {
  const a = claim.attribution;
  const source: ClaimSource = {
    claimId: claim.id,
    articleId: claim.articleId,
    outlet: claim.outlet,
    published: claim.published,
    speaker: a.speaker ? (a.speaker.antecedent?.text ?? a.speaker.text) : null,
    chain: a.chain,
    hedged: a.hedged,
    sentence: claim.sentence.text,
  };
  if (claim.counted) source.counted = claim.counted;
  if (claim.when) source.when = claim.when.text;
  return source;
}

/** Claims an outlet replaced: same outlet, later publication, another value. */
function supersededOf(claims: Claim[], tolerance: number): Map<Claim, Claim> {
  const replaced = new Map<Claim, Claim>();
  for (const a of claims) {
    for (const b of claims) {
      if (a === b || !a.outlet || !b.outlet || outletKey(a.outlet) !== outletKey(b.outlet)) continue;
      const da = day(a.published);
      const db = day(b.published);
      if (da === null || db === null || db <= da) continue;
      if (compareValues(a.value, b.value, tolerance) === "same") continue;
      const current = replaced.get(a);
      if (!current || (day(current.published) ?? 0) < db) replaced.set(a, b);
    }
  }
  return replaced;
}

function descriptionKey(counted: string | undefined): string | undefined {
  if (!counted) return undefined;
  const words = counted.toLowerCase().split(/\s+/).map((w) => DESCRIPTION_SYNONYMS[w] ?? w).filter((w) => !DESCRIPTION_NOISE.has(w));
  return words.length === 0 ? undefined : [...new Set(words)].sort().join(" ");
}

function statusOf(sides: ClaimSide[], tolerance: number, current: Claim[]): { status: GroupStatus; reasons: string[] } {
  const reasons: string[] = [];
  const pairs: Array<{ text: string; relation: Relation }> = [];
  let worst: Relation = "same";
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      const relation = compareValues(sides[i]!.value, sides[j]!.value, tolerance);
      pairs.push({ text: `${sides[i]!.label} vs ${sides[j]!.label}`, relation });
      if (relation === "conflict") worst = "conflict";
      else if (relation === "compatible" && worst === "same") worst = "compatible";
    }
  }
  // Only the pairs that make the status: the conflicting ones in a conflict, else the compatible ones.
  for (const p of pairs) if (p.relation === (worst === "conflict" ? "conflict" : "compatible")) reasons.push(p.text);
  const descriptions = new Map<string, string>();
  for (const c of current) {
    const key = descriptionKey(c.counted);
    if (key !== undefined && !descriptions.has(key)) descriptions.set(key, c.counted!);
  }
  if (descriptions.size > 1) {
    reasons.push(`narrower description: ${[...descriptions.values()].map((d) => `“${d}”`).join(" vs ")}`);
    if (worst === "same") worst = "compatible";
  }
  const dates = new Map<string, string>();
  for (const c of current) if (c.when && !dates.has(`${c.when.from}/${c.when.to}`)) dates.set(`${c.when.from}/${c.when.to}`, c.when.text);
  if (dates.size > 1) {
    reasons.push(`dates: ${[...dates.values()].join(" vs ")}`);
    if (worst === "same") worst = "compatible";
  }
  const status: GroupStatus = worst === "same" ? "agree" : worst;
  return { status, reasons };
}

function sidesOf(claims: Claim[], slot: string): ClaimSide[] {
  const byValue = new Map<string, { value: ClaimValue; claims: Claim[] }>();
  for (const c of claims) {
    const key = valueIdentity(c.value);
    if (!byValue.has(key)) byValue.set(key, { value: c.value, claims: [] });
    byValue.get(key)!.claims.push(c);
  }
  return [...byValue.values()]
    .sort((a, b) => b.claims.length - a.claims.length)
    .map((s) => ({ value: s.value, label: valueLabel(s.value, UNITS[slot] ?? ""), sources: s.claims.map(sourceOf) }));
}

function groupOf(event: Dated[], index: number, options: Required<CompareOptions>): ClaimGroup | undefined {
  const claims = event.map((d) => d.claim);
  const replaced = supersededOf(claims, options.numericTolerance);
  const current = claims.filter((c) => !replaced.has(c));
  const articles = new Set(claims.map((c) => c.articleId));
  const values = new Set(current.map((c) => valueIdentity(c.value)));
  if (!options.includeSingletons && (claims.length < 2 || (articles.size < 2 && values.size < 2))) return undefined;
  const first = claims[0]!;
  const sides = sidesOf(current, first.slot);
  const { status, reasons } = statusOf(sides, options.numericTolerance, current);
  const froms = event.map((d) => d.from).filter((d): d is number => d !== null);
  const tos = event.map((d) => d.to).filter((d): d is number => d !== null);
  const superseded = [...replaced.entries()].map(([c, by]) => ({ ...sourceOf(c), supersededBy: by.id }));
  for (const s of superseded) reasons.push(`superseded: ${s.outlet} replaced its figure (${s.claimId} -> ${s.supersededBy})`);
  return {
    id: `${first.storyId ?? "none"}/${first.slot}/${index}`,
    storyId: first.storyId ?? null,
    slot: first.slot,
    holder: first.value.type === "stance" ? (claims.find((c) => c.holder)?.holder?.text ?? null) : null,
    when: froms.length > 0 ? { from: isoDay(Math.min(...froms)), to: isoDay(Math.max(...tos)) } : null,
    status,
    sides,
    superseded,
    reasons,
  };
}

/**
 * Groups claims about the same thing across articles and says whether their sources
 * agree, are compatible, or conflict.
 *
 * @example
 *   compareClaims([...claimsOf(nileWire), ...claimsOf(levantDaily)].map((c) => ({ ...c, storyId: "s1" })))
 *   // [{ slot: "truce-days", status: "conflict", sides: [{ label: "42 days", sources: [...] }, { label: "60 days", ... }] }]
 */
export function compareClaims(claims: Claim[], options: CompareOptions = {}): ClaimGroup[] {
  const resolved: Required<CompareOptions> = {
    numericTolerance: options.numericTolerance ?? NUMERIC_TOLERANCE,
    eventGapDays: options.eventGapDays ?? EVENT_GAP_DAYS,
    runningTotalGapDays: options.runningTotalGapDays ?? RUNNING_TOTAL_GAP_DAYS,
    includeSingletons: options.includeSingletons ?? false,
  };
  const buckets = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = bucketKey(c);
    if (key === undefined) continue;
    if (!buckets.has(key)) buckets.set(key, []);
    buckets.get(key)!.push(c);
  }
  const groups: ClaimGroup[] = [];
  const counters = new Map<string, number>();
  for (const bucket of buckets.values()) {
    for (const event of splitByEvent(bucket, resolved)) {
      const slotKey = `${bucket[0]!.storyId ?? "none"}/${bucket[0]!.slot}`;
      const n = counters.get(slotKey) ?? 0;
      const group = groupOf(event, n, resolved);
      if (!group) continue;
      counters.set(slotKey, n + 1);
      groups.push(group);
    }
  }
  const order: Record<GroupStatus, number> = { conflict: 0, compatible: 1, agree: 2 };
  return groups.sort((a, b) => order[a.status] - order[b.status] || a.id.localeCompare(b.id));
}
