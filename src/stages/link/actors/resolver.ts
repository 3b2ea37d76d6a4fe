/**
 * Incremental cross-source actor resolution. Mentions arrive article by article;
 * each article is first grouped on its own (a surname goes to the full name it
 * follows, "Islamic Jihad" to "Palestinian Islamic Jihad"), then each group is
 * matched against the actors seen so far through the index (actor-index.ts): a few
 * map reads per group, whatever the number of actors.
 *
 * The matching cascade, strongest first (see ResolutionRule): pinned text, listed
 * name (dictionary, gazetteer), exact key, partial name, surname, organisation short
 * form or acronym, similar spelling with context evidence; otherwise a new actor.
 * Rules that rest on one name part (surname, spelling) refuse when the candidates
 * are several and nothing tells them apart, or when the organisations disagree: weak
 * evidence keeps people apart. Two people who only share one name part never meet
 * ("Abbas Kamel" and "Mahmoud Abbas": the shared part is a first name on one side).
 *
 * The state is plain data (toState / fromState) and the user's corrections, merge
 * and split, are part of it.
 */
import { phraseKey } from "../../analyze/entities/index.js";
import type { EntityType } from "../../analyze/types.js";
import { ActorIndex, suffixKeys } from "./actor-index.js";
import { AliasTable, typeGroup } from "./aliases.js";
import type { ListedName, TypeGroup } from "./aliases.js";
import { EMPTY_DICTIONARY } from "./dictionary.js";
import { agreement, conflicts, contextEvidence } from "./evidence.js";
import type { ContextEvidence } from "./evidence.js";
import { acronymOf, asAcronym, nameKey, nameKeyTokens, skeleton } from "./name-key.js";
import type { Actor, ActorDictionary, MentionInput, Resolution, ResolutionRule, ResolverState } from "./types.js";

/**
 * A spelling match (same first name, same surname skeleton) needs at least this many
 * kinds of agreement (same role class, same organisation): one is enough because the
 * first name and the consonants of the surname already agree, and "al-Nahl" for
 * "al-Nakhala" comes with no more than one of the two in most reports.
 */
const MIN_AGREEMENT_FOR_SPELLING = 1;

/** Mentions of one article that name the same thing. */
interface LocalGroup {
  group: TypeGroup;
  type: EntityType;
  indices: number[];
  texts: string[];
  keys: Set<string>;
  /** Token keys of the variants with two tokens or more. */
  longer: string[][];
  listed?: ListedName;
  pinned?: string;
  roles: string[];
  affiliations: string[];
}

interface Match {
  actorId: string;
  rule: ResolutionRule;
}

export class ActorResolver {
  private readonly aliases: AliasTable;
  private readonly index = new ActorIndex();
  private readonly byId = new Map<string, Actor>();
  private readonly listedIds = new Map<string, string>();
  private readonly pins = new Map<string, string>();
  private readonly redirects = new Map<string, string>();
  private readonly separated = new Set<string>();
  /** Name key -> name keys the dictionary says never to merge with it. */
  private readonly neverKeys = new Map<string, Set<string>>();
  private nextId = 1;

  /**
   * @param dictionary the user's names, aliases and never-merge pairs (default: none; the gazetteer still applies)
   * @param state a state from `toState()` to continue from
   */
  constructor(dictionary: ActorDictionary = EMPTY_DICTIONARY, state?: ResolverState) {
    this.aliases = new AliasTable(dictionary);
    for (const pair of dictionary.neverMerge) {
      this.addNever(nameKey(pair.a), nameKey(pair.b));
      this.addNever(nameKey(pair.b), nameKey(pair.a));
    }
    if (state) this.load(state);
  }

  static fromState(state: ResolverState, dictionary: ActorDictionary = EMPTY_DICTIONARY): ActorResolver {
    return new ActorResolver(dictionary, state);
  }

