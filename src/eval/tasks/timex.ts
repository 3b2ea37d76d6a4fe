/**
 * Evaluation task `timex`: time expressions on TimeBank (TempEval-3 TBAQ-cleaned,
 * ../shared/eval/timex/TimeBank/*.tml). The document creation time (the TIMEX3 with
 * functionInDocument="CREATION_TIME" inside <DCT>) is the publication date; the text is
 * <TEXT> with its tags stripped, offsets kept to place the gold TIMEX3 spans.
 *
 * Scores Dossier's findTimeExpressions and chrono-node (run on the same text with the
 * same reference date) against the gold TIMEX3 spans:
 *   span-f1-strict    exact offsets
 *   span-f1-relaxed   any overlap, one prediction per gold expression
 *   value-acc-<TYPE>  share of relaxed matches, by gold type, whose normalised value
 *                     equals the gold value (TimeML conventions: "1998-W32", "P3D",
 *                     "PAST_REF"...); value-acc-all over every match
 *   value-f1          relaxed match with the right value, as precision/recall over all
 *                     predictions and gold expressions (the TempEval-3 "value F1")
 * chrono's value is the ISO date at the granularity it knows (YYYY-MM-DD with a day,
 * YYYY-MM, YYYY; THH:MM added when it knows the hour).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as chrono from "chrono-node";
import { splitSentences } from "../../stages/analyze/sentences.js";
import { findTimeExpressions } from "../../stages/analyze/time/index.js";
import { f1 } from "../metrics.js";
import type { EvalContext, EvalRow, EvalTask } from "../types.js";

export interface TimemlTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimemlDocument {
  name: string;
  /** Creation time as written in the DCT, e.g. "1998-02-13T14:26:00". */
  creationTime: string;
  /** <TEXT> without its tags; entities decoded. */
  text: string;
  timexes: TimemlTimex[];
}

/** A predicted span with its normalised value (null when the system gives none). */
export interface PredictedSpan {
  start: number;
  end: number;
  value: string | null;
}

export const TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Reads one TimeML file: its creation time, its plain text and the gold TIMEX3 spans in it. */
export function parseTimeml(name: string, xml: string): TimemlDocument {
  const dct = /<DCT>[\s\S]*?<TIMEX3([^>]*)>/.exec(xml);
  const creationTime = dct ? attribute(dct[1]!, "value") : undefined;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (creationTime === undefined || body === null) {
    throw new Error(`timex: ${name}: expected a <DCT> TIMEX3 with a value and a <TEXT> element; found ${creationTime === undefined ? "no DCT value" : "no TEXT"}`);
  }
  let text = "";
  const timexes: TimemlTimex[] = [];
  const open: Array<{ start: number; type: string; value: string }> = [];
  const parts = body[1]!.split(/(<[^>]+>)/);
  for (const part of parts) {
    if (!part.startsWith("<")) {
      text += decodeEntities(part);
      continue;
    }
    if (/^<TIMEX3\b/.test(part)) {
      open.push({ start: text.length, type: attribute(part, "type") ?? "", value: attribute(part, "value") ?? "" });
    } else if (/^<\/TIMEX3>/.test(part)) {
      const o = open.pop();
      if (o) timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.type, value: o.value });
    }
  }
  return { name, creationTime, text, timexes: timexes.sort((a, b) => a.start - b.start) };
}

export function readTimeBank(folder: string): TimemlDocument[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith(".tml"))
    .sort()
    .map((f) => parseTimeml(f, readFileSync(path.join(folder, f), "utf8")));
}

/* ------------------------------------------------------------------ systems */

export function dossierSpans(doc: TimemlDocument): PredictedSpan[] {
  return findTimeExpressions(doc.text, splitSentences(doc.text), { published: doc.creationTime }).map((e) => ({ start: e.start, end: e.end, value: e.value }));
}

export function chronoSpans(doc: TimemlDocument): PredictedSpan[] {
  const [y, m, d] = doc.creationTime.slice(0, 10).split("-").map(Number);
  // Local noon: the same calendar day in any time zone chrono reads the Date in.
  const reference = new Date(y!, m! - 1, d!, 12);
  return chrono.parse(doc.text, reference).map((r) => ({ start: r.index, end: r.index + r.text.length, value: chronoValue(r.start) }));
}

function chronoValue(c: chrono.ParsedComponents): string {
  const p2 = (n: number | null) => String(n ?? 0).padStart(2, "0");
  const year = String(c.get("year") ?? 0).padStart(4, "0");
  const day = `${year}-${p2(c.get("month"))}-${p2(c.get("day"))}`;
  if (c.isCertain("hour")) return `${day}T${p2(c.get("hour"))}:${p2(c.get("minute"))}`;
  if (c.isCertain("day") || c.isCertain("weekday")) return day;
  if (c.isCertain("month")) return `${year}-${p2(c.get("month"))}`;
  if (c.isCertain("year")) return year;
  return day;
}

/* ------------------------------------------------------------------ scoring */

export interface SpanCounts {
  predicted: number;
  gold: number;
  strict: number;
  relaxed: number;
  /** Relaxed matches with the right value. */
  valueCorrect: number;
  /** Per gold type: relaxed matches, and those with the right value. */
  byType: Record<string, { matched: number; correct: number; gold: number }>;
}

