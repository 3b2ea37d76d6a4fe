/**
 * The seed articles (../shared/seeds, read in place, never copied): files 000, 001 and
 * 004 are one story (Islamic Jihad and Hamas leaders in Cairo, December 2023). Skips
 * when the shared folder is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedsDir } from "../../../test-helpers/drivers.js";
import { extractClaims } from "../../analyze/claims/index.js";
import type { Claim } from "../../analyze/claims/index.js";
import { analyzeArticle } from "../../analyze/index.js";
import { extractArticle } from "../../extract/index.js";
import { compareClaims, framingTerms } from "./index.js";

const STORY = ["000_eb2c42076f6ebe1e.txt", "001_9ff56480542f9ce9.txt", "004_36b8f96a3ff872cc.txt"];
const present = existsSync(seedsDir) && STORY.every((f) => existsSync(path.join(seedsDir, f)));
if (!present) console.warn(`claims seed tests: no seed articles at ${seedsDir}; skipped.`);

/** Each seed as an article of its own outlet, published on 24 December 2023 (the seeds carry no date). */
function seedClaims(file: string): { claims: Claim[]; text: string; articleId: string; outlet: string } {
  const text = readFileSync(path.join(seedsDir, file), "utf8");
  const outlet = `seed-${file.slice(0, 3)}`;
  const article = extractArticle({
    origin: { kind: "stdin", location: "stdin" }, raw: new TextEncoder().encode(text), encoding: "utf-8", content: text, format: "text",
    supplied: { user: { published: "2023-12-24", outlet } },
  });
  const analysis = analyzeArticle(article);
  const claims = extractClaims({ ...analysis, text: article.text, outlet: article.outlet.value, published: article.published.value }).map((c) => ({ ...c, storyId: "cairo-dec-2023" }));
  return { claims, text: article.text, articleId: article.id, outlet };
}

describe.skipIf(!present)("claims on the seed story", () => {
  const seeds = present ? STORY.map(seedClaims) : [];
  const claims = seeds.flatMap((s) => s.claims);
  const groups = present ? compareClaims(claims) : [];

  it("finds the exchange-principle conflict with both sources", () => {
    const group = groups.find((g) => g.slot === "exchange-principle");
    expect(group?.status).toBe("conflict");
    const sides = Object.fromEntries(group!.sides.map((s) => [s.label, s.sources]));
    expect(sides["one-for-one"]!.map((s) => s.outlet)).toEqual(["seed-000"]);
    expect(sides["all-for-all"]!.map((s) => s.outlet)).toEqual(["seed-001"]);
    expect(sides["one-for-one"]![0]!.chain.map((l) => l.text)).toEqual(["A Palestinian diplomatic source", "EFE", "seed-000"]);
    expect(sides["all-for-all"]![0]!.speaker).toBe("Nakhala");
  });

  it("groups the November 2023 truce releases of the two December articles as agreeing or compatible", () => {
    for (const slot of ["prisoners-released", "hostages-released", "truce-days"]) {
      const group = groups.find((g) => g.slot === slot);
      expect(group, slot).toBeDefined();
      expect(["agree", "compatible"]).toContain(group!.status);
      expect(new Set(group!.sides.flatMap((s) => s.sources.map((x) => x.outlet)))).toEqual(new Set(["seed-001", "seed-004"]));
    }
    const prisoners = groups.find((g) => g.slot === "prisoners-released")!;
    expect(prisoners.sides.map((s) => s.label)).toEqual(["240 prisoners"]);
  });

  it("names Reuters, EFE, Sky News Arabic and Al Qahera News in the attribution chains", () => {
    const channels = new Set(claims.flatMap((c) => c.attribution.chain.filter((l) => l.role === "channel").map((l) => l.text)));
    for (const name of ["Reuters", "EFE", "Sky News Arabic"]) expect([...channels]).toContain(name);
    expect([...channels].some((c) => /Al[ -]Qahera News/.test(c))).toBe(true);
  });

  it("reads the figures and the vote of the December article", () => {
    const dec = seeds[1]!.claims;
    const figures = dec.filter((c) => c.kind === "quantity").map((c) => [c.slot, c.value.type === "number" ? c.value.value : c.value.type === "vote" ? `${c.value.for}-${c.value.against}-${c.value.abstain}` : ""]);
    expect(figures).toEqual(expect.arrayContaining([["killed", 20_000], ["injured", 56_000], ["truce-days", 7], ["hostages-released", 105], ["prisoners-released", 240], ["vote", "13-0-2"]]));
  });

  it("shows how each outlet names Israel's forces, side by side", () => {
    const framing = framingTerms(seeds.map((s) => ({ articleId: s.articleId, outlet: s.outlet, text: s.text })));
    const forces = (outlet: string) => framing.find((o) => o.outlet === outlet)!.terms.filter((t) => t.referent === "Israel / its forces").map((t) => t.term);
    expect(forces("seed-000")).toContain("occupation forces");
    expect(forces("seed-001")).toEqual(expect.arrayContaining(["Israeli regime", "occupying entity"]));
  });
});