  /**
   * Resolves the mentions (any number of articles, each article's mentions together)
   * and returns one Resolution per mention, in input order.
   *
   * @example
   *   const resolver = new ActorResolver();
   *   resolver.add([{ articleId: "a1", mention: { start: 0, end: 15, text: "Ziad al-Nakhala", type: "PERSON" } }]);
   *   resolver.add([{ articleId: "a2", mention: { start: 0, end: 12, text: "Ziad Najalah", type: "PERSON" } }]);
   *   resolver.actors().length // 1
   */
  add(mentions: MentionInput[]): Resolution[] {
    const resolutions: Resolution[] = new Array<Resolution>(mentions.length);
    for (const [articleId, indices] of byArticle(mentions)) {
      for (const local of this.groupArticle(mentions, indices)) {
        const match = this.resolve(local);
        this.absorb(match.actorId, local, articleId);
        for (const index of local.indices) resolutions[index] = { articleId, index, actorId: match.actorId, rule: match.rule };
      }
    }
    return resolutions;
  }

  /** Every actor, as copies. */
  actors(): Actor[] {
    return [...this.byId.values()].map((a) => structuredClone(a));
  }

  /** The id an actor lives under now, following merges, without copying it; undefined when unknown. */
  currentId(id: string): string | undefined {
    const current = this.follow(id);
    return this.byId.has(current) ? current : undefined;
  }

  /** The actor with this id, following merges; undefined when unknown. */
  actor(id: string): Actor | undefined {
    const actor = this.byId.get(this.follow(id));
    return actor ? structuredClone(actor) : undefined;
  }

  /**
   * Merges actor `otherId` into `keepId` (a user correction). The other id then
   * redirects to the kept one. Refused for actors the user separated.
   */
  merge(keepId: string, otherId: string): Actor {
    const keep = this.require(keepId, "merge");
    const other = this.require(otherId, "merge");
    if (keep.id === other.id) return structuredClone(keep);
    if (this.separated.has(pairKey(keep.id, other.id))) {
      throw new Error(`actor resolver: merge: ${keep.id} and ${other.id} were separated by the user; expected actors that may merge`);
    }
    for (const variant of other.variants) {
      // The count once for the variant, then its articles (each with no further count).
      variant.articleIds.forEach((articleId, i) => addVariant(keep, variant.text, articleId, i === 0 ? variant.count : 0, true));
    }
    keep.roles = union(keep.roles, other.roles);
    keep.affiliations = union(keep.affiliations, other.affiliations);
    for (const [type, count] of Object.entries(other.mentionTypes ?? {}) as Array<[EntityType, number]>) {
      (keep.mentionTypes ??= {})[type] = (keep.mentionTypes[type] ?? 0) + count;
    }
    if (!keep.listed && other.listed) {
      keep.listed = true;
      keep.canonical = other.canonical;
    }
    this.index.remove(other.id);
    this.byId.delete(other.id);
    this.redirect(other.id, keep.id);
    this.refresh(keep);
    return structuredClone(keep);
  }

  /**
   * Moves the variants written as `texts` out of the actor into a new actor (a user
   * correction), and keeps the two apart from then on: later mentions written exactly
   * so go to the new actor. Roles and affiliations stay with the old actor (they are
   * not recorded per variant).
   */
  split(actorId: string, texts: string[]): Actor {
    const actor = this.require(actorId, "split");
    const moving = actor.variants.filter((v) => texts.includes(v.text));
    if (moving.length === 0) throw new Error(`actor resolver: split: expected variants of ${actor.id} (${actor.variants.map((v) => v.text).join(", ")}), found ${texts.join(", ")}`);
    if (moving.length === actor.variants.length) throw new Error(`actor resolver: split: expected to leave ${actor.id} at least one variant, found all of them moved`);
    actor.variants = actor.variants.filter((v) => !moving.includes(v));
    const created = this.create(moving[0]!.text, actor.type);
    created.variants = moving;
    for (const v of moving) this.pins.set(phraseKey(v.text), created.id);
    this.separated.add(pairKey(actor.id, created.id));
    this.refresh(actor);
    this.refresh(created);
    return structuredClone(created);
  }

  /** Marks two actors as different for good: no rule and no merge will join them. */
  separate(a: string, b: string): void {
    this.separated.add(pairKey(this.require(a, "separate").id, this.require(b, "separate").id));
  }

