import { describe, expect, it } from "vitest";
import type { EntityMention, EntityType } from "../../analyze/types.js";
import { parseActorDictionary } from "./dictionary.js";
import { ActorResolver } from "./resolver.js";
import type { MentionInput } from "./types.js";

let offset = 0;
function m(text: string, type: EntityType, extra: Partial<EntityMention> = {}): EntityMention {
  offset += 100;
  return { start: offset, end: offset + text.length, text, type, ...extra };
}

/** Resolves articles in order; returns the resolver and, per article, the actor id of each mention. */
function resolveArticles(articles: EntityMention[][], resolver = new ActorResolver()): { resolver: ActorResolver; ids: string[][] } {
  const ids = articles.map((mentions, i) => {
    const input: MentionInput[] = mentions.map((mention) => ({ articleId: `a${i}`, mention }));
    return resolver.add(input).map((r) => r.actorId);
  });
  return { resolver, ids };
}

function sameActor(articles: EntityMention[][], first: string, second: string): boolean {
  const { ids } = resolveArticles(articles);
  const flat = articles.flat();
  const flatIds = ids.flat();
  const a = flat.findIndex((x) => x.text === first);
  const b = flat.findIndex((x, i) => x.text === second && i !== a);
  return flatIds[a] === flatIds[b];
}

const MERGES: Array<{ why: string; articles: EntityMention[][]; a: string; b: string }> = [
  {
    why: "romanisation variants across articles",
    articles: [[m("Ziad al-Nakhala", "PERSON")], [m("Ziad Najalah", "PERSON")]],
    a: "Ziad al-Nakhala",
    b: "Ziad Najalah",
  },
  {
    why: "a surname alone in the same article",
    articles: [[m("Ismail Haniyeh", "PERSON"), m("Haniyeh", "PERSON")]],
    a: "Ismail Haniyeh",
    b: "Haniyeh",
  },
  {
    why: "a surname alone before the full name in the same article",
    articles: [[m("Najalah", "PERSON"), m("Ziad Najalah", "PERSON")]],
    a: "Najalah",
    b: "Ziad Najalah",
  },
  {
    why: "a surname alone in another article when one person has it",
    articles: [[m("Ismail Haniyeh", "PERSON")], [m("Haniya", "PERSON")]],
    a: "Ismail Haniyeh",
    b: "Haniya",
  },
  {
    why: "a full name after an article that only gave the surname",
    articles: [[m("Sinwar", "PERSON")], [m("Yahya Sinwar", "PERSON")]],
    a: "Sinwar",
    b: "Yahya Sinwar",
  },
  {
    why: "first and last name agree with a longer name",
    articles: [[m("Ismail Abdel Salam Haniyeh", "PERSON")], [m("Ismail Haniyeh", "PERSON")]],
    a: "Ismail Abdel Salam Haniyeh",
    b: "Ismail Haniyeh",
  },
  {
    why: "similar spelling with the same first name, role class and organisation",
    articles: [
      [m("Ziad al-Nakhala", "PERSON", { role: "Secretary-General", affiliation: "Islamic Jihad" })],
      [m("Ziyad al-Nahl", "PERSON", { role: "head", affiliation: "Palestinian Islamic Jihad" })],
    ],
    a: "Ziad al-Nakhala",
    b: "Ziyad al-Nahl",
  },
  {
    why: "a listed short form",
    articles: [[m("Palestinian Islamic Jihad", "ORG")], [m("Islamic Jihad", "ORG")]],
    a: "Palestinian Islamic Jihad",
    b: "Islamic Jihad",
  },
  {
    why: "a listed acronym",
    articles: [[m("United Nations Security Council", "ORG")], [m("UNSC", "ORG")]],
    a: "United Nations Security Council",
    b: "UNSC",
  },
  {
    why: "an unlisted acronym of a name seen before",
    articles: [[m("Supreme Coordination Committee", "ORG")], [m("SCC", "ORG")]],
    a: "Supreme Coordination Committee",
    b: "SCC",
  },
  {
    why: "an unlisted shorter form of an organisation",
    articles: [[m("Free Officers Movement of Sinai", "ORG")], [m("Officers Movement of Sinai", "ORG")]],
    a: "Free Officers Movement of Sinai",
    b: "Officers Movement of Sinai",
  },
  {
    why: "an outlet written two ways, typed ORG once and MEDIA once",
    articles: [[m("Al Qahera News", "MEDIA")], [m("Al-Qahera News", "ORG")]],
    a: "Al Qahera News",
    b: "Al-Qahera News",
  },
  {
    why: "GPE and LOC are both places",
    articles: [[m("Gaza Strip", "LOC")], [m("Gaza", "GPE")]],
    a: "Gaza Strip",
    b: "Gaza",
  },
];

