/**
 * PLOVER event coding of single sentences, against the PLOVER project's hand-coded
 * gold standard records (../shared/eval/plover/gsr.json, CC BY-SA 4.0).
 *
 * Per record, Dossier's chosen event (the most confident one it codes for the
 * sentence; none counts as wrong) against the gold `event`, after mapping the draft
 * names the records use to the 16 current types. Rows:
 * - event-type-accuracy, event-type-macro-f1 (F1 per type, averaged over the types the
 *   gold has), with a majority-class and a keyword baseline as peers;
 * - actor-found / recipient-found: the chosen event's actor (recipient) shares a content
 *   word with a gold source (target) `actorText`, over records that have one;
 * - consult-mode-accuracy: over gold CONSULT records with a mode.
 * A sentence coded twice in the gold (two events) is scored once per record, so a few
 * points are out of reach by construction.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { findEntities } from "../../stages/analyze/entities/index.js";
import type { EventCandidate, PloverEventType } from "../../stages/analyze/events/index.js";
import { codeEvents, keywordEvent, PLOVER_EVENT_TYPES } from "../../stages/analyze/events/index.js";
import { findTimeExpressions } from "../../stages/analyze/time/index.js";
import type { EntityMention, Sentence, TimeExpression } from "../../stages/analyze/types.js";
import type { EvalContext, EvalRow, EvalTask } from "../types.js";

interface GoldActor {
  actorText?: string;
}

interface GoldRecord {
  id: string;
  event: string;
  mode?: string;
  source?: GoldActor[] | string;
  target?: GoldActor[] | string;
  text: string;
}

/** Draft PLOVER names in the gold -> current types (../shared/eval/README.md). */
const OLD_NAMES: Readonly<Record<string, PloverEventType>> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};

/** Words that say nothing about who an actor is, left out of the overlap test. */
const STOP_WORDS = new Set(["the", "of", "a", "an", "and", "in", "s", "from", "for", "on", "to", "with", "by", "at", "its", "their", "his", "her"]);

export function goldType(event: string): PloverEventType | null {
  const mapped = OLD_NAMES[event] ?? event;
  return (PLOVER_EVENT_TYPES as readonly string[]).includes(mapped) ? (mapped as PloverEventType) : null;
}

/** Content words of an actor text, lower-case, dots dropped ("U.S." -> "us"). */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().replace(/\./g, "").split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => w.length > 0 && !STOP_WORDS.has(w)));
}

/** True when any predicted text shares a content word with any gold actor text. */
export function actorOverlap(predicted: string[], gold: string[]): boolean {
  const goldWords = new Set(gold.flatMap((g) => [...contentWords(g)]));
  return predicted.some((p) => [...contentWords(p)].some((w) => goldWords.has(w)));
}

/** Macro-F1 over the types present in the gold. */
export function macroF1(gold: PloverEventType[], predicted: Array<PloverEventType | null>): number {
  const types = [...new Set(gold)];
  let sum = 0;
  for (const type of types) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (g === type && p === type) tp++;
      else if (p === type) fp++;
      else if (g === type) fn++;
    });
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return types.length === 0 ? 0 : sum / types.length;
}

function actorTexts(value: GoldActor[] | string | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((a) => a.actorText ?? "").filter((t) => t.trim().length > 0);
}

function readGold(dataDir: string): GoldRecord[] {
  const file = path.join(dataDir, "plover", "gsr.json");
  const data = JSON.parse(readFileSync(file, "utf8")) as unknown;
  if (!Array.isArray(data)) throw new Error(`plover: expected an array of records in ${file}, found ${typeof data}`);
  return data.filter((r): r is GoldRecord => typeof r === "object" && r !== null && typeof (r as GoldRecord).text === "string" && typeof (r as GoldRecord).event === "string");
}

/**
 * Dossier's events for one sentence, through the same analysis steps the pipeline runs.
 * A failing upstream step (entities, times) is reported once and coded around, so this
 * task still measures the event coder while another stage is being worked on.
 */
function codeSentence(text: string, log: (message: string) => void): EventCandidate[] {
  const sentences: Sentence[] = [{ start: 0, end: text.length, text, kind: "body", paragraph: 0 }];
  const mentions: EntityMention[] = guarded("entity recogniser", () => findEntities(text, sentences), log);
  const times: TimeExpression[] = guarded("time resolver", () => findTimeExpressions(text, sentences, { published: null }), log);
  return codeEvents({ text, sentences, mentions, times, published: null });
}

