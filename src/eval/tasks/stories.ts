/**
 * Story clustering and cross-document event coreference on ECB+ (../shared/eval/ecbplus).
 *
 * Stories: every document of every topic goes through one StoryClusterer, in a fixed
 * shuffled order (seeded, so the figure is reproducible and does not profit from the
 * corpus being sorted by topic), scored with B-cubed against the gold story (topic +
 * ecb|ecbplus). The file-order figure is logged too, for comparison.
 *
 * ecbplus files open with the source URL, the title and a date line (in varying order
 * after the URL); the title goes in as the title, the date line as the publication date
 * and the URL's host as the outlet. ecb files have neither title nor date: a short first
 * line without final punctuation is taken as the title, as a headline would be.
 *
 * Each document then goes through the analysis the product runs before linking
 * (sentences, entity mentions, time expressions resolved against the date line), so
 * the clusterer sees the names and dates it sees in `dossier ingest`, not only words.
 *
 * Event coreference (baseline): ACTION_* mentions linked across documents are grouped by
 * predicted story + lemma of the mention's head word, scored with B-cubed over the gold
 * linked mentions (CROSS_DOC_COREF instance = gold cluster).
 */
import { createRequire } from "node:module";
import path from "node:path";
import * as chrono from "chrono-node";
import type WinkFn from "wink-nlp";
import type WinkModel from "wink-eng-lite-web-model";
import { bcubed } from "../metrics.js";
import { loadEcbPlus } from "../data/ecbplus.js";
import type { EcbDocument, EcbMention, EcbToken } from "../data/ecbplus.js";
import type { EvalRow, EvalTask } from "../types.js";
import { findEntities } from "../../stages/analyze/entities/index.js";
import { splitSentences } from "../../stages/analyze/sentences.js";
import { findTimeExpressions } from "../../stages/analyze/time/index.js";
import { DuplicateIndex } from "../../stages/link/duplicates/index.js";
import { StoryClusterer } from "../../stages/link/stories/index.js";
import type { StoryInput } from "../../stages/link/stories/index.js";
import { stem } from "../../stages/link/stories/stem.js";
import { STOPWORDS } from "../../stages/link/stories/words.js";

/** Seed of the document order: fixed so every run scores the same stream. */
const SHUFFLE_SEED = 20240601;
/** A date line is short; a longer sentence with a year in it is running text. */
const MAX_DATE_LINE_TOKENS = 16;
/** How many sentences after the URL may hold the title and the date line. */
const HEADER_SENTENCES = 4;
/** A first line of an ecb file longer than this is a lead sentence, not a headline. */
const MAX_HEADLINE_TOKENS = 16;

interface Sentence {
  number: number;
  tokens: EcbToken[];
  text: string;
}

