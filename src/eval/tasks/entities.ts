/**
 * Entity mention detection and cross-document entity coreference on ECB+.
 *
 * Gold types: HUMAN_PART_PER -> PERSON; HUMAN_PART_ORG and HUMAN_PART_MET (outlets and
 * institutions standing for their people: "CNN", "People Magazine") -> ORG;
 * LOC_GEO, LOC_FAC, LOC_OTHER and HUMAN_PART_GPE (countries acting) -> PLACE. As
 * metonymy names places as often as institutions ("Hollywood"), a PLACE prediction
 * over a HUMAN_PART_MET mention counts as a correct ORG. Other
 * HUMAN_PART_* tags (GENERIC, VEH, FAC) are not scored: a prediction over them counts
 * neither way. Dossier's MEDIA counts as ORG.
 *
 * PLACE is one type because ECB+ does not tell a GPE from a LOC: LOC_GEO holds both
 * "Los Angeles" and "New Zealand's highest peak", so scoring GPE and LOC apart would
 * only measure a distinction the gold does not make.
 *
 * Matching: a prediction matches a gold mention of the same type when their character
 * spans overlap (ECB+ spans include prepositions and articles: "in Los Angeles",
 * "the Betty Ford Center"), one to one, gold mentions in text order taking the first
 * free prediction. Only the sentences ECB+ lists as annotated are scored. ECB+ marks
 * the longest phrase ("the Promises Treatment Center in Malibu, California"), so a
 * further prediction lying inside a gold mention that another prediction matched
 * ("Malibu", "California") counts neither way.
 *
 * Headline figures (`mention-f1-*`) are on the NAMED gold mentions. ECB+ also marks
 * pronouns and common nouns ("she", "the actress", "police") that no name recogniser
 * is meant to find. A gold mention is named when one of its tokens starts with a
 * capital letter and is not a closed-class word ("He", "The", "This"...), and is
 * either not the first token of its sentence nor in a Title Case line, or is written
 * with a capital in such a position elsewhere in the same document (so "Police
 * arrested..." is not named, "Lohan was..." is, because "Lohan" appears mid-sentence
 * too). A prediction that matches an unnamed gold mention is left out of precision.
 * `mention-recall-allgold` is the recall over every gold mention, named or not.
 *
 * ECB+ annotates, in those sentences, the participants, times and places of the
 * topic's events, not every name: "Texas" or "CNN" in passing is left unmarked, and
 * counts as a false positive in `mention-f1-*`. `mention-f1-all-judged` takes
 * precision only over the predictions that overlap some ECB+ markable (any tag:
 * entity, event, time), so it scores types and spans where the annotators looked and
 * leaves names they did not consider out. Both figures are reported; the first is
 * the stricter.
 *
 * Cross-document coreference (`xdoc-entity-bcubed-f1`): every gold HUMAN_PART_* and
 * LOC_* mention with a CROSS_DOC_COREF instance is an item, its instance the gold
 * cluster; the predicted cluster is the actor the resolver gave the overlapping
 * predicted mention (a singleton when no prediction overlaps). All documents, all
 * topics, go through one resolver. The peer clusters compromise's mentions by their
 * lower-cased text.
 */
import path from "node:path";
import nlp from "compromise";
import { documentText, loadEcbPlus } from "../data/ecbplus.js";
import type { EcbDocument, EcbMention } from "../data/ecbplus.js";
import { bcubed, f1 } from "../metrics.js";
import type { EvalContext, EvalRow, EvalTask } from "../types.js";
import { splitSentences } from "../../stages/analyze/sentences.js";
import { findEntities } from "../../stages/analyze/entities/index.js";
import type { EntityMention, EntityType } from "../../stages/analyze/types.js";
import { ActorResolver } from "../../stages/link/actors/index.js";

type ScoredType = "PERSON" | "ORG" | "PLACE";
const SCORED_TYPES: ScoredType[] = ["PERSON", "ORG", "PLACE"];

const GOLD_TYPE: Record<string, ScoredType> = {
  HUMAN_PART_PER: "PERSON",
  HUMAN_PART_ORG: "ORG",
  HUMAN_PART_MET: "ORG",
  HUMAN_PART_GPE: "PLACE",
  LOC_GEO: "PLACE",
  LOC_FAC: "PLACE",
  LOC_OTHER: "PLACE",
};

const DOSSIER_TYPE: Record<EntityType, ScoredType> = { PERSON: "PERSON", ORG: "ORG", MEDIA: "ORG", GPE: "PLACE", LOC: "PLACE" };