  toState(): ResolverState {
    return {
      version: 1,
      nextId: this.nextId,
      actors: this.actors(),
      separated: [...this.separated].map((k) => {
        const [a, b] = k.split("|");
        return { a: a!, b: b! };
      }),
      pins: [...this.pins].map(([key, actorId]) => ({ key, actorId })),
      redirects: [...this.redirects].map(([from, to]) => ({ from, to })),
    };
  }

  private load(state: ResolverState): void {
    if (state.version !== 1) throw new Error(`actor resolver: state version: expected 1, found ${String(state.version)}`);
    this.nextId = state.nextId;
    for (const actor of state.actors) {
      const copy = structuredClone(actor);
      this.byId.set(copy.id, copy);
      if (copy.listed) this.listedIds.set(`${typeGroup(copy.type)}|${copy.canonical}`, copy.id);
      this.index.put(copy);
    }
    for (const pair of state.separated) this.separated.add(pairKey(pair.a, pair.b));
    for (const pin of state.pins) this.pins.set(pin.key, pin.actorId);
    for (const r of state.redirects) this.redirects.set(r.from, r.to);
  }

  // --- one article -------------------------------------------------------------

  /**
   * Groups an article's mentions: same listed name, same key, a surname with the full
   * name nearest before it (else after it), an organisation's short form or acronym
   * with its full name. Longer names are placed first so shorter ones find them.
   */
  private groupArticle(mentions: MentionInput[], indices: number[]): LocalGroup[] {
    const tokenKeys = new Map(indices.map((i) => [i, nameKeyTokens(mentions[i]!.mention.text)]));
    const isLonger = (i: number) => Number(tokenKeys.get(i)!.length > 1);
    const order = [...indices].sort((a, b) => isLonger(b) - isLonger(a) || mentions[a]!.mention.start - mentions[b]!.mention.start);
    const groups: LocalGroup[] = [];
    const byLocalKey = new Map<string, LocalGroup>();
    const surnameOwners = new Map<string, Array<{ group: LocalGroup; start: number }>>();
    for (const index of order) {
      const mention = mentions[index]!.mention;
      const group = typeGroup(mention.type);
      const keys = tokenKeys.get(index)!;
      const key = keys.join(" ");
      const pinned = this.pins.get(phraseKey(mention.text));
      const listed = pinned ? undefined : this.aliases.lookup(mention.text, mention.type);
      const localKey = listed ? `${group}|listed|${listed.canonical}` : `${group}|key|${key}`;
      let local = byLocalKey.get(localKey);
      if (!local && !pinned && group === "PERSON" && keys.length === 1) local = nearest(surnameOwners.get(key), mention.start);
      if (!local && !pinned && !listed && group !== "PERSON") {
        const acronym = group === "ORG" ? asAcronym(mention.text) : undefined;
        local = byLocalKey.get(`${group}|suffix|${key}`) ?? (acronym ? byLocalKey.get(`${group}|acronym|${acronym}`) : undefined);
      }
      if (!local) {
        local = { group, type: mention.type, indices: [], texts: [], keys: new Set(), longer: [], roles: [], affiliations: [] };
        if (listed) local.listed = listed;
        if (pinned) local.pinned = pinned;
        groups.push(local);
      }
      if (!byLocalKey.has(localKey)) byLocalKey.set(localKey, local);
      local.indices.push(index);
      local.texts.push(mention.text);
      if (key !== "") local.keys.add(key);
      if (mention.type === "MEDIA") local.type = "MEDIA";
      if (mention.role) local.roles.push(mention.role);
      if (mention.affiliation) local.affiliations.push(mention.affiliation);
      if (keys.length >= 2) {
        local.longer.push(keys);
        if (group === "PERSON") {
          const owners = surnameOwners.get(keys[keys.length - 1]!) ?? [];
          owners.push({ group: local, start: mention.start });
          surnameOwners.set(keys[keys.length - 1]!, owners);
        }
        if (group !== "PERSON") {
          for (const suffix of suffixKeys(mention.text, group)) if (!byLocalKey.has(`${group}|suffix|${suffix}`)) byLocalKey.set(`${group}|suffix|${suffix}`, local);
          const acronym = acronymOf(mention.text);
          if (acronym && group === "ORG") byLocalKey.set(`${group}|acronym|${acronym}`, local);
        }
      }
    }
    return groups;
  }