describe("ActorResolver: merges", () => {
  it.each(MERGES)("$why: $a = $b", ({ articles, a, b }) => {
    expect(sameActor(articles, a, b)).toBe(true);
  });
});

const APART: Array<{ why: string; articles: EntityMention[][]; a: string; b: string }> = [
  {
    why: "one shared name part, first name on one side and surname on the other",
    articles: [[m("Mahmoud Abbas", "PERSON")], [m("Abbas Kamel", "PERSON")]],
    a: "Mahmoud Abbas",
    b: "Abbas Kamel",
  },
  {
    why: "one shared name part, same article",
    articles: [[m("Abbas Kamel", "PERSON"), m("Mahmoud Abbas", "PERSON")]],
    a: "Abbas Kamel",
    b: "Mahmoud Abbas",
  },
  {
    why: "a first name alone is not the person",
    articles: [[m("Abbas Kamel", "PERSON")], [m("Abbas", "PERSON")]],
    a: "Abbas Kamel",
    b: "Abbas",
  },
  {
    why: "same first name, similar surname, but no role or organisation in common",
    articles: [[m("Ziad al-Nakhala", "PERSON", { affiliation: "Islamic Jihad" })], [m("Ziyad al-Nahl", "PERSON", { affiliation: "Fatah" })]],
    a: "Ziad al-Nakhala",
    b: "Ziyad al-Nahl",
  },
  {
    why: "similar spelling without any evidence",
    articles: [[m("Ziad al-Nakhala", "PERSON")], [m("Ziyad al-Nahl", "PERSON")]],
    a: "Ziad al-Nakhala",
    b: "Ziyad al-Nahl",
  },
  {
    why: "a surname two people share, with nothing to choose",
    articles: [[m("Benny Gantz", "PERSON")], [m("Ruth Gantz", "PERSON")], [m("Gantz", "PERSON")]],
    a: "Benny Gantz",
    b: "Gantz",
  },
  {
    why: "a person and an organisation with the same name",
    articles: [[m("Hamas", "ORG")], [m("Hamas", "PERSON")]],
    a: "Hamas",
    b: "Hamas",
  },
  {
    why: "two listed names",
    articles: [[m("Oman", "GPE")], [m("Amman", "GPE")]],
    a: "Oman",
    b: "Amman",
  },
  {
    why: "different acronyms with one phonetic key",
    articles: [[m("PPO", "ORG")], [m("PA", "ORG")]],
    a: "PPO",
    b: "PA",
  },
];

describe("ActorResolver: keeps apart", () => {
  it.each(APART)("$why: $a != $b", ({ articles, a, b }) => {
    expect(sameActor(articles, a, b)).toBe(false);
  });
});