export function emptyCounts(): SpanCounts {
  const byType: SpanCounts["byType"] = {};
  for (const t of TIMEX_TYPES) byType[t] = { matched: 0, correct: 0, gold: 0 };
  return { predicted: 0, gold: 0, strict: 0, relaxed: 0, valueCorrect: 0, byType };
}

/** Adds one document: strict = same offsets; relaxed = overlap, each prediction used once (largest overlap first). */
export function scoreDocument(gold: TimemlTimex[], predicted: PredictedSpan[], counts: SpanCounts): void {
  counts.predicted += predicted.length;
  counts.gold += gold.length;
  const usedStrict = new Set<number>();
  const usedRelaxed = new Set<number>();
  for (const g of gold) {
    const bucket = counts.byType[g.type] ?? (counts.byType[g.type] = { matched: 0, correct: 0, gold: 0 });
    bucket.gold++;
    const exact = predicted.findIndex((p, i) => !usedStrict.has(i) && p.start === g.start && p.end === g.end);
    if (exact !== -1) {
      usedStrict.add(exact);
      counts.strict++;
    }
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (!usedRelaxed.has(i) && overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best === -1) continue;
    usedRelaxed.add(best);
    counts.relaxed++;
    bucket.matched++;
    if (predicted[best]!.value === g.value) {
      bucket.correct++;
      counts.valueCorrect++;
    }
  }
}

export interface TimexFigures {
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  valueF1: number;
  valueAccuracy: Record<string, number | undefined>;
}

export function figures(c: SpanCounts): TimexFigures {
  const prf = (hits: number) => {
    const precision = c.predicted === 0 ? 0 : hits / c.predicted;
    const recall = c.gold === 0 ? 0 : hits / c.gold;
    return { precision, recall, f1: f1(precision, recall) };
  };
  const valueAccuracy: Record<string, number | undefined> = {};
  for (const [type, b] of Object.entries(c.byType)) valueAccuracy[type] = b.matched === 0 ? undefined : b.correct / b.matched;
  valueAccuracy.all = c.relaxed === 0 ? undefined : c.valueCorrect / c.relaxed;
  return { strict: prf(c.strict), relaxed: prf(c.relaxed), valueF1: prf(c.valueCorrect).f1, valueAccuracy };
}

/* ------------------------------------------------------------------ the task */

interface SystemRun {
  counts: SpanCounts;
  docsPerSecond: number;
}

function runSystem(docs: TimemlDocument[], system: (doc: TimemlDocument) => PredictedSpan[]): SystemRun {
  const counts = emptyCounts();
  let elapsed = 0;
  for (const doc of docs) {
    const started = performance.now();
    const predicted = system(doc);
    elapsed += performance.now() - started;
    scoreDocument(doc.timexes, predicted, counts);
  }
  return { counts, docsPerSecond: docs.length / Math.max(elapsed / 1000, 1e-9) };
}

export const timexTask: EvalTask = {
  name: "timex",
  dataFolder: "timex",
  async run(context: EvalContext): Promise<EvalRow[]> {
    const docs = readTimeBank(path.join(context.dataDir, "timex", "TimeBank"));
    context.log(`${docs.length} documents, ${docs.reduce((n, d) => n + d.timexes.length, 0)} gold TIMEX3`);
    // Warm-up outside the timing: the part-of-speech model loads on first use.
    if (docs[0] !== undefined) {
      dossierSpans(docs[0]);
      chronoSpans(docs[0]);
    }
    const dossier = runSystem(docs, dossierSpans);
    const peer = runSystem(docs, chronoSpans);
    const ours = figures(dossier.counts);
    const theirs = figures(peer.counts);
    const speed = { dossier: dossier.docsPerSecond, peers: { chrono: peer.docsPerSecond } };
    const gold = dossier.counts.gold;
    const rows: EvalRow[] = [
      { task: "timex", metric: "span-f1-relaxed", dossier: ours.relaxed.f1, peers: { chrono: theirs.relaxed.f1 }, speed, n: gold },
      { task: "timex", metric: "span-precision-relaxed", dossier: ours.relaxed.precision, peers: { chrono: theirs.relaxed.precision }, n: gold },
      { task: "timex", metric: "span-recall-relaxed", dossier: ours.relaxed.recall, peers: { chrono: theirs.relaxed.recall }, n: gold },
      { task: "timex", metric: "span-f1-strict", dossier: ours.strict.f1, peers: { chrono: theirs.strict.f1 }, n: gold },
    ];
    for (const type of [...TIMEX_TYPES, "all"]) {
      const value = ours.valueAccuracy[type];
      if (value === undefined) continue;
      const peerValue = theirs.valueAccuracy[type];
      const n = type === "all" ? gold : dossier.counts.byType[type]?.gold ?? 0;
      rows.push({ task: "timex", metric: `value-acc-${type}`, dossier: value, peers: peerValue === undefined ? {} : { chrono: peerValue }, n });
    }
    rows.push({ task: "timex", metric: "value-f1", dossier: ours.valueF1, peers: { chrono: theirs.valueF1 }, n: gold });
    return rows;
  },
};