  // --- against the actors ------------------------------------------------------

  private resolve(local: LocalGroup): Match {
    if (local.pinned && this.byId.has(this.follow(local.pinned))) return { actorId: this.follow(local.pinned), rule: "pinned" };
    if (local.listed) return { actorId: this.listedActor(local.listed), rule: "listed" };
    const evidence = contextEvidence(local.roles, local.affiliations, this.aliases);
    const exact = this.choose(local, evidence, this.lookup("key", local.group, [...local.keys]));
    if (exact) return { actorId: exact, rule: "exact" };
    const match = local.group === "PERSON" ? this.resolvePerson(local, evidence) : this.resolveShortForm(local, evidence);
    if (match) return match;
    const otherType = this.exactInOtherGroup(local, evidence);
    if (otherType) return { actorId: otherType, rule: "exact" };
    const created = this.create(local.texts[0]!, local.type);
    return { actorId: created.id, rule: "new" };
  }

  private resolvePerson(local: LocalGroup, evidence: ContextEvidence): Match | undefined {
    if (local.longer.length > 0) {
      const firstLast = local.longer.map((k) => `${k[0]}~${k[k.length - 1]}`);
      const partial = this.choose(local, evidence, this.lookup("firstLast", "PERSON", firstLast));
      if (partial) return { actorId: partial, rule: "partial" };
      // A two-word name that ends a longer one: "Boone Isaacs" for "Cheryl Boone Isaacs".
      const twoWord = local.longer.filter((k) => k.length === 2).map((k) => k.join(" "));
      const compound = this.unique(local, evidence, this.lookup("lastTwo", "PERSON", twoWord));
      if (compound) return { actorId: compound, rule: "partial" };
      // An actor known only by this surname so far ("Haniyeh" before "Ismail Haniyeh").
      const surnames = this.lookup("key", "PERSON", local.longer.map((k) => k[k.length - 1]!));
      const surnameOnly = [...surnames].filter((id) => this.byId.get(id)!.variants.every((v) => nameKeyTokens(v.text).length === 1));
      const bySurname = this.unique(local, evidence, surnameOnly);
      if (bySurname) return { actorId: bySurname, rule: "surname" };
      const similar = this.lookup("skeleton", "PERSON", local.longer.map((k) => `${k[0]}~${skeleton(k[k.length - 1]!)}`));
      const supported = [...similar].filter((id) => agreement(evidence, this.evidenceOf(id)) >= MIN_AGREEMENT_FOR_SPELLING);
      const bySpelling = this.unique(local, evidence, supported);
      if (bySpelling) return { actorId: bySpelling, rule: "evidence" };
      return undefined;
    }
    const owners = [...this.lookup("last", "PERSON", [...local.keys])];
    let surname = this.unique(local, evidence, owners);
    // Several people share the surname: one of them only, by role or organisation.
    surname ??= this.unique(local, evidence, owners.filter((id) => agreement(evidence, this.evidenceOf(id)) > 0));
    return surname ? { actorId: surname, rule: "surname" } : undefined;
  }

  /** An organisation's or place's shorter form or acronym, either way round ("Islamic Jihad" / "Palestinian Islamic Jihad", "SCC"). */
  private resolveShortForm(local: LocalGroup, evidence: ContextEvidence): Match | undefined {
    const group = local.group;
    const candidates = new Set<string>();
    for (const text of local.texts) {
      if (group === "ORG") {
        const written = asAcronym(text);
        if (written) for (const id of this.index.get("acronymOfName", group, written)) candidates.add(id);
        const initials = acronymOf(text);
        if (initials) for (const id of this.index.get("acronymWritten", group, initials)) candidates.add(id);
      }
      for (const id of this.index.get("suffix", group, nameKey(text))) candidates.add(id);
      for (const suffix of suffixKeys(text, group)) for (const id of this.index.get("key", group, suffix)) candidates.add(id);
    }
    const shortForm = this.unique(local, evidence, [...candidates]);
    return shortForm ? { actorId: shortForm, rule: "short-form" } : undefined;
  }