describe("ActorResolver: actors", () => {
  it("keeps variants with counts and articles, roles and affiliations", () => {
    const { resolver } = resolveArticles([
      [m("Ziad al-Nakhala", "PERSON", { role: "Secretary-General", affiliation: "Islamic Jihad" }), m("Nakhala", "PERSON")],
      [m("Ziad Najalah", "PERSON"), m("Najalah", "PERSON"), m("Najalah", "PERSON")],
    ]);
    const [actor] = resolver.actors().filter((a) => a.type === "PERSON");
    expect(actor!.variants).toEqual([
      { text: "Ziad al-Nakhala", count: 1, articleIds: ["a0"] },
      { text: "Nakhala", count: 1, articleIds: ["a0"] },
      { text: "Ziad Najalah", count: 1, articleIds: ["a1"] },
      { text: "Najalah", count: 2, articleIds: ["a1"] },
    ]);
    expect(actor!.roles).toEqual(["Secretary-General"]);
    expect(actor!.affiliations).toEqual(["Islamic Jihad"]);
  });

  it("names listed actors by their canonical name", () => {
    const { resolver } = resolveArticles([[m("PIJ", "ORG")]]);
    expect(resolver.actors().map((a) => a.canonical)).toEqual(["Palestinian Islamic Jihad"]);
  });

  it("returns one resolution per mention, in input order, with the rule", () => {
    const resolver = new ActorResolver();
    const out = resolver.add([
      { articleId: "x", mention: m("Haniyeh", "PERSON") },
      { articleId: "y", mention: m("Hamas", "ORG") },
      { articleId: "x", mention: m("Ismail Haniyeh", "PERSON") },
    ]);
    expect(out.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(out[0]!.actorId).toBe(out[2]!.actorId);
    expect(out[1]!.rule).toBe("listed");
  });
});

describe("ActorResolver: user dictionary", () => {
  const dictionary = parseActorDictionary({
    actors: [{ canonical: "Abu Obeida", type: "PERSON", aliases: ["Abu Ubaida", "Qassam spokesman"] }],
    neverMerge: [{ a: "Ahmed Yousef", b: "Ahmed Youssef" }],
  });

  it("maps aliases to the canonical name", () => {
    const { resolver } = resolveArticles([[m("Abu Ubaida", "PERSON")], [m("Abu Obaida", "PERSON")]], new ActorResolver(dictionary));
    expect(resolver.actors().map((a) => a.canonical)).toEqual(["Abu Obeida"]);
  });

  it("keeps never-merge pairs apart even when their keys meet", () => {
    const { ids } = resolveArticles([[m("Ahmed Yousef", "PERSON")], [m("Ahmed Youssef", "PERSON")]], new ActorResolver(dictionary));
    expect(ids[0]![0]).not.toBe(ids[1]![0]);
  });
});

describe("parseActorDictionary: errors name the place, the expectation and the value", () => {
  it.each([
    { json: [], message: "actor dictionary: (root): expected an object" },
    { json: { actors: {} }, message: "actor dictionary: actors: expected an array, found {}" },
    { json: { actors: [{ canonical: "X", type: "PER" }] }, message: 'actors[0].type: expected one of PERSON, ORG, GPE, LOC, MEDIA, found "PER"' },
    { json: { actors: [{ canonical: "", type: "ORG" }] }, message: "actors[0].canonical: expected a non-empty string" },
    { json: { actors: [{ canonical: "X", type: "ORG", aliases: [3] }] }, message: "actors[0].aliases[0]: expected a non-empty string, found 3" },
    { json: { neverMerge: [["a", "b"]] }, message: "neverMerge[0]: expected an object" },
    { json: { actor: [] }, message: 'actor: expected only "actors" and "neverMerge"' },
  ])("$message", ({ json, message }) => {
    expect(() => parseActorDictionary(json)).toThrow(message);
  });

  it("accepts an empty object", () => {
    expect(parseActorDictionary({})).toEqual({ actors: [], neverMerge: [] });
  });
});

describe("ActorResolver: user corrections and state", () => {
  it("keeps mention counts exact when merging a variant seen in several articles", () => {
    const { resolver, ids } = resolveArticles([[m("Northland Council", "ORG")], [m("Northland Council", "ORG")], [m("Northland Board", "ORG")]]);
    const before = resolver.actors().reduce((n, a) => n + a.variants.reduce((k, v) => k + v.count, 0), 0);
    expect(ids[2]![0]).not.toBe(ids[0]![0]);
    const kept = resolver.merge(ids[2]![0]!, ids[0]![0]!);
    expect(kept.variants.reduce((k, v) => k + v.count, 0)).toBe(before);
    expect(kept.variants.find((v) => v.text === "Northland Council")!.articleIds).toHaveLength(2);
  });

  it("merges two actors and redirects the old id", () => {
    const { resolver, ids } = resolveArticles([[m("Ziad al-Nakhala", "PERSON")], [m("Ziyad al-Nahl", "PERSON")]]);
    const kept = resolver.merge(ids[0]![0]!, ids[1]![0]!);
    expect(kept.variants.map((v) => v.text)).toEqual(["Ziad al-Nakhala", "Ziyad al-Nahl"]);
    expect(resolver.actor(ids[1]![0]!)?.id).toBe(kept.id);
    expect(resolver.currentId(ids[1]![0]!)).toBe(kept.id);
    expect(resolver.currentId("actor-999")).toBeUndefined();
    // Later mentions of either spelling go to the merged actor.
    const later = resolver.add([{ articleId: "z", mention: m("Ziyad al-Nahl", "PERSON") }]);
    expect(later[0]!.actorId).toBe(kept.id);
  });

  it("splits variants out, pins them to the new actor and keeps the two apart", () => {
    const { resolver, ids } = resolveArticles([[m("Mahmoud Abbas", "PERSON"), m("Abbas", "PERSON")]]);
    const original = ids[0]![0]!;
    const created = resolver.split(original, ["Abbas"]);
    expect(created.variants.map((v) => v.text)).toEqual(["Abbas"]);
    const later = resolver.add([{ articleId: "z", mention: m("Abbas", "PERSON") }]);
    expect(later[0]!.actorId).toBe(created.id);
    expect(later[0]!.rule).toBe("pinned");
    expect(() => resolver.merge(original, created.id)).toThrow("separated by the user");
  });

  it("refuses a split that would empty the actor or names no variant", () => {
    const { resolver, ids } = resolveArticles([[m("Hamas", "ORG")]]);
    expect(() => resolver.split(ids[0]![0]!, ["Hamas"])).toThrow("at least one variant");
    expect(() => resolver.split(ids[0]![0]!, ["Fatah"])).toThrow("expected variants of");
    expect(() => resolver.merge("actor-999", ids[0]![0]!)).toThrow('unknown id "actor-999"');
  });

  it("survives a JSON round trip of its state", () => {
    const { resolver, ids } = resolveArticles([[m("Ismail Haniyeh", "PERSON")], [m("Hamas", "ORG")]]);
    const state = JSON.parse(JSON.stringify(resolver.toState()));
    const loaded = ActorResolver.fromState(state);
    expect(loaded.actors()).toEqual(resolver.actors());
    const later = loaded.add([{ articleId: "z", mention: m("Haniyeh", "PERSON") }]);
    expect(later[0]!.actorId).toBe(ids[0]![0]);
    const fresh = loaded.add([{ articleId: "z", mention: m("Khalil al-Hayya", "PERSON") }]);
    expect(resolver.actors().map((a) => a.id)).not.toContain(fresh[0]!.actorId);
  });

  it("rejects a state of another version", () => {
    expect(() => ActorResolver.fromState({ version: 2 } as never)).toThrow("state version: expected 1, found 2");
  });
});

describe("ActorResolver: cost does not grow with the number of actors", () => {
  it("resolves against 20 000 actors through the index", () => {
    const resolver = new ActorResolver();
    const batch: MentionInput[] = [];
    for (let i = 0; i < 20_000; i++) batch.push({ articleId: `bulk${i % 50}`, mention: m(`Person${i} Surname${i}`, "PERSON") });
    resolver.add(batch);
    const started = performance.now();
    for (let i = 0; i < 200; i++) resolver.add([{ articleId: `q${i}`, mention: m(`Person${i} Surname${i}`, "PERSON") }]);
    const perMention = (performance.now() - started) / 200;
    // A scan of 20 000 actors per mention would take tens of milliseconds; look-ups take well under one.
    expect(perMention).toBeLessThan(5);
  });
});