/** Capitalised words that do not make a mention named: pronouns, determiners, and other closed-class words. */
const CLOSED_CLASS = new Set([
  "i", "he", "she", "it", "we", "they", "you", "him", "her", "them", "us", "me", "his", "hers", "its", "their", "our",
  "my", "your", "who", "whom", "whose", "which", "that", "this", "these", "those", "the", "a", "an", "some", "all",
  "both", "each", "every", "another", "other", "others", "one", "someone", "somebody", "anyone", "everyone", "nobody",
  "himself", "herself", "themselves", "itself", "in", "at", "on", "from", "to", "near", "into",
]);

/** Share of longer words with a capital that makes a line Title Case (same reading as the recogniser's). */
const TITLE_CASE_SHARE = 0.6;

interface Span {
  start: number;
  end: number;
  type: ScoredType;
}

interface GoldSpan extends Span {
  named: boolean;
  /** HUMAN_PART_MET: an institution or a place standing for its people ("CNN", "Hollywood"): ORG, and a PLACE prediction matches too. */
  metonymy: boolean;
  mention: EcbMention;
}

interface Counts {
  tp: Record<ScoredType, number>;
  predicted: Record<ScoredType, number>;
  /** Predictions that overlap some ECB+ markable (entity, event, time): the judged ones. */
  judged: Record<ScoredType, number>;
  gold: Record<ScoredType, number>;
  allGold: number;
  allGoldMatched: number;
}

export function emptyCounts(): Counts {
  const zero = () => ({ PERSON: 0, ORG: 0, PLACE: 0 });
  return { tp: zero(), predicted: zero(), judged: zero(), gold: zero(), allGold: 0, allGoldMatched: 0 };
}

export const entitiesTask: EvalTask = {
  name: "entities",
  dataFolder: "ecbplus",
  async run(context: EvalContext): Promise<EvalRow[]> {
    const documents = loadEcbPlus(path.join(context.dataDir, "ecbplus"));
    context.log(`${documents.length} documents`);
    const prepared = documents.map(prepare);

    // Warm-up outside the timing: wink's model loads on first use.
    findEntities("Warm up in Cairo.", splitSentences("Warm up in Cairo."));
    let started = performance.now();
    const ours = prepared.map((p) => findEntities(p.text, splitSentences(p.text)));
    const oursSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const theirs = prepared.map((p) => compromiseMentions(p.text));
    const theirsSeconds = (performance.now() - started) / 1000;

    const oursCounts = emptyCounts();
    const theirsCounts = emptyCounts();
    prepared.forEach((p, i) => {
      score(p, ours[i]!.map((m) => ({ start: m.start, end: m.end, type: DOSSIER_TYPE[m.type] })), oursCounts);
      score(p, theirs[i]!, theirsCounts);
    });

    const speed = { dossier: documents.length / oursSeconds, peers: { compromise: documents.length / theirsSeconds } };
    const rows: EvalRow[] = [];
    for (const type of [...SCORED_TYPES, "all"] as const) {
      rows.push({
        task: "entities",
        metric: `mention-f1-${type}`,
        dossier: typeF1(oursCounts, type),
        peers: { compromise: typeF1(theirsCounts, type) },
        n: type === "all" ? sum(oursCounts.gold) : oursCounts.gold[type],
        ...(type === "all" ? { speed } : {}),
      });
    }
    // The target is a gap: at least 0.20 of F1 above compromise. Pinned as a figure of its own so
    // that CI fails when the gap closes, whichever side moves.
    rows.push({
      task: "entities",
      metric: "mention-f1-all-gap-over-compromise",
      dossier: typeF1(oursCounts, "all") - typeF1(theirsCounts, "all"),
      peers: {},
      n: sum(oursCounts.gold),
    });
    rows.push({
      task: "entities",
      metric: "mention-f1-all-judged",
      dossier: typeF1(oursCounts, "all", "judged"),
      peers: { compromise: typeF1(theirsCounts, "all", "judged") },
      n: sum(oursCounts.gold),
    });
    rows.push({
      task: "entities",
      metric: "mention-recall-allgold",
      dossier: oursCounts.allGoldMatched / (oursCounts.allGold || 1),
      peers: { compromise: theirsCounts.allGoldMatched / (theirsCounts.allGold || 1) },
      n: oursCounts.allGold,
    });
    rows.push(crossDocumentRow(prepared, ours, theirs, context));
    return rows;
  },
};

