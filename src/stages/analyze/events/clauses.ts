/**
 * A shallow clause map of one sentence, without a parser: every token gets the role of
 * the clause it sits in. News sentences put their news in the main clause ("Israel
 * released 240 prisoners") or in what a reporting verb reports ("..., officials said");
 * background goes into adverbial clauses ("after talks collapsed"), relative clauses
 * ("who was killed") and participial tails (", killing 20").
 *
 * Rules, left to right: a subordinator opens a subordinate clause; a relative pronoun
 * (or "that" followed by a verb) opens a relative clause; "that" followed by a subject,
 * or the words after a reporting verb, open a complement; a comma followed by an -ing
 * or -ed verb opens a participial clause; brackets hold a parenthetical. A comma closes
 * a subordinate, relative or participial clause and returns to the clause around it.
 */
import type { Token } from "./nlp.js";
import { hasForm } from "./nlp.js";
import { COMPLEMENT_NOUNS, CONDITIONALS, RELATIVES, REPORTING_VERBS, SUBORDINATORS } from "./words.js";

export type ClauseRole = "main" | "complement" | "subordinate" | "relative" | "participial" | "parenthetical";

export interface ClauseInfo {
  role: ClauseRole;
  /** Increments at each new clause: two tokens with the same id are in the same clause. */
  id: number;
  /** Token index where this clause starts. */
  start: number;
  /** Inside an "if" / "unless" clause, or a goal ("objective: to end the offensive, compel ..."). */
  conditional: boolean;
}

/**
 * How much an event in a clause of this role is the sentence's news. Main and
 * complement clauses carry it; a relative clause describes a participant; adverbial
 * and participial clauses give background or consequence.
 */
export const ROLE_WEIGHT: Readonly<Record<ClauseRole, number>> = {
  main: 1,
  complement: 1,
  subordinate: 0.6,
  participial: 0.65,
  relative: 0.5,
  parenthetical: 0.4,
};

const OPEN_BRACKETS = new Set(["(", "["]);
const CLOSE_BRACKETS = new Set([")", "]"]);
const SOFT_BREAKS = new Set([",", "—", "–", "--"]);
const HARD_BREAKS = new Set([";", ":"]);
const VERBISH = new Set(["VERB", "AUX"]);

/** True when the token is a reporting verb used as a verb ("said", "told"). */
export function isReportingVerb(token: Token | undefined): boolean {
  return token !== undefined && token.pos === "VERB" && hasForm(token, REPORTING_VERBS);
}

export function mapClauses(tokens: Token[]): ClauseInfo[] {
  const infos: ClauseInfo[] = [];
  let id = 0;
  let current: ClauseInfo = { role: "main", id, start: 0, conditional: false };
  // The clause a comma returns to: main, or the complement of a reporting verb.
  let outer: ClauseInfo = current;
  // Whether that clause has had its verb yet: "X, an apposition, investigated ..." has not.
  let outerHasVerb = false;
  let currentHasVerb = false;
  const bracketStack: ClauseInfo[] = [];
  const open = (role: ClauseRole, start: number, conditional = false): ClauseInfo => {
    id++;
    return { role, id, start, conditional };
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (OPEN_BRACKETS.has(token.text) && i > 0) {
      bracketStack.push(current);
      current = open("parenthetical", i);
    } else if (CLOSE_BRACKETS.has(token.text) && bracketStack.length > 0) {
      infos.push(current);
      current = bracketStack.pop()!;
      continue;
    } else if (HARD_BREAKS.has(token.text)) {
      infos.push(current);
      // "a clear objective: to end the offensive, compel the withdrawal ...": a list of goals.
      const goal = next?.lower === "to" && tokens[i + 2]?.pos === "VERB";
      current = goal ? open("subordinate", i + 1, true) : open("main", i + 1);
      outer = current;
      outerHasVerb = false;
      continue;
    } else if (SOFT_BREAKS.has(token.text) && bracketStack.length === 0) {
      infos.push(current);
      // A relative clause without its verb yet goes on past an inserted phrase
      // ("a process that all parties, with Hamas on top of them, agree on").
      if (current.role === "relative" && !currentHasVerb) continue;
      current = afterComma(tokens, i + 1, outer, outerHasVerb, open);
      currentHasVerb = current === outer ? outerHasVerb : false;
      continue;
    } else if (i > 0 && opensSubordinate(tokens, i)) {
      current = open("subordinate", i, CONDITIONALS.has(token.lower));
    } else if (i === 0 && opensSubordinate(tokens, 0)) {
      current = open("subordinate", 0, CONDITIONALS.has(token.lower));
    } else if (i > 0 && opensRelative(tokens, i)) {
      current = open("relative", i);
    } else if (token.lower === "that" && next && !VERBISH.has(next.pos) && current.role !== "subordinate") {
      current = open("complement", i);
      outer = current;
      outerHasVerb = false;
    }
    if (infos.length > 0 && infos[infos.length - 1] !== current) currentHasVerb = current === outer ? outerHasVerb : false;
    infos.push(current);
    if (isFiniteLooking(tokens, i)) {
      currentHasVerb = true;
      if (current === outer) outerHasVerb = true;
    }
    if (isReportingVerb(token) && (current.role === "main" || current.role === "complement") && reportsClause(tokens, i)) {
      current = open("complement", i + 1);
      outer = current;
      outerHasVerb = false;
    }
  }
  return infos;
}