  /**
   * The recogniser may type one name two ways across articles ("Lindsay Lohan" once
   * as an organisation in a garbled headline). A name of two words or more that no
   * actor of its own type has, but exactly one actor of another type has, is that
   * actor. One-word names never cross types ("Hamas" the group, "Hamas" a misread).
   */
  private exactInOtherGroup(local: LocalGroup, evidence: ContextEvidence): string | undefined {
    if (local.longer.length === 0) return undefined;
    const keys = local.longer.map((k) => k.join(" "));
    const others = (["PERSON", "ORG", "PLACE"] as const).filter((g) => g !== local.group);
    const ids = others.flatMap((g) => [...this.lookup("key", g, keys)]).filter((id) => !this.byId.get(id)!.listed);
    return this.unique(local, evidence, ids);
  }

  private lookup(index: "key" | "firstLast" | "last" | "lastTwo" | "skeleton", group: TypeGroup, values: string[]): Set<string> {
    const ids = new Set<string>();
    for (const value of values) for (const id of this.index.get(index, group, value)) ids.add(id);
    return ids;
  }

  /** The best allowed candidate: the only one, or the one whose role and organisation agree most (ties: most mentioned). */
  private choose(local: LocalGroup, evidence: ContextEvidence, ids: Set<string>): string | undefined {
    const allowed = [...ids].filter((id) => !this.blocked(local, id));
    if (allowed.length <= 1) return allowed[0];
    const scored = allowed.map((id) => ({ id, agreement: agreement(evidence, this.evidenceOf(id)), count: mentionCount(this.byId.get(id)!) }));
    scored.sort((a, b) => b.agreement - a.agreement || b.count - a.count);
    return scored[0]!.id;
  }

  /** The only allowed candidate whose organisations do not contradict the group's; none when several remain. */
  private unique(local: LocalGroup, evidence: ContextEvidence, ids: Iterable<string>): string | undefined {
    const allowed = [...ids].filter((id) => !this.blocked(local, id) && !conflicts(evidence, this.evidenceOf(id)));
    return allowed.length === 1 ? allowed[0] : undefined;
  }

  /** The dictionary forbids joining a name of the group with a name of the actor. */
  private blocked(local: LocalGroup, actorId: string): boolean {
    for (const key of local.keys) {
      for (const other of this.neverKeys.get(key) ?? []) if (this.index.has(actorId, "key", local.group, other)) return true;
    }
    return false;
  }

  private evidenceOf(actorId: string): ContextEvidence {
    const actor = this.byId.get(actorId)!;
    return contextEvidence(actor.roles, actor.affiliations, this.aliases);
  }

  // --- changing actors ---------------------------------------------------------

  private listedActor(listed: ListedName): string {
    const key = `${typeGroup(listed.type)}|${listed.canonical}`;
    const existing = this.listedIds.get(key);
    if (existing && this.byId.has(this.follow(existing))) return this.follow(existing);
    const actor = this.create(listed.canonical, listed.type);
    actor.listed = true;
    this.listedIds.set(key, actor.id);
    return actor.id;
  }

  private create(canonical: string, type: EntityType): Actor {
    const actor: Actor = { id: `actor-${this.nextId++}`, canonical, type, variants: [], roles: [], affiliations: [] };
    this.byId.set(actor.id, actor);
    return actor;
  }

  private absorb(actorId: string, local: LocalGroup, articleId: string): void {
    const actor = this.byId.get(actorId)!;
    for (const text of local.texts) addVariant(actor, text, articleId, 1);
    actor.roles = union(actor.roles, local.roles);
    actor.affiliations = union(actor.affiliations, local.affiliations);
    const types = (actor.mentionTypes ??= {});
    types[local.type] = (types[local.type] ?? 0) + local.texts.length;
    if (!actor.listed) actor.type = majorityType(types, actor.type);
    this.refresh(actor);
  }