export interface Prepared {
  doc: EcbDocument;
  text: string;
  /** Character range of each ECB+ sentence in `text`. */
  sentenceRanges: Map<number, { start: number; end: number }>;
  /** Scored gold mentions (annotated sentences, scored tags). */
  gold: GoldSpan[];
  /** Character ranges of gold mentions with tags that are not scored: predictions over them count neither way. */
  ignored: Array<{ start: number; end: number }>;
  /** Gold mentions with a cross-document instance, anywhere in the document. */
  linked: Array<{ start: number; end: number; instance: string; id: string }>;
  /** Every ECB+ markable (any tag) of the annotated sentences, for judged precision. */
  markables: Array<{ start: number; end: number }>;
}

export function prepare(doc: EcbDocument): Prepared {
  const { text, offsets } = documentText(doc);
  const sentenceRanges = new Map<number, { start: number; end: number }>();
  const tokensBySentence = new Map<number, typeof doc.tokens>();
  for (const token of doc.tokens) {
    const offset = offsets.get(token.id)!;
    const range = sentenceRanges.get(token.sentence);
    if (range) range.end = offset.end;
    else sentenceRanges.set(token.sentence, { start: offset.start, end: offset.end });
    const list = tokensBySentence.get(token.sentence) ?? [];
    list.push(token);
    tokensBySentence.set(token.sentence, list);
  }
  const titleSentences = new Set([...tokensBySentence].filter(([, tokens]) => isTitleCase(tokens.map((t) => t.text))).map(([s]) => s));
  const capitalisedInside = new Set<string>();
  for (const [sentence, tokens] of tokensBySentence) {
    if (titleSentences.has(sentence)) continue;
    tokens.slice(1).forEach((t) => {
      if (/^\p{Lu}/u.test(t.text)) capitalisedInside.add(t.text);
    });
  }
  const firstTokenIds = new Set([...tokensBySentence.values()].map((tokens) => tokens[0]!.id));
  const tokenById = new Map(doc.tokens.map((t) => [t.id, t]));

  const gold: GoldSpan[] = [];
  const ignored: Array<{ start: number; end: number }> = [];
  const linked: Prepared["linked"] = [];
  const markables: Prepared["markables"] = [];
  for (const mention of doc.mentions) {
    const spans = mention.tokenIds.map((id) => offsets.get(id)).filter((o) => o !== undefined);
    if (spans.length === 0) continue;
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    if (doc.annotatedSentences.has(mention.sentence)) markables.push({ start, end });
    if (!/^(HUMAN_PART|LOC_)/.test(mention.tag)) continue;
    if (mention.instance) linked.push({ start, end, instance: mention.instance, id: `${doc.name}#${mention.id}` });
    if (!doc.annotatedSentences.has(mention.sentence)) continue;
    const type = GOLD_TYPE[mention.tag];
    if (!type) {
      ignored.push({ start, end });
      continue;
    }
    const named = mention.tokenIds.some((id) => {
      const token = tokenById.get(id);
      if (!token || !/^\p{Lu}/u.test(token.text) || CLOSED_CLASS.has(token.text.toLowerCase())) return false;
      const positional = firstTokenIds.has(id) || titleSentences.has(token.sentence);
      return !positional || capitalisedInside.has(token.text);
    });
    gold.push({ start, end, type, named, metonymy: mention.tag === "HUMAN_PART_MET", mention });
  }
  return { doc, text, sentenceRanges, gold, ignored, linked, markables };
}

function isTitleCase(tokens: string[]): boolean {
  const longer = tokens.filter((t) => /^\p{L}{4,}/u.test(t));
  if (longer.length < 2) return false;
  return longer.filter((t) => /^\p{Lu}/u.test(t)).length / longer.length >= TITLE_CASE_SHARE;
}

