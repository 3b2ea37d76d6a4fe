/**
 * Attribution frames of one sentence: who is said to say which part of it. A frame has
 * a speaker phrase, the links it names (source first, then channels) and the span of
 * what is attributed (its content). Four shapes, found in this order:
 *   according   "..., according to sources cited by Al-Qahera News." / "According to X, ..."
 *   lead        "Cited by Reuters on Sunday, a member ... said ..." (a channel for the rest)
 *   by-agent    "..., as announced by the movement."
 *   verb        "X told EFE that ...", "..., X said.", "“...,” said X.", "X, quoted by Y, said ..."
 * Frames nest: a claim takes the links of every frame whose content holds it, the
 * innermost first ("X said Y, according to Reuters" -> X, Reuters).
 */
import type { EntityMention, Sentence, Span } from "../types.js";
import {
  APPOSITION_START, BAD_SUBJECT_START, CLAUSE_BREAK, FIGURE_VERBS, MANNER_AFTER_VERB, REPORTING_VERBS, SPEAKER_HEADS,
  SPEAKER_PRONOUNS, SUBJECT_TAIL_WORDS, SUBORDINATORS, TIME_AFTER_VERB,
} from "./lexicon.js";
import { isMediaPhrase, linkFor, linksFor, mentionsIn, stripTrailingTime, trimPhrase } from "./links.js";
import type { Phrase } from "./links.js";
import type { Quote } from "./quotes.js";
import type { ChainLink } from "./types.js";

/**
 * 12: a speaker is a noun phrase ("a member of the resistance movement with knowledge
 * of the talks" is 11 words); longer, the "subject" is a clause that happens to end
 * before the verb.
 */
const MAX_SUBJECT_WORDS = 12;
/** "told ambassadors from 80 countries that ...": "that" may come this many words after the audience. */
const AUDIENCE_REACH_WORDS = 10;

export type FrameKind = "according" | "lead" | "by-agent" | "verb";

export interface Frame {
  sentence: number;
  kind: FrameKind;
  /** The verb or "according to", absolute offsets. */
  cueStart: number;
  cueEnd: number;
  cue: string;
  /** The speaker as written; null for a lead frame ("Cited by Reuters,"), which only names a channel. */
  subject: Phrase | null;
  /** Links this frame names, source first; the publisher is added later (chain.ts). */
  links: ChainLink[];
  contentStart: number;
  contentEnd: number;
  /** The content follows the cue ("said that ..."); false when it comes before ("..., X said"). */
  contentAfter: boolean;
  /** The opening participle phrase given to the speaker ("Underscoring X, Nakhala said"): it holds claims but is no statement. */
  opening?: boolean;
}

export interface SentenceView {
  sentence: Sentence;
  index: number;
  mentions: EntityMention[];
  quotes: Quote[];
}

const VERB_PATTERN = new RegExp(`\\b(?:${[...REPORTING_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, "\\s+")).join("|")})\\b`, "gi");
const ACCORDING = /\baccording\s+to\s+/gi;
const LEAD = /^\s*(?:Cited|Quoted|Speaking|Talking)\s+(?:by|to)\s+([^,]+),/;
/** "as announced by the movement": only with "as" — "a strategy, announced last week by the cabinet" is a modifier, not an attribution. */
const BY_AGENT = /\bas\s+(?:announced|reported|stated|confirmed|claimed|revealed|said|disclosed)\s+by\s+/gi;
/** A passive ("announced just last week by"): the verb does not introduce what someone said. */
const PASSIVE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?by\b/iu;
const DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "such", "as"]);
const TELL_VERBS = /^(?:told|tells|tell)$/i;
/** A sentence opening with a participle phrase ("Underscoring ..., ", "Stressing ..., "), up to its comma. */
const PARTICIPLE_OPENING = /^\s*(?!According\b)\p{Lu}\p{Ll}+ing\b[^,]*,/u;
const TO_VERBS = /^(?:indicated|said|spoke|speaking|explained|confirmed|stated|revealed|put\s+it|mentioned|added)$/i;

function inside(spans: Span[], offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}

/**
 * Start of the clause holding `offset`: just after the last clause break before it,
 * else the sentence start. Breaks inside a quote do not count: the quote is one thing said.
 */
export function clauseStart(sentence: Sentence, offset: number, quotes: Span[] = []): number {
  let start = sentence.start;
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + m.index;
    if (inside(quotes, at)) continue;
    if (at + m[0].length <= offset) start = at + m[0].length;
  }
  return start;
}