/**
 * A verb that can be its clause's own verb: an auxiliary, or a verb that is not an
 * -ing form, not right after a comma, and not an -ed form hanging on a noun ("a body
 * linked to ...").
 */
export function isFiniteLooking(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === "AUX") return true;
  if (t.pos !== "VERB" || t.lower.endsWith("ing")) return false;
  // A capitalised "verb" inside a sentence is a mis-tagged name ("Red Cross").
  if (t.capitalized && i > 0) return false;
  const before = tokens[i - 1];
  if (!before || before.text === "," || before.lower === "to") return false;
  return !(/(?:ed|en)$/u.test(t.lower) && (before.pos === "NOUN" || before.pos === "ADJ" || before.pos === "DET"));
}

/** What follows a comma: a new subordinate, relative or participial clause, or the clause around. */
function afterComma(
  tokens: Token[],
  i: number,
  outer: ClauseInfo,
  outerHasVerb: boolean,
  open: (role: ClauseRole, start: number, conditional?: boolean) => ClauseInfo,
): ClauseInfo {
  const next = tokens[i];
  if (!next) return outer;
  if (opensSubordinate(tokens, i)) return open("subordinate", i, CONDITIONALS.has(next.lower));
  if (RELATIVES.has(next.lower)) return open("relative", i);
  if (next.pos === "VERB" && (next.lower.endsWith("ing") || (looksParticiple(next) && (outerHasVerb || isPassiveTail(tokens, i))))) {
    return open("participial", i);
  }
  if (next.lower === "including" || next.lower === "such") return open("parenthetical", i);
  return outer;
}

/** A past participle: "-ed", "-en", or an irregular form that is not the base or an -s form ("held", "led"). */
function looksParticiple(t: Token): boolean {
  if (t.lower.endsWith("ing")) return false;
  return /(?:ed|en)$/u.test(t.lower) || (t.lower !== t.lemma && !t.lower.endsWith("s"));
}

/**
 * "X, led by Y, arrived" and "The talks, held with the aim of ..., have ended": an -ed
 * form after a comma is an inserted participle when the next comma gives way to the
 * clause's own verb. In "X, a body ..., investigated welfare of ..." it is that verb.
 */
function isPassiveTail(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length - 1; k++) {
    if (tokens[k]!.text !== ",") continue;
    const after = tokens[k + 1]!;
    return after.pos === "AUX" || (after.pos === "VERB" && !after.lower.endsWith("ing"));
  }
  return false;
}

function opensSubordinate(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.lower === "as") return token.pos === "SCONJ";
  if (token.lower === "following") return i === 0 || tokens[i - 1]!.pos !== "DET";
  if (token.lower === "in") {
    const next = tokens[i + 1]?.lower;
    return next === "response" || next === "retaliation" || next === "protest";
  }
  if (token.lower === "ahead" || token.lower === "prior") return tokens[i + 1]?.lower === "of" || tokens[i + 1]?.lower === "to";
  return SUBORDINATORS.has(token.lower) && token.pos !== "ADJ";
}

function opensRelative(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (RELATIVES.has(token.lower)) return !(token.lower === "where" && tokens[i - 1]?.pos === "ADV");
  if (token.lower !== "that") return false;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  // "that" + verb: a relative clause ("the plan that aims to ..."); "that" + subject: a complement.
  if (next !== undefined && (VERBISH.has(next.pos) || next.pos === "ADV") && before?.pos !== "VERB") return true;
  // After a noun, "that" + subject is still relative ("a process that all parties agree on"),
  // unless the noun takes a complement ("signs that Hamas may soften") or is the hearer of a
  // reporting verb ("told Reuters that", "indicated to EFE that").
  if (!before || (before.pos !== "NOUN" && before.pos !== "PROPN") || COMPLEMENT_NOUNS.has(before.lower)) return false;
  for (let j = i - 2; j >= Math.max(0, i - 6); j--) {
    if (isReportingVerb(tokens[j])) return false;
    if (tokens[j]!.pos === "VERB" || tokens[j]!.pos === "AUX") break;
  }
  return true;
}

/**
 * A reporting verb opens a complement when a clause follows ("said the delegation
 * arrived", "told Reuters that ..."), not when it ends the sentence ("officials said
 * Thursday.").
 */
function reportsClause(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
    const t = tokens[j]!;
    if (t.text === "." || t.text === "," || t.text === ";") return false;
    if (VERBISH.has(t.pos) || t.lower === "that") return true;
  }
  return false;
}
