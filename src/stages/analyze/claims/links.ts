/**
 * Chain links from the noun phrases of an attribution: "sources cited by Al-Qahera
 * News" is a source and a channel; "Egyptian television Al Qahera News" and "Israeli
 * media" are channels; "a Palestinian diplomatic source" is a source. Also: which
 * entity mention a phrase names, and whether a link is the publishing outlet itself.
 */
import type { EntityMention, EntityType } from "../types.js";
import { ANAPHOR_HEADS, MEDIA_HEADS, MEDIA_NAME_WORDS } from "./lexicon.js";
import type { ChainLink } from "./types.js";

/** Which mention speaks for a phrase: a person before an organisation, outlet or place. */
const MENTION_PRIORITY: EntityType[] = ["PERSON", "ORG", "MEDIA", "GPE", "LOC"];

export interface Phrase {
  text: string;
  start: number;
  end: number;
}

export function mentionsIn(mentions: EntityMention[], start: number, end: number): EntityMention[] {
  return mentions.filter((m) => m.start < end && start < m.end);
}

/** A place after "in", "at", "from"... is where, not who: "Reports from ... outlets in Cairo" is not Cairo. */
const PLACE_PREPOSITION = /\b(?:in|at|from|into|near|inside|across|over|to|toward|towards|on|of|between|through)\s+(?:the\s+)?$/i;

/** Text with the offset of its first character: a sentence, or the whole article (start 0). */
export interface TextRef {
  text: string;
  start: number;
}

export function isPlaceComplement(mention: EntityMention, ref: TextRef): boolean {
  const at = mention.start - ref.start;
  return (mention.type === "GPE" || mention.type === "LOC") && at >= 0 && PLACE_PREPOSITION.test(ref.text.slice(Math.max(0, at - 20), at));
}

/**
 * The mention a phrase names: a person before an organisation, outlet or place; places
 * after a preposition are left out when `text` (the article text) is given.
 */
export function mainMention(mentions: EntityMention[], start: number, end: number, ref?: TextRef): EntityMention | undefined {
  const inside = mentionsIn(mentions, start, end).filter((m) => ref === undefined || !isPlaceComplement(m, ref));
  for (const type of MENTION_PRIORITY) {
    const found = inside.find((m) => m.type === type);
    if (found) return found;
  }
  return undefined;
}

/** Trims spaces and the punctuation around a phrase, keeping offsets right. */
export function trimPhrase(text: string, start: number): Phrase {
  const lead = text.length - text.replace(/^[\s,;:—–-]+/, "").length;
  const body = text.slice(lead).replace(/[\s,;:.—–-]+$/, "");
  return { text: body, start: start + lead, end: start + lead + body.length };
}

/** "Reuters on Sunday" -> "Reuters"; "the ministry in a statement" -> "the ministry". */
export function stripTrailingTime(p: Phrase): Phrase {
  const m = /\s+(?:(?:late|early)\s+)?(?:on|last|this|earlier|later|in\s+a\s+(?:joint\s+)?statement)\b.*$/i.exec(p.text);
  if (!m || m.index === 0) return p;
  return { text: p.text.slice(0, m.index), start: p.start, end: p.start + m.index };
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[’']s\b/g, "").match(/[\p{L}\p{N}-]+/gu) ?? [];
}

/** A phrase that relays rather than originates: an outlet's name, or a media head ("Israeli media", "Reports in the press"). */
export function isMediaPhrase(p: Phrase, mentions: EntityMention[]): boolean {
  const head = headWord(p.text);
  // "a correspondent's source at Reuters" is a person; "Egyptian television Al Qahera News" is an outlet.
  if (ANAPHOR_HEADS.has(head)) return false;
  if (mentionsIn(mentions, p.start, p.end).some((m) => m.type === "MEDIA")) return true;
  const ws = words(p.text);
  if (MEDIA_HEADS.has(head) || ws.some((w) => MEDIA_HEADS.has(w))) return true;
  // An outlet the recogniser did not know: capitalised words with a media word among them ("the Delta Courier", "Channel 12").
  const capitalised = p.text.replace(/^the\s+/i, "").split(/\s+/).every((w) => /^(?:\p{Lu}|\d)/u.test(w));
  return capitalised && ws.some((w) => MEDIA_NAME_WORDS.has(w));
}

/**
 * The head noun of a phrase: the last word before a preposition, relative word or
 * participle ("a member of the movement" -> "member", "An Egyptian source quoted by
 * Nile Wire" -> "source").
 */
export function headWord(text: string): string {
  const cut = text.split(/\s+(?:of|for|from|in|at|with|on|close|familiar|briefed|quoted|cited|who|which|that|based|speaking|asking)\b|,/i)[0] ?? text;
  const ws = words(cut);
  return ws[ws.length - 1] ?? "";
}

export function linkFor(p: Phrase, mentions: EntityMention[], role?: "source" | "channel", ref?: TextRef): ChainLink {
  const link: ChainLink = { role: role ?? (isMediaPhrase(p, mentions) ? "channel" : "source"), text: p.text };
  const main = mainMention(mentions, p.start, p.end, ref);
  if (main) link.entityType = main.type;
  return link;
}

/** "sources cited by Al-Qahera News" -> [source "sources", channel "Al-Qahera News"]. */
export function linksFor(p: Phrase, mentions: EntityMention[], ref?: TextRef): Array<{ link: ChainLink; phrase: Phrase }> {
  const split = /,?\s+(?:quoted|cited|reported)\s+by\s+/i.exec(p.text);
  if (!split) return [{ link: linkFor(p, mentions, undefined, ref), phrase: p }];
  const first = trimPhrase(p.text.slice(0, split.index), p.start);
  const second = stripTrailingTime(trimPhrase(p.text.slice(split.index + split[0].length), p.start + split.index + split[0].length));
  const out: Array<{ link: ChainLink; phrase: Phrase }> = [];
  if (first.text !== "") out.push({ link: linkFor(first, mentions, undefined, ref), phrase: first });
  if (second.text !== "") out.push({ link: linkFor(second, mentions, "channel", ref), phrase: second });
  return out;
}

/** Outlet names compared loosely: "the Sinai Observer" = "sinaiobserver.example" = "Sinai Observer". */
export function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\.(?:example|com|org|net|co\.uk|info|news)$/, "")
    .replace(/^www\./, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}