  private refresh(actor: Actor): void {
    if (!actor.listed) actor.canonical = bestVariant(actor) ?? actor.canonical;
    this.index.put(actor);
  }

  private redirect(from: string, to: string): void {
    this.redirects.set(from, to);
    for (const [k, v] of this.redirects) if (v === from) this.redirects.set(k, to);
    for (const [k, v] of this.pins) if (v === from) this.pins.set(k, to);
    for (const [k, v] of this.listedIds) if (v === from) this.listedIds.set(k, to);
    for (const pair of [...this.separated]) {
      const [a, b] = pair.split("|") as [string, string];
      if (a === from || b === from) {
        this.separated.delete(pair);
        this.separated.add(pairKey(a === from ? to : a, b === from ? to : b));
      }
    }
  }

  private follow(id: string): string {
    let current = id;
    for (let hops = 0; hops < MAX_REDIRECTS && this.redirects.has(current); hops++) current = this.redirects.get(current)!;
    return current;
  }

  private require(id: string, operation: string): Actor {
    const actor = this.byId.get(this.follow(id));
    if (!actor) throw new Error(`actor resolver: ${operation}: expected an actor id, found unknown id ${JSON.stringify(id)}`);
    return actor;
  }

  private addNever(a: string, b: string): void {
    const set = this.neverKeys.get(a) ?? new Set<string>();
    set.add(b);
    this.neverKeys.set(a, set);
  }
}

/** Redirect chains are flattened on every merge; this only bounds a corrupt stored state. */
const MAX_REDIRECTS = 64;

function byArticle(mentions: MentionInput[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const list = groups.get(m.articleId) ?? [];
    list.push(i);
    groups.set(m.articleId, list);
  });
  return groups;
}

function nearest(owners: Array<{ group: LocalGroup; start: number }> | undefined, start: number): LocalGroup | undefined {
  if (!owners || owners.length === 0) return undefined;
  const before = owners.filter((o) => o.start < start);
  const pool = before.length > 0 ? before : owners;
  return pool.reduce((best, o) => (Math.abs(o.start - start) < Math.abs(best.start - start) ? o : best)).group;
}

/**
 * Adds a mention written `text` in `articleId`. Mentions arrive article by article, so
 * an article already listed is the last one: checking the end keeps this constant-time
 * for names that appear in tens of thousands of articles. A merge, which may bring an
 * article listed anywhere, asks for the full check (`anywhere`).
 */
function addVariant(actor: Actor, text: string, articleId: string, count: number, anywhere = false): void {
  let variant = actor.variants.find((v) => v.text === text);
  if (!variant) {
    variant = { text, count: 0, articleIds: [] };
    actor.variants.push(variant);
  }
  variant.count += count;
  const listed = anywhere ? variant.articleIds.includes(articleId) : variant.articleIds[variant.articleIds.length - 1] === articleId;
  if (!listed) variant.articleIds.push(articleId);
}

function union(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

function mentionCount(actor: Actor): number {
  return actor.variants.reduce((n, v) => n + v.count, 0);
}

/** The fullest, most used way of writing the actor: most name tokens, then most mentions, then first seen. */
function bestVariant(actor: Actor): string | undefined {
  let best: { text: string; tokens: number; count: number } | undefined;
  for (const v of actor.variants) {
    const tokens = nameKeyTokens(v.text).length;
    if (!best || tokens > best.tokens || (tokens === best.tokens && v.count > best.count)) best = { text: v.text, tokens, count: v.count };
  }
  return best?.text;
}

/** The most frequent type; an outlet counts for MEDIA as soon as one mention says so (an outlet is also an organisation). */
function majorityType(types: Partial<Record<EntityType, number>>, current: EntityType): EntityType {
  let best = current;
  for (const [type, count] of Object.entries(types) as Array<[EntityType, number]>) if (count > (types[best] ?? 0)) best = type;
  if (best === "ORG" && (types.MEDIA ?? 0) > 0) return "MEDIA";
  return best;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
