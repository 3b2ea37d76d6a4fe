/**
 * Absorption: the triggers another trigger governs are the content of one event, not
 * events of their own ("refused to lift the curfew" is one REJECT; "condemned the
 * killing" one ACCUSE), and control verbs take their type from what they govern
 * ("vowed to fight" is THREATEN).
 */
import type { ClauseInfo } from "./clauses.js";
import type { Form } from "./forms.js";
import { isVerbForm } from "./forms.js";
import { HOSTILE } from "./modality.js";
import type { Token } from "./nlp.js";
import type { SentenceContext } from "./phrases.js";
import type { TriggerMatch, TriggerSense } from "./triggers.js";
import type { PloverEventType } from "./types.js";

/** A noun trigger absorbs another within this many tokens of its own phrase ("withdrawal of some invasion forces"). */
const NOUN_ABSORB_REACH = 5;

/** A trigger on its way to becoming an event candidate. */
export interface Draft {
  match: TriggerMatch;
  sense: TriggerSense | null;
  form: Form;
  /** Token whose verb group gives the tense and whose subject is the actor. */
  governor: number;
  complements: Draft[];
  dead: boolean;
}

/**
 * Marks as content (not events of their own) the triggers another trigger governs:
 * nouns after a verb in its clause, infinitives and gerunds after it, everything in the
 * complement of a control verb, nouns right after an event noun.
 */
export function absorb(ctx: SentenceContext, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const head = drafts[i]!;
    if (head.dead) continue;
    const governed = governedBy(ctx, head, drafts.slice(i + 1));
    if (!head.sense) {
      const verbal = governed.filter((d) => isVerbForm(d.form) && d.sense);
      const resolved = verbal.length > 0 ? controlEvent(head, verbal) : null;
      if (!resolved) {
        head.dead = true;
        continue;
      }
      head.sense = { event: resolved, mode: null, bySense: true };
    }
    for (const d of governed) d.dead = true;
    head.complements = governed;
    applyControl(head);
  }
}

function governedBy(ctx: SentenceContext, head: Draft, later: Draft[]): Draft[] {
  const { clauses, tokens } = ctx;
  const governed: Draft[] = [];
  const headClause = clauses[head.match.last]!;
  if (!isVerbForm(head.form)) {
    for (const d of later) {
      if (d.match.first - head.match.last > NOUN_ABSORB_REACH) break;
      if (isVerbForm(d.form) || !onlyPhraseBetween(tokens, head.match.last, d.match.first)) break;
      governed.push(d);
    }
    return governed;
  }
  const control = head.match.entry.control === true;
  for (const d of later) {
    const clause = clauses[d.match.first]!;
    const sameClause = clause.id === headClause.id;
    const inComplement = clause.role === "complement" && control && withinChain(clauses, head.match.last, d.match.first);
    if (!sameClause && !inComplement) break;
    if (d.form === "finite" && sameClause && !control) break;
    if (d.form === "finite" && sameClause && control && isCoordinated(tokens, d.match.first)) break;
    governed.push(d);
  }
  return governed;
}

/** True when every clause between the two tokens is the head's clause or a complement. */
function withinChain(clauses: ClauseInfo[], from: number, to: number): boolean {
  const id = clauses[from]!.id;
  for (let k = from + 1; k < to; k++) {
    const c = clauses[k]!;
    if (c.id !== id && c.role !== "complement") return false;
  }
  return true;
}

function isCoordinated(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j]!;
    if (t.pos === "CCONJ") return true;
    if (t.pos !== "ADV" && t.pos !== "AUX") return false;
  }
  return false;
}

function onlyPhraseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT" || t.pos === "SCONJ" || t.pos === "CCONJ") return false;
  }
  return true;
}

/** Type of a sense-less control verb from what it governs ("declined to resign" -> REJECT). */
function controlEvent(head: Draft, verbal: Draft[]): PloverEventType | null {
  const hostile = verbal.some((d) => HOSTILE.has(d.sense!.event));
  if (hostile && head.match.entry.hostileComplement) return head.match.entry.hostileComplement;
  return head.match.entry.complementEvent ?? null;
}

/** Complement-dependent types: "vowed to fight" is THREATEN, not AGREE. */
function applyControl(head: Draft): void {
  const entry = head.match.entry;
  if (!entry.control || !head.sense) return;
  const verbal = head.complements.filter((d) => isVerbForm(d.form) && d.sense);
  const hostile = verbal.find((d) => HOSTILE.has(d.sense!.event));
  if (hostile && entry.hostileComplement) head.sense = { event: entry.hostileComplement, mode: threatMode(hostile.sense!.event), bySense: true };
  else if (head.sense.event === "THREATEN" && verbal[0]) head.sense = { ...head.sense, mode: threatMode(verbal[0].sense!.event) };
}

/** PLOVER THREATEN modes by what is threatened. */
export function threatMode(event: PloverEventType): string | null {
  const modes: Partial<Record<PloverEventType, string>> = { SANCTION: "relations", COERCE: "restrict", ASSAULT: "violence", PROTEST: "protest", MOBILIZE: "military" };
  return modes[event] ?? null;
}