/** The noun phrase after `from` up to the first punctuation or " that " (for "according to X", "as announced by X"). */
function phraseAfter(sentence: Sentence, from: number): Phrase {
  const rest = sentence.text.slice(from - sentence.start);
  const stop = /[,;:.!?“”"—–(]|\s+that\s/.exec(rest);
  return stripTrailingTime(trimPhrase(rest.slice(0, stop ? stop.index : rest.length), from));
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}

/** Is this phrase someone who can speak: a name, a speaker noun or a pronoun? */
function isSpeaker(p: Phrase, mentions: EntityMention[]): boolean {
  const ws = wordsOf(p.text);
  if (ws.length === 0 || ws.length > MAX_SUBJECT_WORDS) return false;
  const first = ws[0]!.toLowerCase();
  if (BAD_SUBJECT_START.has(first)) return false;
  if (ws.length === 1 && SPEAKER_PRONOUNS.has(first)) return true;
  if (mentionsIn(mentions, p.start, p.end).length > 0) return true;
  return ws.some((w) => SPEAKER_HEADS.has(w.toLowerCase().replace(/['’]s$/, "")));
}

/** Drops trailing auxiliaries and adverbs ("Hamas has reportedly" -> "Hamas") and leading conjunctions. */
function cleanSubject(p: Phrase): Phrase {
  let text = p.text;
  let start = p.start;
  for (;;) {
    const m = /(?:^|\s)([\p{L}'’]+)\s*$/u.exec(text);
    if (!m || !SUBJECT_TAIL_WORDS.has(m[1]!.toLowerCase())) break;
    text = text.slice(0, m.index).trimEnd();
  }
  const lead = /^\s*(?:and|but|then|so|also|yet|meanwhile|however)\s+/i.exec(text);
  if (lead) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  return trimPhrase(text, start);
}

interface SubjectReading {
  subject: Phrase;
  /** Channels named in an apposition ("X, quoted by Israeli media, said"). */
  channels: Phrase[];
  inverted: boolean;
}

/** "“...,” said Mona Adel, a spokeswoman for ...": the speaker after the verb, up to the end of the sentence. */
function invertedSubject(view: SentenceView, verbEnd: number): Phrase | undefined {
  const rest = view.sentence.text.slice(verbEnd - view.sentence.start);
  const stop = /[.;!?]|$/.exec(rest)!;
  const p = trimPhrase(rest.slice(0, stop.index), verbEnd);
  // An inverted speaker starts with a name, a determiner or a number ("said Mona Adel", "said a spokesman"), not an adverb.
  if (!/^(?:\p{Lu}|\d|(?:a|an|the|one|two|three|several|some|many)\b)/u.test(p.text)) return undefined;
  if (/^(?:that|on|in|at|it|this|the\s+(?:talks|deal|group|movement)\b)/i.test(p.text)) return undefined;
  return isSpeaker(p, view.mentions) ? p : undefined;
}

/** The speaker of a verb: the noun phrase before it (skipping appositions), or after it when inverted. */
function subjectOf(view: SentenceView, verbStart: number, verbEnd: number, floor: number): SubjectReading | "inherit" | undefined {
  const { sentence, mentions } = view;
  const before = sentence.text.slice(0, verbStart - sentence.start);
  // "The member said the leaders had stressed that ...": the speaker of "stressed" starts after "said".
  let segStart = Math.max(0, floor - sentence.start);
  for (const m of before.matchAll(/[“”"(;:—–]|\s(?:while|whereas|but)\s|,\s*and\s/g)) segStart = Math.max(segStart, m.index + m[0].length);
  const segment = before.slice(segStart);
  const parts: Phrase[] = [];
  let offset = 0;
  for (const piece of segment.split(",")) {
    parts.push({ text: piece, start: sentence.start + segStart + offset, end: sentence.start + segStart + offset + piece.length });
    offset += piece.length + 1;
  }
  const last = cleanSubject(parts[parts.length - 1]!);
  if (last.text !== "") {
    if (/^(?:and|but)$/i.test(last.text)) return "inherit";
    return isSpeaker(last, mentions) && !APPOSITION_START.test(last.text) ? { subject: last, channels: [], inverted: false } : undefined;
  }
  if (parts.length === 1 && segStart > 0 && /\band\s*$/i.test(before)) return "inherit";
  // The verb follows a comma: an apposition ("The source, who ..., said"), a name ("A spokesperson, Youssef Darwish, said"), or inversion.
  let k = parts.length - 2;
  const channels: Phrase[] = [];
  while (k >= 0 && APPOSITION_START.test(parts[k]!.text)) {
    const by = /^\s*(?:quoted|cited)\s+by\s+/i.exec(parts[k]!.text);
    if (by) channels.push(stripTrailingTime(trimPhrase(parts[k]!.text.slice(by[0].length), parts[k]!.start + by[0].length)));
    k--;
  }
  if (k >= 0 && k < parts.length - 2) {
    const head = cleanSubject(parts[k]!);
    return isSpeaker(head, mentions) ? { subject: head, channels, inverted: false } : undefined;
  }
  if (k >= 1) {
    const name = trimPhrase(parts[k]!.text, parts[k]!.start);
    const role = cleanSubject(parts[k - 1]!);
    const person = mentionsIn(mentions, name.start, name.end).some((m) => m.type === "PERSON");
    if (person && isSpeaker(role, mentions)) {
      return { subject: { text: sentence.text.slice(role.start - sentence.start, name.end - sentence.start), start: role.start, end: name.end }, channels, inverted: false };
    }
  }
  const inverted = invertedSubject(view, verbEnd);
  if (inverted) return { subject: inverted, channels, inverted: true };
  if (k >= 0) {
    const p = cleanSubject(parts[k]!);
    if (isSpeaker(p, mentions)) return { subject: p, channels, inverted: false };
  }
  return undefined;
}

/** What follows a verb before the content: a channel ("told EFE", "indicated to EFE"), a time, a manner phrase, "that". */
function afterVerb(view: SentenceView, verb: string, verbEnd: number): { channel?: Phrase; contentStart: number; that: boolean } {
  const { sentence, mentions } = view;
  let pos = verbEnd;
  const rest = () => sentence.text.slice(pos - sentence.start);
  let channel: Phrase | undefined;
  const to = /^\s+to\s+/i.exec(rest());
  const addressee = TELL_VERBS.test(verb) ? /^\s+/.exec(rest()) : TO_VERBS.test(verb.replace(/\s+/g, " ")) && to ? to : null;
  if (addressee) {
    const from = pos + addressee[0].length;
    const mention = mentions.find((m) => m.start >= from && m.start <= from + 4);
    const named = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\d+))*/u.exec(sentence.text.slice(from - sentence.start));
    if (mention?.type === "MEDIA") {
      channel = { text: sentence.text.slice(from - sentence.start, mention.end - sentence.start), start: from, end: mention.end };
      channel = trimPhrase(channel.text, channel.start);
      pos = mention.end;
    } else if (named && isMediaPhrase({ text: named[0], start: from, end: from + named[0].length }, mentions)) {
      channel = { text: named[0], start: from, end: from + named[0].length };
      pos = channel.end;
    } else if (TELL_VERBS.test(verb)) {
      // An audience ("told ambassadors from 80 countries that"): what was said starts after "that".
      const that = /\bthat\b/.exec(rest());
      const audience = /^\s+(?:reporters|journalists|lawmakers|parliament|diplomats|the\s+press)\b/i.exec(rest());
      if (that && wordsOf(rest().slice(0, that.index)).length <= AUDIENCE_REACH_WORDS) pos += that.index;
      else if (audience) pos += audience[0].length;
      else if (named) pos = from + named[0].length;
    }
  }
  for (let guard = 0; guard < 4; guard++) {
    const m = TIME_AFTER_VERB.exec(rest()) ?? MANNER_AFTER_VERB.exec(rest());
    if (!m) break;
    pos += m[0].length;
  }
  const that = /^\s*,?\s*that\s+/i.exec(rest());
  if (that) pos += that[0].length;
  return { ...(channel ? { channel } : {}), contentStart: pos, that: that !== null };
}

/** Does real content follow the verb (a clause or a quote), or does the sentence end / go on with a comma? */
function contentFollows(view: SentenceView, contentStart: number): boolean {
  const rest = view.sentence.text.slice(contentStart - view.sentence.start);
  if (/^\s*,?\s*[“"]/.test(rest)) return true;
  if (/^\s*[,.;:!?)]/.test(rest) || rest.trim() === "") return false;
  const ws = wordsOf(rest);
  // "as many as 500 trucks": a qualifier, not the subordinator "as".
  if (/^\s*as\s+(?:many|much|few|little|high|low)\s+as\b/i.test(rest)) return true;
  return ws.length >= 2 && !SUBORDINATORS.has(ws[0]!.toLowerCase());
}

function accordingFrames(view: SentenceView, blocked: Span[]): Frame[] {
  const { sentence, mentions, quotes } = view;
  const frames: Frame[] = [];
  for (const m of sentence.text.matchAll(ACCORDING)) {
    const cueStart = sentence.start + m.index;
    if (inside(quotes, cueStart)) continue;
    const phrase = phraseAfter(sentence, cueStart + m[0].length);
    if (phrase.text === "") continue;
    const links = linksFor(phrase, mentions, sentence);
    const beforeText = sentence.text.slice(0, m.index).trimEnd();
    const afterPhrase = sentence.text.slice(phrase.end - sentence.start);
    // "According to X, ..." opens the sentence or a clause; "..., Qatar, according to X, highlighting ..." closes one.
    const leading = (beforeText === "" || /(?:[;:—–]|,\s*(?:and|but|while))$/.test(beforeText)) && /^\s*,/.test(afterPhrase);
    const contentStart = leading ? phrase.end + afterPhrase.indexOf(",") + 1 : clauseStart(sentence, cueStart, quotes);
    const contentEnd = leading ? sentence.end : cueStart;
    blocked.push({ start: cueStart, end: phrase.end });
    frames.push({
      sentence: view.index, kind: "according", cueStart, cueEnd: cueStart + m[0].length, cue: "according to",
      subject: links[0]!.phrase, links: links.map((l) => l.link), contentStart, contentEnd, contentAfter: leading,
    });
  }
  return frames;
}

function leadFrame(view: SentenceView, blocked: Span[]): Frame | undefined {
  const { sentence, mentions } = view;
  const m = LEAD.exec(sentence.text);
  if (!m) return undefined;
  const from = sentence.start + m[0].indexOf(m[1]!);
  const phrase = stripTrailingTime(trimPhrase(m[1]!, from));
  if (!isMediaPhrase(phrase, mentions)) return undefined;
  blocked.push({ start: sentence.start, end: sentence.start + m[0].length });
  return {
    sentence: view.index, kind: "lead", cueStart: sentence.start, cueEnd: from, cue: m[0].trim().split(/\s+/).slice(0, 2).join(" "),
    subject: null, links: [linkFor(phrase, mentions, "channel", sentence)], contentStart: sentence.start + m[0].length, contentEnd: sentence.end, contentAfter: true,
  };
}

function byAgentFrames(view: SentenceView, blocked: Span[]): Frame[] {
  const { sentence, mentions, quotes } = view;
  const frames: Frame[] = [];
  for (const m of sentence.text.matchAll(BY_AGENT)) {
    const cueStart = sentence.start + m.index;
    if (inside(quotes, cueStart) || inside(blocked, cueStart)) continue;
    const phrase = phraseAfter(sentence, cueStart + m[0].length);
    if (!isSpeaker(phrase, mentions)) continue;
    blocked.push({ start: cueStart, end: phrase.end });
    frames.push({
      sentence: view.index, kind: "by-agent", cueStart, cueEnd: cueStart + m[0].length, cue: m[0].trim(),
      subject: phrase, links: [linkFor(phrase, mentions, undefined, sentence)], contentStart: clauseStart(sentence, cueStart, quotes), contentEnd: cueStart, contentAfter: false,
    });
  }
  return frames;
}

function verbFrames(view: SentenceView, blocked: Span[]): Frame[] {
  const { sentence, mentions, quotes } = view;
  const frames: Frame[] = [];
  for (const m of sentence.text.matchAll(VERB_PATTERN)) {
    const verbStart = sentence.start + m.index;
    const verbEnd = verbStart + m[0].length;
    if (inside(quotes, verbStart) || inside(blocked, verbStart)) continue;
    // "the United States recalled": a capitalised verb inside a sentence is part of a name.
    if (/^\p{Lu}/u.test(m[0]) && m.index > 0 && !/[“"(:]\s*$/.test(sentence.text.slice(0, m.index))) continue;
    if (mentions.some((e) => e.start <= verbStart && verbEnd <= e.end)) continue;
    const previousWord = /([\p{L}'’]+)\s*$/u.exec(sentence.text.slice(0, m.index))?.[1]?.toLowerCase() ?? "";
    // "the claims", "the group's statement", "as stated": a noun or a set phrase, not a reporting verb here.
    if (DETERMINERS.has(previousWord) || /['’]s$/.test(previousWord)) continue;
    if (PASSIVE_AFTER.test(sentence.text.slice(verbEnd - sentence.start))) continue;
    const previous = frames[frames.length - 1];
    const floor = previous?.contentAfter && previous.contentStart <= verbStart ? previous.contentStart : sentence.start;
    const reading = subjectOf(view, verbStart, verbEnd, floor);
    if (reading === undefined) continue;
    const inherited = reading === "inherit" ? frames[frames.length - 1] : undefined;
    if (reading === "inherit" && !inherited) continue;
    const verb = m[0].toLowerCase().replace(/\s+/g, " ");
    const after = afterVerb(view, verb, verbEnd);
    const subject = inherited ? inherited.subject : (reading as SubjectReading).subject;
    const links: ChainLink[] = inherited ? [...inherited.links] : linksFor(subject!, mentions, sentence).map((l) => l.link);
    if (!inherited) for (const c of (reading as SubjectReading).channels) links.push(linkFor(c, mentions, "channel", sentence));
    if (after.channel) links.push(linkFor(after.channel, mentions, "channel", sentence));
    const inverted = !inherited && (reading as SubjectReading).inverted;
    let contentStart: number;
    let contentEnd: number;
    let contentAfter: boolean;
    if (!inverted && (FIGURE_VERBS.has(verb) || after.that || contentFollows(view, after.contentStart))) {
      contentStart = after.contentStart;
      contentEnd = sentence.end;
      contentAfter = true;
    } else {
      const anchor = inverted ? verbStart : subject!.start;
      contentStart = clauseStart(sentence, anchor, quotes);
      contentEnd = anchor;
      contentAfter = false;
      if (sentence.text.slice(contentStart - sentence.start, contentEnd - sentence.start).trim() === "") continue;
    }
    frames.push({ sentence: view.index, kind: "verb", cueStart: verbStart, cueEnd: verbEnd, cue: verb, subject, links, contentStart, contentEnd, contentAfter });
    // "Underscoring the principle of “all-for-all”, Nakhala said, “...”": the opening participle phrase is the speaker's too.
    const opening = PARTICIPLE_OPENING.exec(sentence.text);
    if (contentAfter && subject && opening && sentence.start + opening[0].length <= subject.start && !inside(blocked, sentence.start + 1)) {
      frames.push({
        sentence: view.index, kind: "verb", cueStart: verbStart, cueEnd: verbEnd, cue: verb, subject, links,
        contentStart: sentence.start, contentEnd: subject.start, contentAfter: false, opening: true,
      });
    }
  }
  return frames;
}

/** Where a later frame starts its clause: a verb's subject, or the cue ("according to"). */
function anchorOf(frame: Frame): number {
  return frame.kind === "verb" && frame.subject && frame.subject.start < frame.cueStart ? frame.subject.start : frame.cueStart;
}

/**
 * A content after its verb runs to the sentence end unless a later clause has its own
 * attribution: it stops at the clause break before it (", while a UN official said"),
 * or at a closing "according to" / "as announced by", which then holds it.
 */
function boundContents(view: SentenceView, frames: Frame[]): void {
  const { sentence, quotes } = view;
  for (const f of frames) {
    if (!f.contentAfter) continue;
    for (const g of frames) {
      if (g === f || g.opening) continue;
      const anchor = anchorOf(g);
      if (anchor <= f.contentStart || anchor >= f.contentEnd) continue;
      const breakAt = clauseStart(sentence, anchor, quotes);
      if (breakAt > f.contentStart) {
        const brk = [...sentence.text.slice(f.contentStart - sentence.start, breakAt - sentence.start).matchAll(CLAUSE_BREAK)].pop();
        f.contentEnd = Math.min(f.contentEnd, brk ? f.contentStart + brk.index : breakAt);
      } else if (!g.contentAfter) {
        // "X said Y, according to Reuters" / "..., Egyptian sources said": the closing attribution holds this one.
        f.contentEnd = Math.min(f.contentEnd, anchor);
      }
    }
  }
}

/** Every attribution frame of one sentence. */
export function findFrames(view: SentenceView): Frame[] {
  const blocked: Span[] = [];
  const frames = [...accordingFrames(view, blocked)];
  const lead = leadFrame(view, blocked);
  if (lead) frames.push(lead);
  frames.push(...byAgentFrames(view, blocked), ...verbFrames(view, blocked));
  frames.sort((a, b) => a.cueStart - b.cueStart);
  boundContents(view, frames);
  return frames;
}
