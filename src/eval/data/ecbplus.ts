/**
 * Reader for the ECB+ corpus as laid out in ../shared/eval/ecbplus (see its README):
 * `<topic>/<topic>_<n>ecb.xml` and `..._<n>ecbplus.xml`, each a token list, markables
 * anchored on tokens, and CROSS_DOC_COREF relations whose `note` is the instance id
 * shared across documents. Shared by the entity, story and event-coreference tasks.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";

export interface EcbToken {
  id: number;
  sentence: number;
  text: string;
}

export interface EcbMention {
  id: number;
  /** Markable tag, e.g. HUMAN_PART_PER, LOC_GEO, ACTION_OCCURRENCE. */
  tag: string;
  tokenIds: number[];
  sentence: number;
  text: string;
  /** Cross-document instance id (the CROSS_DOC_COREF note), when the mention is linked. */
  instance?: string;
}

export interface EcbDocument {
  /** File name without extension, e.g. "1_10ecbplus". */
  name: string;
  topic: number;
  /** "ecb" or "ecbplus": with the topic, the gold story of the document. */
  half: "ecb" | "ecbplus";
  /** Gold story cluster: `${topic}${half}`. */
  goldStory: string;
  tokens: EcbToken[];
  mentions: EcbMention[];
  /** Sentence numbers annotated with mentions (from ECBplus_coreference_sentences.csv). */
  annotatedSentences: Set<number>;
}

const TOKEN_PATTERN = /<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g;
const MARKABLE_PATTERN = /<([A-Z_]+) m_id="(\d+)"[^>]*?(\/?)>([\s\S]*?)(?=<[A-Z_]+ m_id=|<\/Markables>)/g;
const ANCHOR_PATTERN = /<token_anchor t_id="(\d+)"\s*\/>/g;
const RELATION_PATTERN = /<CROSS_DOC_COREF r_id="\d+" note="([^"]*)"\s*>([\s\S]*?)<\/CROSS_DOC_COREF>/g;
const SOURCE_PATTERN = /<source m_id="(\d+)"\s*\/>/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Parses one ECB+ XML file. `annotated` lists the sentence numbers the corpus annotates. */
export function parseEcbDocument(xml: string, name: string, annotated: Set<number>): EcbDocument {
  const match = /^(\d+)_\d+(ecbplus|ecb)$/.exec(name);
  if (!match) throw new Error(`ecbplus: file name ${name} is not <topic>_<n>ecb[plus]`);
  const topic = Number(match[1]);
  const half = match[2] as "ecb" | "ecbplus";

  const tokens: EcbToken[] = [];
  for (const m of xml.matchAll(TOKEN_PATTERN)) {
    tokens.push({ id: Number(m[1]), sentence: Number(m[2]), text: decodeEntities(m[3]!) });
  }
  const tokenById = new Map(tokens.map((t) => [t.id, t]));

  const markablesSection = /<Markables>([\s\S]*?<\/Markables>)/.exec(xml)?.[1] ?? "";
  const mentions: EcbMention[] = [];
  for (const m of markablesSection.matchAll(MARKABLE_PATTERN)) {
    const tokenIds = [...m[4]!.matchAll(ANCHOR_PATTERN)].map((a) => Number(a[1]));
    if (tokenIds.length === 0) continue; // instance markables (TAG_DESCRIPTOR) have no anchors
    const anchored = tokenIds.map((id) => tokenById.get(id)).filter((t): t is EcbToken => t !== undefined);
    mentions.push({
      id: Number(m[2]),
      tag: m[1]!,
      tokenIds,
      sentence: anchored[0]?.sentence ?? -1,
      text: anchored.map((t) => t.text).join(" "),
    });
  }
  const mentionById = new Map(mentions.map((m) => [m.id, m]));
  for (const r of xml.matchAll(RELATION_PATTERN)) {
    for (const s of r[2]!.matchAll(SOURCE_PATTERN)) {
      const mention = mentionById.get(Number(s[1]));
      if (mention) mention.instance = r[1]!;
    }
  }
  return { name, topic, half, goldStory: `${topic}${half}`, tokens, mentions, annotatedSentences: annotated };
}

/** Reads every document of the corpus folder, sorted by topic then file name. */
export function loadEcbPlus(folder: string): EcbDocument[] {
  const annotated = new Map<string, Set<number>>();
  const csvPath = path.join(folder, "ECBplus_coreference_sentences.csv");
  if (existsSync(csvPath)) {
    for (const line of readFileSync(csvPath, "utf8").split(/\r?\n/).slice(1)) {
      const [topic, file, sentence] = line.split(",");
      if (!topic || !file || sentence === undefined) continue;
      const key = `${topic}_${file}`;
      if (!annotated.has(key)) annotated.set(key, new Set());
      annotated.get(key)!.add(Number(sentence));
    }
  }
  const documents: EcbDocument[] = [];
  const topics = readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d+$/.test(d.name))
    .map((d) => d.name)
    .sort((a, b) => Number(a) - Number(b));
  for (const topic of topics) {
    const files = readdirSync(path.join(folder, topic)).filter((f) => f.endsWith(".xml")).sort();
    for (const file of files) {
      const name = file.replace(/\.xml$/, "");
      const xml = readFileSync(path.join(folder, topic, file), "utf8");
      documents.push(parseEcbDocument(xml, name, annotated.get(name) ?? new Set()));
    }
  }
  return documents;
}

/** Plain text of a document: sentences joined by newlines, tokens by spaces, with each token's offsets. */
export function documentText(doc: EcbDocument, options: { skipSentences?: number[] } = {}): {
  text: string;
  offsets: Map<number, { start: number; end: number }>;
} {
  const skip = new Set(options.skipSentences ?? []);
  const offsets = new Map<number, { start: number; end: number }>();
  let text = "";
  let currentSentence: number | null = null;
  for (const token of doc.tokens) {
    if (skip.has(token.sentence)) continue;
    if (currentSentence !== null && token.sentence !== currentSentence) text += "\n";
    else if (currentSentence !== null) text += " ";
    currentSentence = token.sentence;
    offsets.set(token.id, { start: text.length, end: text.length + token.text.length });
    text += token.text;
  }
  return { text, offsets };
}
