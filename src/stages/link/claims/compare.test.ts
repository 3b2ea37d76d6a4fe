import { describe, expect, it } from "vitest";
import type { Claim, ClaimValue, NumberValue } from "../../analyze/claims/types.js";
import { compareClaims, compareValues, findFramingTerms, framingTerms, UNKNOWN_OUTLET } from "./index.js";
import type { Relation } from "./index.js";

const n = (value: number, qualifier: NumberValue["qualifier"] = "exact", upper?: number): NumberValue =>
  upper === undefined ? { type: "number", value, qualifier } : { type: "number", value, qualifier, upper };

let counter = 0;
interface ClaimSpec {
  slot: string;
  value: ClaimValue;
  outlet?: string | null;
  published?: string | null;
  articleId?: string;
  storyId?: string;
  when?: { text: string; from: string; to: string };
  counted?: string;
  holder?: string;
  source?: string;
}

/** A claim as extractClaims would give it, with only what comparison reads filled in. */
function claim(spec: ClaimSpec): Claim {
  counter++;
  const outlet = spec.outlet === undefined ? `Outlet ${counter}` : spec.outlet;
  const c: Claim = {
    id: `c${counter}`,
    articleId: spec.articleId ?? `a${counter}`,
    storyId: spec.storyId ?? "s1",
    outlet,
    published: spec.published === undefined ? "2023-12-24" : spec.published,
    kind: spec.value.type === "text" ? "statement" : spec.value.type === "stance" || spec.value.type === "label" ? "position" : "quantity",
    slot: spec.slot,
    value: spec.value,
    sentenceIndex: 0,
    sentence: { start: 0, end: 10, text: `sentence ${counter}` },
    core: { start: 0, end: 3, text: "x" },
    attribution: {
      speaker: spec.source ? { text: spec.source, start: 0, end: spec.source.length } : null,
      chain: [...(spec.source ? [{ role: "source" as const, text: spec.source }] : []), { role: "publisher", text: outlet ?? "(publisher)" }],
      hedges: [],
      hedged: false,
      ownVoice: !spec.source,
    },
    provenance: { stage: "analyze/claims", version: 1 },
  };
  if (spec.when) c.when = spec.when;
  if (spec.counted) c.counted = spec.counted;
  if (spec.holder) c.holder = { text: spec.holder };
  return c;
}

describe("compareValues", () => {
  const table: Array<[string, ClaimValue, ClaimValue, Relation]> = [
    ["same figure", n(240), n(240), "same"],
    ["over 20,000 vs 20,057", n(20_000, "more-than"), n(20_057), "compatible"],
    ["20,000 vs 20,057 (a round figure)", n(20_000), n(20_057), "compatible"],
    ["42 vs 60 days", n(42), n(60), "conflict"],
    ["42 vs 44 (neither round)", n(42), n(44), "conflict"],
    ["about 200 vs about 50", n(200, "about"), n(50, "about"), "conflict"],
    ["as many as 200 vs 50", n(200, "at-most"), n(50), "conflict"],
    ["about 200 vs 210", n(200, "about"), n(210), "compatible"],
    ["nearly 3,000 vs 2,950", n(3000, "nearly"), n(2950), "compatible"],
    ["over 20,000 vs 40,000", n(20_000, "more-than"), n(40_000), "conflict"],
    ["30-40 vs 35", n(30, "range", 40), n(35), "compatible"],
    ["one-for-one vs all-for-all", { type: "label", label: "one-for-one" }, { type: "label", label: "all-for-all" }, "conflict"],
    ["demands vs accepts", { type: "stance", stance: "demands" }, { type: "stance", stance: "accepts" }, "compatible"],
    ["demands vs rejects", { type: "stance", stance: "demands" }, { type: "stance", stance: "rejects" }, "conflict"],
    ["13-0 vs 13-0 with 2 abstentions", { type: "vote", for: 13, against: 0, abstain: null }, { type: "vote", for: 13, against: 0, abstain: 2 }, "compatible"],
    ["13-0 vs 14-0", { type: "vote", for: 13, against: 0, abstain: 2 }, { type: "vote", for: 14, against: 0, abstain: 1 }, "conflict"],
  ];
  it.each(table)("%s", (_name, a, b, relation) => {
    expect(compareValues(a, b)).toBe(relation);
    expect(compareValues(b, a)).toBe(relation);
  });
});