const reported = new Set<string>();
function guarded<T>(stage: string, run: () => T[], log: (message: string) => void): T[] {
  try {
    return run();
  } catch (error) {
    if (!reported.has(stage)) log(`WARNING: ${stage} failed (${error instanceof Error ? error.message : String(error)}); coding without its output`);
    reported.add(stage);
    return [];
  }
}

function chosen(events: EventCandidate[]): EventCandidate | null {
  return events.reduce<EventCandidate | null>((best, e) => (best === null || e.confidence > best.confidence ? e : best), null);
}

function majorityClass(gold: PloverEventType[]): PloverEventType {
  const counts = new Map<PloverEventType, number>();
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

function accuracy(gold: PloverEventType[], predicted: Array<PloverEventType | null>): number {
  return gold.length === 0 ? 0 : gold.filter((g, i) => predicted[i] === g).length / gold.length;
}

function share(hits: boolean[]): number {
  return hits.length === 0 ? 0 : hits.filter(Boolean).length / hits.length;
}

export const ploverTask: EvalTask = {
  name: "plover",
  dataFolder: "plover",
  async run(context: EvalContext): Promise<EvalRow[]> {
    const records = readGold(context.dataDir).filter((r) => goldType(r.event) !== null);
    const fields = [...new Set(records.flatMap((r) => Object.keys(r)))].sort();
    context.log(`${records.length} records, ${new Set(records.map((r) => r.text)).size} distinct sentences; fields: ${fields.join(", ")}`);
    const gold = records.map((r) => goldType(r.event)!);

    const started = performance.now();
    const coded = records.map((r) => chosen(codeSentence(r.text, context.log)));
    const dossierSeconds = (performance.now() - started) / 1000;
    const predicted = coded.map((e) => e?.event ?? null);

    const keywordStarted = performance.now();
    const keyword = records.map((r) => keywordEvent(r.text));
    const keywordSeconds = (performance.now() - keywordStarted) / 1000;
    const majority = majorityClass(gold);
    const majorityPredicted = gold.map(() => majority);

    const withSource = records.map((r, i) => ({ gold: actorTexts(r.source), event: coded[i] ?? null })).filter((x) => x.gold.length > 0);
    const withTarget = records.map((r, i) => ({ gold: actorTexts(r.target), event: coded[i] ?? null })).filter((x) => x.gold.length > 0);
    const withMode = records.map((r, i) => ({ record: r, event: coded[i] ?? null })).filter((x) => goldType(x.record.event) === "CONSULT" && x.record.mode);

    logConfusions(context, gold, predicted);
    const speed = { dossier: records.length / dossierSeconds, peers: { keyword: records.length / keywordSeconds } };
    const row = (metric: string, dossier: number, n: number, peers: Record<string, number> = {}): EvalRow => ({ task: "plover", metric, dossier, peers, n });
    return [
      { ...row("event-type-accuracy", accuracy(gold, predicted), records.length, { majority: accuracy(gold, majorityPredicted), keyword: accuracy(gold, keyword) }), speed },
      row("event-type-macro-f1", macroF1(gold, predicted), records.length, { majority: macroF1(gold, majorityPredicted), keyword: macroF1(gold, keyword) }),
      row("actor-found", share(withSource.map((x) => x.event !== null && actorOverlap(x.event.actor.map((a) => a.text), x.gold))), withSource.length),
      row("recipient-found", share(withTarget.map((x) => x.event !== null && actorOverlap(x.event.recipient.map((a) => a.text), x.gold))), withTarget.length),
      row("consult-mode-accuracy", share(withMode.map((x) => x.event?.event === "CONSULT" && x.event.mode === x.record.mode)), withMode.length),
    ];
  },
};

/** The most frequent gold -> predicted confusions, to see where the coder errs. */
function logConfusions(context: EvalContext, gold: PloverEventType[], predicted: Array<PloverEventType | null>): void {
  const pairs = new Map<string, number>();
  gold.forEach((g, i) => {
    const p = predicted[i] ?? "none";
    if (p !== g) pairs.set(`${g}->${p}`, (pairs.get(`${g}->${p}`) ?? 0) + 1);
  });
  const top = [...pairs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  context.log(`most frequent confusions: ${top.map(([k, n]) => `${k} ${n}`).join(", ")}`);
}
