/**
 * Recognition and actor resolution on the seed articles, read in place from
 * ../shared/seeds (never copied into the repo). Skipped when that folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findEntities } from "../../analyze/entities/index.js";
import { splitSentences } from "../../analyze/sentences.js";
import type { EntityMention } from "../../analyze/types.js";
import { ActorResolver } from "./resolver.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const seedsDir = path.resolve(repoRoot, "../shared/seeds");
const present = existsSync(seedsDir);
if (!present) console.warn(`seeds.test: no seed articles at ${seedsDir}; skipped.`);

describe.skipIf(!present)("seed articles", () => {
  const articles = present
    ? readdirSync(seedsDir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((file) => {
          const text = readFileSync(path.join(seedsDir, file), "utf8");
          return { id: file, mentions: findEntities(text, splitSentences(text)) };
        })
    : [];
  const all: EntityMention[] = articles.flatMap((a) => a.mentions);
  const resolver = new ActorResolver();
  const actorOf = new Map<EntityMention, string>();
  for (const article of articles) {
    const resolutions = resolver.add(article.mentions.map((mention) => ({ articleId: article.id, mention })));
    article.mentions.forEach((mention, i) => actorOf.set(mention, resolutions[i]!.actorId));
  }
  const actorsOf = (text: string) => new Set(all.filter((m) => m.text === text).map((m) => actorOf.get(m)));

  it.each([
    { name: "Hamas", type: "ORG" },
    { name: "Reuters", type: "MEDIA" },
    { name: "EFE", type: "MEDIA" },
    { name: "Sky News Arabic", type: "MEDIA" },
    { name: "Al Qahera News", type: "MEDIA" },
    { name: "Al-Qahera News", type: "MEDIA" },
  ])("finds $name as $type", ({ name, type }) => {
    const found = all.filter((m) => m.text === name);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((m) => m.type))).toEqual(new Set([type]));
  });

  it.each([
    { names: ["Ziad al-Nakhala", "Ziad Najalah", "Najalah", "Nakhala", "Ziyad al-Nahl"] },
    { names: ["Ismail Haniyeh", "Haniyeh"] },
    { names: ["Islamic Jihad", "Palestinian Islamic Jihad"] },
    { names: ["Al Qahera News", "Al-Qahera News"] },
  ])("puts $names in one actor", ({ names }) => {
    const ids = new Set(names.flatMap((n) => [...actorsOf(n)]));
    for (const n of names) expect(actorsOf(n).size, `${n} not found`).toBeGreaterThan(0);
    expect(ids.size).toBe(1);
  });

  it("keeps Abbas Kamel apart from every other person", () => {
    const kamel = [...actorsOf("Abbas Kamel")];
    expect(kamel).toHaveLength(1);
    const actor = resolver.actor(kamel[0]!)!;
    expect(actor.variants.map((v) => v.text)).toEqual(["Abbas Kamel"]);
  });

  it("reads roles and affiliations", () => {
    const nakhala = all.find((m) => m.text === "Ziad al-Nakhala");
    expect(nakhala).toMatchObject({ role: "Secretary-General", affiliation: "Islamic Jihad" });
    expect(all.find((m) => m.text === "Taher al-Nono")).toMatchObject({ role: "official", affiliation: "Hamas" });
    expect(all.find((m) => m.text === "Abbas Kamel")).toMatchObject({ role: "intelligence chief", affiliation: "Egypt" });
  });

  it("never gives a span with surrounding punctuation or a possessive", () => {
    for (const m of all) expect(m.text).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}.]$|^[\p{L}\p{N}]$/u);
    for (const m of all) expect(m.text).not.toMatch(/['’]s$/);
  });
});