/** Joins ECB tokens back into readable text: no space before punctuation or around "/" and ":". */
function joinTokens(tokens: EcbToken[]): string {
  return tokens
    .map((t) => t.text)
    .join(" ")
    .replace(/ ([,.;:!?%)'’]|'s|n't)/g, "$1")
    .replace(/([($]) /g, "$1")
    .replace(/ ?([/:]) ?/g, "$1");
}

function sentencesOf(doc: EcbDocument): Sentence[] {
  const bySentence = new Map<number, EcbToken[]>();
  for (const token of doc.tokens) {
    if (!bySentence.has(token.sentence)) bySentence.set(token.sentence, []);
    bySentence.get(token.sentence)!.push(token);
  }
  return [...bySentence].map(([number, tokens]) => ({ number, tokens, text: joinTokens(tokens) }));
}

const WRITTEN_YEAR = /\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;

/** ISO day of a date line, or null when the sentence is not one. */
function dateLine(sentence: Sentence): string | null {
  if (sentence.tokens.length > MAX_DATE_LINE_TOKENS || !/\d/.test(sentence.text)) return null;
  // Day-first numeric dates ("15/09/2013") come from non-US outlets; chrono reads them when told.
  const results = [...chrono.parse(sentence.text), ...chrono.en.GB.parse(sentence.text)];
  // A year must be written: chrono resolves "160 days ago" or "10 minutes earlier" against today.
  const dated = results.find((r) => WRITTEN_YEAR.test(r.text) && r.start.isCertain("month") && r.start.isCertain("day"));
  if (!dated) return null;
  const date = dated.start.date();
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2}|[a-z]{3})[/-](\d{1,2})(?:\/|$|[-_])/i;
const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** ISO day written in a URL path ("/2013/05/03/", "/2009/dec/07/"), the usual fallback of news extractors. */
function urlDate(url: string): string | null {
  const match = URL_DATE.exec(url);
  if (!match) return null;
  const month = /^\d+$/.test(match[2]!) ? Number(match[2]) : MONTH_ABBREVIATIONS.indexOf(match[2]!.toLowerCase()) + 1;
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${match[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function isHeadline(sentence: Sentence): boolean {
  return sentence.tokens.length <= MAX_HEADLINE_TOKENS && !/[.!?]["'”’]?$/.test(sentence.text);
}

/** The story input of an ECB+ document (see the module comment for the header rules). */
export function ecbStoryInput(doc: EcbDocument): StoryInput {
  const sentences = sentencesOf(doc);
  const used = new Set<number>();
  let outlet: string | null = null;
  let title: string | null = null;
  let published: string | null = null;
  const first = sentences[0];
  const url = first && /^https?:/.test(first.text) ? first.text : null;
  if (first && url) {
    used.add(first.number);
    outlet = /^https?:\/\/(?:www\.)?([^/]+)/.exec(url)?.[1] ?? null;
  }
  if (doc.half === "ecbplus") {
    for (const sentence of sentences.filter((s) => !used.has(s.number)).slice(0, HEADER_SENTENCES)) {
      const day = dateLine(sentence);
      if (day) {
        published ??= day;
        used.add(sentence.number);
      } else if (title === null) {
        title = sentence.text;
        used.add(sentence.number);
      }
    }
    if (published === null && url) published = urlDate(url);
  } else if (first && isHeadline(first)) {
    title = first.text;
    used.add(first.number);
  }
  const body = sentences
    .filter((s) => !used.has(s.number))
    .map((s) => s.text)
    .join("\n");
  // A file of one sentence is all headline: keep it as the text too, or nothing is left.
  const text = body === "" ? (title ?? "") : body;
  return { id: doc.name, title, text, published, outlet };
}

/** The input with the mentions and resolved times the analyze stage gives the link stage. */
function withAnalysis(input: StoryInput): StoryInput {
  const sentences = splitSentences(input.text);
  return {
    ...input,
    mentions: findEntities(input.text, sentences).map((m) => ({ text: m.text, type: m.type })),
    times: findTimeExpressions(input.text, sentences, { published: input.published }).map((t) => ({ value: t.value })),
  };
}

/** Fisher-Yates with mulberry32: the same order on every machine. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface ClusterRun {
  assignment: Map<string, string>;
  docsPerSecond: number;
}

function clusterStories(inputs: StoryInput[]): ClusterRun {
  const clusterer = new StoryClusterer();
  const started = performance.now();
  for (const input of inputs) clusterer.add(input);
  const seconds = (performance.now() - started) / 1000;
  // Read the stories at the end: a later article may merge or split earlier stories.
  const assignment = new Map(inputs.map((input) => [input.id, clusterer.storyOf(input.id)!]));
  return { assignment, docsPerSecond: inputs.length / Math.max(seconds, 1e-9) };
}

type Lemmatiser = (sentence: string[]) => string[];

/** wink-nlp lemmas of a tokenised sentence, one per token; isolated-word lemmas when wink splits differently. */
function loadLemmatiser(): Lemmatiser {
  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as typeof WinkFn;
  const model = require("wink-eng-lite-web-model") as typeof WinkModel;
  const nlp = winkNLP(model, ["sbd", "pos"]);
  // wink's typings declare its.lemma with the model add-ons argument that out() supplies itself.
  const lemma = nlp.its.lemma as unknown as typeof nlp.its.value;
  const lemmasOf = (text: string) => nlp.readDoc(text).tokens().out(lemma) as string[];
  return (tokens) => {
    const inContext = lemmasOf(tokens.join(" "));
    if (inContext.length === tokens.length) return inContext;
    return tokens.map((t) => lemmasOf(t)[0] ?? t);
  };
}

/** Head word of an action mention: its first word that is not a function word ("has been killed" -> "killed"). */
function headIndex(mention: EcbMention, tokens: Map<number, EcbToken>): number {
  const ids = mention.tokenIds;
  const content = ids.find((id) => {
    const text = tokens.get(id)?.text.toLowerCase() ?? "";
    return /\p{L}/u.test(text) && !STOPWORDS.has(text);
  });
  return content ?? ids[ids.length - 1]!;
}

function eventCoreference(docs: EcbDocument[], stories: Map<string, string>): { f1: number; n: number } {
  const lemmatise = loadLemmatiser();
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  for (const doc of docs) {
    const linked = doc.mentions.filter((m) => m.tag.startsWith("ACTION_") && m.instance !== undefined);
    if (linked.length === 0) continue;
    const tokens = new Map(doc.tokens.map((t) => [t.id, t]));
    const lemmaOfToken = new Map<number, string>();
    for (const sentence of new Set(linked.map((m) => m.sentence))) {
      const sentenceTokens = doc.tokens.filter((t) => t.sentence === sentence);
      const lemmas = lemmatise(sentenceTokens.map((t) => t.text));
      sentenceTokens.forEach((t, i) => lemmaOfToken.set(t.id, stem((lemmas[i] ?? t.text).toLowerCase())));
    }
    for (const mention of linked) {
      const item = `${doc.name}#${mention.id}`;
      gold.set(item, mention.instance!);
      predicted.set(item, `${stories.get(doc.name)}|${lemmaOfToken.get(headIndex(mention, tokens))}`);
    }
  }
  return { f1: bcubed(gold, predicted).f1, n: gold.size };
}

/**
 * Near-duplicates have no gold in ECB+; as a sanity check, the groups found should
 * never span two gold stories (syndicated copies report one event).
 */
function logDuplicates(inputs: StoryInput[], gold: Map<string, string>, log: (message: string) => void): void {
  const index = new DuplicateIndex();
  for (const input of inputs) index.add({ id: input.id, text: input.text, published: input.published });
  const groups = index.groups();
  const mixed = groups.filter((g) => new Set(g.members.map((m) => gold.get(m.id))).size > 1);
  const articles = groups.reduce((sum, g) => sum + g.members.length, 0);
  log(`near-duplicates: ${groups.length} groups of ${articles} articles, ${mixed.length} spanning two gold stories`);
}

export const storiesTask: EvalTask = {
  name: "stories",
  dataFolder: "ecbplus",
  async run(context) {
    const docs = loadEcbPlus(path.join(context.dataDir, "ecbplus"));
    const inputs = docs.map((doc) => withAnalysis(ecbStoryInput(doc)));
    const dated = inputs.filter((i) => i.published !== null).length;
    const titled = inputs.filter((i) => i.title !== null).length;
    context.log(`${docs.length} documents, ${titled} with a title, ${dated} with a publication date`);
    const gold = new Map(docs.map((d) => [d.name, d.goldStory]));

    const run = clusterStories(shuffled(inputs, SHUFFLE_SEED));
    const score = bcubed(gold, run.assignment);
    const fileOrder = bcubed(gold, clusterStories(inputs).assignment);
    const storyCount = new Set(run.assignment.values()).size;
    context.log(
      `shuffled (seed ${SHUFFLE_SEED}): ${storyCount} stories for ${new Set(gold.values()).size} gold; ` +
        `file order: P ${fileOrder.precision.toFixed(3)} R ${fileOrder.recall.toFixed(3)} F1 ${fileOrder.f1.toFixed(3)}`,
    );
    const events = eventCoreference(docs, run.assignment);
    const eventsGoldStories = eventCoreference(docs, gold);
    context.log(`event coreference with gold stories instead of predicted ones: B-cubed F1 ${eventsGoldStories.f1.toFixed(3)}`);
    logDuplicates(inputs, gold, context.log);

    const speed = { dossier: run.docsPerSecond, peers: {} };
    const row = (metric: string, value: number, n: number, withSpeed = false): EvalRow => ({
      task: "stories",
      metric,
      dossier: value,
      peers: {},
      n,
      ...(withSpeed ? { speed } : {}),
    });
    return [
      row("story-bcubed-p", score.precision, docs.length),
      row("story-bcubed-r", score.recall, docs.length),
      row("story-bcubed-f1", score.f1, docs.length, true),
      row("xdoc-event-bcubed-f1", events.f1, events.n),
    ];
  },
};