describe("compareClaims", () => {
  it("finds a conflict and keeps both sides' sources", () => {
    const groups = compareClaims([
      claim({ slot: "truce-days", value: n(42), outlet: "Nile Wire", source: "An Egyptian source" }),
      claim({ slot: "truce-days", value: n(60), outlet: "Levant Daily", source: "a Palestinian official" }),
      claim({ slot: "truce-days", value: n(42), outlet: "Newsflash Hub", source: "An Egyptian source" }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ slot: "truce-days", status: "conflict", reasons: ["42 days vs 60 days"] });
    expect(groups[0]!.sides.map((s) => [s.label, s.sources.map((x) => x.outlet)])).toEqual([
      ["42 days", ["Nile Wire", "Newsflash Hub"]],
      ["60 days", ["Levant Daily"]],
    ]);
    expect(groups[0]!.sides[1]!.sources[0]!.chain.map((l) => l.text)).toEqual(["a Palestinian official", "Levant Daily"]);
  });

  const statusTable: Array<[string, ClaimSpec[], string]> = [
    ["same value from two outlets", [{ slot: "killed", value: n(112) }, { slot: "killed", value: n(112) }], "agree"],
    ["over 20,000 vs 20,057", [{ slot: "killed", value: n(20_000, "more-than") }, { slot: "killed", value: n(20_057) }], "compatible"],
    ["50 vs 200 trucks a day", [{ slot: "aid-trucks-per-day", value: n(50) }, { slot: "aid-trucks-per-day", value: n(200, "about") }], "conflict"],
    [
      "240 prisoners vs 240 women and minors: a narrower description",
      [{ slot: "prisoners-released", value: n(240), counted: "Palestinian prisoners" }, { slot: "prisoners-released", value: n(240), counted: "Palestinian women and minors" }],
      "compatible",
    ],
    [
      "105 captives vs 105 hostages: the same description in other words",
      [{ slot: "hostages-released", value: n(105), counted: "Israeli captives" }, { slot: "hostages-released", value: n(105), counted: "hostages" }],
      "agree",
    ],
    [
      "end of November vs December 1: one truce, dated differently",
      [
        { slot: "truce-days", value: n(7), when: { text: "the end of November", from: "2023-11-21", to: "2023-11-30" } },
        { slot: "truce-days", value: n(7), when: { text: "December 1", from: "2023-12-01", to: "2023-12-01" } },
      ],
      "compatible",
    ],
  ];
  it.each(statusTable)("%s", (_name, specs, status) => {
    const groups = compareClaims(specs.map(claim));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.status).toBe(status);
  });

  it("keeps different events apart: a truce in November and another in January", () => {
    const groups = compareClaims([
      claim({ slot: "hostages-released", value: n(105), when: { text: "December 1", from: "2023-12-01", to: "2023-12-01" } }),
      claim({ slot: "hostages-released", value: n(105), when: { text: "the end of November", from: "2023-11-21", to: "2023-11-30" } }),
      claim({ slot: "hostages-released", value: n(33), when: { text: "January 19", from: "2025-01-19", to: "2025-01-19" } }),
      claim({ slot: "hostages-released", value: n(33), when: { text: "in January", from: "2025-01-01", to: "2025-01-31" } }),
    ]);
    expect(groups.map((g) => [g.status, g.when])).toEqual([
      ["compatible", { from: "2023-11-21", to: "2023-12-01" }],
      ["compatible", { from: "2025-01-01", to: "2025-01-31" }],
    ]);
  });

  it("compares running totals only within a news cycle", () => {
    const groups = compareClaims([
      claim({ slot: "killed", value: n(20_000), published: "2023-12-20" }),
      claim({ slot: "killed", value: n(20_100), published: "2023-12-21" }),
      claim({ slot: "killed", value: n(45_000), published: "2025-01-10" }),
      claim({ slot: "killed", value: n(45_300), published: "2025-01-10" }),
    ]);
    expect(groups.map((g) => g.status)).toEqual(["compatible", "compatible"]);
  });

  it("marks a figure the same outlet later corrected as superseded, not as a conflict", () => {
    const groups = compareClaims([
      claim({ slot: "truce-days", value: n(42), outlet: "Nile Wire", published: "2025-03-03", articleId: "n1" }),
      claim({ slot: "truce-days", value: n(45), outlet: "Nile Wire", published: "2025-03-05", articleId: "n2" }),
      claim({ slot: "truce-days", value: n(45), outlet: "Gulf Monitor", published: "2025-03-05" }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.status).toBe("agree");
    expect(groups[0]!.superseded).toMatchObject([{ articleId: "n1", outlet: "Nile Wire" }]);
    expect(groups[0]!.superseded[0]!.supersededBy).toBeDefined();
  });

  it("groups positions by the party whose stance it is, romanisation-aware", () => {
    const groups = compareClaims([
      claim({ slot: "withdrawal", value: { type: "stance", stance: "demands" }, holder: "Ziad Najalah" }),
      claim({ slot: "withdrawal", value: { type: "stance", stance: "demands" }, holder: "Ziad al-Nakhala" }),
      claim({ slot: "withdrawal", value: { type: "stance", stance: "rejects" }, holder: "Israel" }),
      claim({ slot: "withdrawal", value: { type: "stance", stance: "rejects" }, holder: "Israel" }),
    ]);
    expect(groups.map((g) => [g.holder, g.status]).sort()).toEqual([
      ["Israel", "agree"],
      ["Ziad Najalah", "agree"],
    ]);
  });

  it("keeps stories apart and leaves single claims out unless asked", () => {
    const claims = [claim({ slot: "truce-days", value: n(42), storyId: "a" }), claim({ slot: "truce-days", value: n(60), storyId: "b" })];
    expect(compareClaims(claims)).toEqual([]);
    expect(compareClaims(claims, { includeSingletons: true }).map((g) => g.storyId).sort()).toEqual(["a", "b"]);
  });

  it("groups a repeated direct quote; never compares reported clauses", () => {
    const quote: ClaimValue = { type: "text", text: "Everyone understands that the calm is fragile", form: "quote" };
    const reported: ClaimValue = { type: "text", text: "the talks would resume", form: "reported" };
    const groups = compareClaims([
      claim({ slot: "statement", value: quote }), claim({ slot: "statement", value: quote }),
      claim({ slot: "statement", value: reported }), claim({ slot: "statement", value: reported }),
    ]);
    expect(groups.map((g) => [g.slot, g.status, g.sides.length])).toEqual([["statement", "agree", 1]]);
  });
});

describe("framing", () => {
  const terms: Array<[string, string[]]> = [
    ["Occupation forces shelled the camp.", ["occupation forces"]],
    ["The IDF said the Israel Defense Forces had withdrawn.", ["IDF", "Israel Defense Forces"]],
    ["the Israeli regime's war on the besieged territory", ["Israeli regime", "war", "besieged territory"]],
    ["Hostages, captives or prisoners?", ["hostages", "captives", "prisoners"]],
    ["Militants and terrorists; the resistance.", ["militants", "terrorists", "the resistance"]],
    ["a massacre, not a conflict", ["massacre", "conflict"]],
  ];
  it.each(terms)("%s", (text, expected) => {
    expect(findFramingTerms(text).map((t) => t.term)).toEqual(expected);
  });
  it.each(["The idf of the team", "warfare and warden", "prewar figures"])("no loaded term in: %s", (text) => {
    expect(findFramingTerms(text)).toEqual([]);
  });

  it("sets outlets side by side, grouped by referent, counting articles", () => {
    const out = framingTerms([
      { articleId: "a1", outlet: "Press TV", text: "The occupying entity and occupation forces; the resistance fought on. Occupation forces withdrew." },
      { articleId: "a2", outlet: "Press TV", text: "Occupation forces returned." },
      { articleId: "b1", outlet: "Times", text: "The IDF said militants fired; hostages remain." },
      { articleId: "c1", outlet: null, text: "Captives were freed." },
    ]);
    expect(out.map((o) => o.outlet)).toEqual(["Press TV", "Times", UNKNOWN_OUTLET]);
    expect(out[0]!.terms).toEqual([
      { term: "occupation forces", referent: "Israel / its forces", count: 3, articleIds: ["a1", "a2"] },
      { term: "occupying entity", referent: "Israel / its forces", count: 1, articleIds: ["a1"] },
      { term: "the resistance", referent: "Hamas / armed groups", count: 1, articleIds: ["a1"] },
    ]);
    expect(out[1]!.terms.map((t) => [t.referent, t.term])).toEqual([
      ["Israel / its forces", "IDF"],
      ["Hamas / armed groups", "militants"],
      ["people held (hostages / captives / prisoners)", "hostages"],
    ]);
  });
});