function inAnnotatedSentence(p: Prepared, span: { start: number; end: number }): boolean {
  for (const sentence of p.doc.annotatedSentences) {
    const range = p.sentenceRanges.get(sentence);
    if (range && span.start < range.end && span.end > range.start) return true;
  }
  return false;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function score(p: Prepared, predictions: Span[], counts: Counts): void {
  const scored = predictions.filter((s) => inAnnotatedSentence(p, s));
  const used = new Set<number>();
  const typeFits = (s: Span, gold: GoldSpan) => s.type === gold.type || (gold.metonymy && s.type === "PLACE");
  const claim = (gold: GoldSpan): boolean => {
    const index = scored.findIndex((s, i) => !used.has(i) && typeFits(s, gold) && overlaps(s, gold));
    if (index === -1) return false;
    used.add(index);
    scored[index] = { ...scored[index]!, type: gold.type }; // a PLACE that matched a metonymy counts as ORG on both sides
    return true;
  };
  // Named gold first, so an unnamed mention never takes the prediction a named one needs.
  const matchedGold: GoldSpan[] = [];
  for (const gold of p.gold.filter((g) => g.named)) {
    counts.gold[gold.type]++;
    if (claim(gold)) {
      counts.tp[gold.type]++;
      matchedGold.push(gold);
    }
  }
  const excluded = new Set<number>();
  // Other names inside a matched gold phrase ("Malibu" in "the Promises Treatment Center in Malibu") count neither way.
  scored.forEach((s, i) => {
    if (!used.has(i) && matchedGold.some((g) => s.start >= g.start && s.end <= g.end)) excluded.add(i);
  });
  for (const gold of p.gold.filter((g) => !g.named)) {
    scored.forEach((s, i) => {
      if (!used.has(i) && overlaps(s, gold)) excluded.add(i);
    });
  }
  scored.forEach((s, i) => {
    if (p.ignored.some((r) => overlaps(r, s))) excluded.add(i);
    if (excluded.has(i) && !used.has(i)) return;
    counts.predicted[s.type]++;
    if (used.has(i) || p.markables.some((r) => overlaps(r, s))) counts.judged[s.type]++;
  });
  // All-mention recall, on its own matching.
  const allUsed = new Set<number>();
  for (const gold of p.gold) {
    counts.allGold++;
    const index = scored.findIndex((s, i) => !allUsed.has(i) && typeFits(s, gold) && overlaps(s, gold));
    if (index !== -1) {
      allUsed.add(index);
      counts.allGoldMatched++;
    }
  }
}

function sum(record: Record<ScoredType, number>): number {
  return record.PERSON + record.ORG + record.PLACE;
}

function typeF1(counts: Counts, type: ScoredType | "all", precisionOn: "predicted" | "judged" = "predicted"): number {
  const tp = type === "all" ? sum(counts.tp) : counts.tp[type];
  const predicted = type === "all" ? sum(counts[precisionOn]) : counts[precisionOn][type];
  const gold = type === "all" ? sum(counts.gold) : counts.gold[type];
  return f1(predicted === 0 ? 0 : tp / predicted, gold === 0 ? 0 : tp / gold);
}

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}

/** compromise's people, organisations and places, with its own offsets (trailing punctuation included, as it gives them). */
export function compromiseMentions(text: string): Span[] {
  const doc = nlp(text);
  const spans: Span[] = [];
  const add = (matches: CompromiseMatch[], type: ScoredType) => {
    for (const m of matches) spans.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
  };
  add(doc.people().json({ offset: true }) as CompromiseMatch[], "PERSON");
  add(doc.organizations().json({ offset: true }) as CompromiseMatch[], "ORG");
  add(doc.places().json({ offset: true }) as CompromiseMatch[], "PLACE");
  return spans;
}

function crossDocumentRow(prepared: Prepared[], ours: EntityMention[][], theirs: Span[][], context: EvalContext): EvalRow {
  const resolver = new ActorResolver();
  const ourActor: Array<Array<string | undefined>> = prepared.map((p, i) => {
    const resolutions = resolver.add(ours[i]!.map((mention) => ({ articleId: p.doc.name, mention })));
    return resolutions.map((r) => r.actorId);
  });
  context.log(`resolver: ${resolver.actors().length} actors from ${ours.reduce((n, m) => n + m.length, 0)} mentions`);
  const gold = new Map<string, string>();
  const predictedOurs = new Map<string, string>();
  const predictedTheirs = new Map<string, string>();
  prepared.forEach((p, i) => {
    for (const item of p.linked) {
      gold.set(item.id, item.instance);
      const ourIndex = bestOverlap(ours[i]!, item);
      if (ourIndex !== -1) predictedOurs.set(item.id, ourActor[i]![ourIndex] ?? `${item.id}:single`);
      const theirIndex = bestOverlap(theirs[i]!, item);
      if (theirIndex !== -1) {
        const span = theirs[i]![theirIndex]!;
        predictedTheirs.set(item.id, `${span.type}:${p.text.slice(span.start, span.end).toLowerCase().replace(/[^\p{L}\p{N} ]/gu, "").trim()}`);
      }
    }
  });
  return {
    task: "entities",
    metric: "xdoc-entity-bcubed-f1",
    dossier: bcubed(gold, predictedOurs).f1,
    peers: { compromise: bcubed(gold, predictedTheirs).f1 },
    n: gold.size,
  };
}

function bestOverlap(spans: Array<{ start: number; end: number }>, target: { start: number; end: number }): number {
  let best = -1;
  let bestLength = 0;
  spans.forEach((s, i) => {
    const length = Math.min(s.end, target.end) - Math.max(s.start, target.start);
    if (length > bestLength) {
      best = i;
      bestLength = length;
    }
  });
  return best;
}
