import { describe, expect, it } from "vitest";
import { nameKey } from "../../link/actors/name-key.js";
import { CLAIM_FIXTURES, DEFAULT_FIXTURE_OUTLET, DEFAULT_FIXTURE_PUBLISHED } from "../../../eval/data/claims-fixtures.js";
import { scoreFixtureSet } from "../../../eval/tasks/claims.js";
import { findEntities } from "../entities/index.js";
import { splitSentences } from "../sentences.js";
import { findTimeExpressions } from "../time/index.js";
import { findExchangePrinciples } from "./exchange.js";
import { extractClaims, UNKNOWN_PUBLISHER } from "./index.js";
import type { Claim, ClaimOptions } from "./index.js";
import { findNumbers } from "./numbers.js";
import { findPositions } from "./positions.js";
import { tokenize } from "./tokens.js";
import { findVotes } from "./votes.js";

function claimsOf(text: string, outlet: string | null = "Harbour Times", published: string | null = "2024-02-10", options: ClaimOptions = {}): Claim[] {
  const sentences = splitSentences(text);
  return extractClaims(
    { articleId: "t", text, sentences, mentions: findEntities(text, sentences), times: findTimeExpressions(text, sentences, { published }), outlet, published },
    options,
  );
}

function figure(c: Claim): number | string {
  const v = c.value;
  if (v.type === "number") return v.value;
  if (v.type === "vote") return `${v.for}-${v.against}-${v.abstain ?? "?"}`;
  if (v.type === "label") return v.label;
  if (v.type === "stance") return v.stance;
  return v.text;
}

function speakerOf(c: Claim): string | null {
  const s = c.attribution.speaker;
  return s ? (s.antecedent?.text ?? s.text) : null;
}

function linksOf(c: Claim): string[] {
  return c.attribution.chain.filter((l) => l.role !== "publisher").map((l) => l.text);
}

describe("numbers", () => {
  const table: Array<[string, { value: number; qualifier: string; upper?: number; unit?: string | null; unitDays?: number }]> = [
    ["over 20,000 people", { value: 20_000, qualifier: "more-than" }],
    ["more than 56,000 others", { value: 56_000, qualifier: "more-than" }],
    ["two million residents", { value: 2_000_000, qualifier: "exact" }],
    ["2.3 million people", { value: 2_300_000, qualifier: "exact" }],
    ["fifteen hundred prisoners", { value: 1500, qualifier: "exact" }],
    ["one hundred and five hostages", { value: 105, qualifier: "exact" }],
    ["twenty-five trucks", { value: 25, qualifier: "exact" }],
    ["nearly 3,000 wounded", { value: 3000, qualifier: "nearly" }],
    ["as many as 200 trucks", { value: 200, qualifier: "at-most" }],
    ["an average of about 160", { value: 160, qualifier: "about" }],
    ["between 30 and 40 trucks", { value: 30, qualifier: "range", upper: 40 }],
    ["two or three days", { value: 2, qualifier: "range", upper: 3, unit: "day", unitDays: 1 }],
    ["a 60-day truce", { value: 60, qualifier: "exact", unit: "day", unitDays: 1 }],
    ["the one-week pause", { value: 1, qualifier: "exact", unit: "week", unitDays: 7 }],
    ["a week-long lull", { value: 1, qualifier: "exact", unit: "week", unitDays: 7 }],
    ["lasted for a week", { value: 1, qualifier: "exact", unit: "week", unitDays: 7 }],
    ["85 percent of them", { value: 85, qualifier: "exact", unit: "percent" }],
  ];
  it.each(table)("%s", (text, expected) => {
    const [n] = findNumbers(tokenize({ text, start: 0 }));
    expect(n).toMatchObject(expected);
  });

  const notFigures: string[] = ["on December 1", "1 December", "in 2024", "at 10:02 am", "Channel 12 said", "no deadline", "200 trucks a day"];
  it.each(notFigures)("no figure (or only the count) in %s", (text) => {
    const found = findNumbers(tokenize({ text, start: 0 }));
    expect(found.filter((n) => n.unit === "day" && n.value === 1)).toEqual([]);
    if (text !== "200 trucks a day") expect(found).toEqual([]);
  });
});

describe("votes and exchange principles", () => {
  const votes: Array<[string, string]> = [
    ["The vote in the council was 13-0 with two abstentions.", "13-0-2"],
    ["The council voted 13-0 with the United States and Russia abstaining.", "13-0-2"],
    ["The resolution passed 14-1.", "14-1-?"],
    ["It was adopted by 12 votes to 3 with no abstentions.", "12-3-0"],
    ["The text passed with 153 votes in favour, 10 against and 23 abstentions.", "153-10-23"],
  ];
  it.each(votes)("%s", (text, expected) => {
    const [v] = findVotes({ text, start: 0 });
    expect(`${v!.value.for}-${v!.value.against}-${v!.value.abstain ?? "?"}`).toBe(expected);
  });
  it.each(["The score was 13-0 after the match.", "A 60-day truce."])("no vote in %s", (text) => expect(findVotes({ text, start: 0 })).toEqual([]));

  const labels: Array<[string, string]> = [
    ["The swap would follow a one-for-one principle.", "one-for-one"],
    ["It insists on an all-for-all exchange.", "all-for-all"],
    ["Israel would free 30 Palestinian prisoners for every hostage.", "30-for-one"],
    ["three detainees for each captive", "3-for-one"],
  ];
  it.each(labels)("%s", (text, label) => expect(findExchangePrinciples({ text, start: 0 }).map((x) => x.label)).toEqual([label]));
  it.each(["He left for every meeting.", "one for the road"])("no principle in %s", (text) => expect(findExchangePrinciples({ text, start: 0 })).toEqual([]));
});

describe("quantities: what a figure counts", () => {
  const table: Array<[string, string, number, string?]> = [
    ["The regime has killed over 20,000 Palestinians and injured more than 56,000 others.", "killed", 20_000, "more-than"],
    ["The regime has killed over 20,000 Palestinians and injured more than 56,000 others.", "injured", 56_000, "more-than"],
    ["The truce saw the release of 105 Israeli captives in exchange for 240 Palestinian prisoners.", "hostages-released", 105],
    ["The truce saw the release of 105 Israeli captives in exchange for 240 Palestinian prisoners.", "prisoners-released", 240],
    ["It freed 240 Palestinian women and minors from Israeli prisons.", "prisoners-released", 240],
    ["Israel holds more than 9,000 Palestinians in its jails.", "prisoners-held", 9000, "more-than"],
    ["The enclave is home to 2.3 million people.", "population", 2_300_000],
    ["Gaza's two million residents face hunger.", "population", 2_000_000],
    ["Some 40,000 people fled the city.", "displaced", 40_000, "about"],
    ["About 200 trucks of food, medicine and tents are now crossing from Egypt into Gaza through Rafah every day.", "aid-trucks-per-day", 200, "about"],
    ["Fewer than 100 trucks entered on Monday.", "aid-trucks", 100, "less-than"],
    ["The ambassadors of 80 countries attended.", "countries", 80],
    ["Mediators proposed a 42-day extension of the calm.", "truce-days", 42],
    ["They agreed to extend the truce by two days.", "truce-days", 2],
    ["A six-week ceasefire is on the table.", "truce-days", 42],
    ["The humanitarian truce lasted for a week.", "truce-days", 7],
  ];
  it.each(table)("%s -> %s %d", (text, slot, value, qualifier) => {
    const found = claimsOf(text).filter((c) => c.slot === slot);
    expect(found.map(figure)).toContain(value);
    if (qualifier) expect(found.find((c) => figure(c) === value)!.value).toMatchObject({ qualifier });
  });

  const mustNot: Array<[string, string]> = [
    ["The 15-member council met for three hours on Tuesday.", "any"],
    ["The 74-year-old envoy arrived in 2024.", "any"],
    ["Israel will keep troops there for at least 60 days after the truce begins.", "truce-days"],
    ["Three weeks into the truce, talks resumed.", "truce-days"],
    ["They set a deadline within two weeks of the truce.", "truce-days"],
    ["Fuel tankers moved again after a two-day halt.", "truce-days"],
    ["About 85 percent of the population has been displaced.", "any"],
    ["One gate cannot feed two million people.", "any"],
    ["A detour can add two or three days.", "any"],
  ];
  it.each(mustNot)("no %s claim from: %s", (text, slot) => {
    const found = claimsOf(text).filter((c) => c.kind === "quantity" && (slot === "any" || c.slot === slot));
    expect(found.map((c) => `${c.slot}=${figure(c)}`)).toEqual([]);
  });

  it("keeps the counted words and the date of the event", () => {
    const [c] = claimsOf("The pause ended on December 1 with the release of 240 Palestinian women and minors.", null, "2023-12-20").filter((x) => x.slot === "prisoners-released");
    expect(c!.counted).toBe("Palestinian women and minors");
    expect(c!.when).toMatchObject({ text: "December 1", from: "2023-12-01", to: "2023-12-01" });
    expect(c!.core.text).toBe("240");
  });
});

describe("positions", () => {
  const table: Array<[string, string, string]> = [
    ["Hamas insists on a permanent ceasefire.", "permanent-ceasefire", "demands"],
    ["The group wants a full end to the war.", "permanent-ceasefire", "demands"],
    ["Israel rejected any withdrawal from the corridor.", "withdrawal", "rejects"],
    ["Officials said they were open to a phased withdrawal.", "withdrawal", "accepts"],
    ["The movement would not object to a technocratic committee.", "governance", "accepts"],
    ["We will never hand over our weapons.", "disarmament", "rejects"],
    ["The war will not stop until the group is dismantled.", "disarmament", "demands"],
    ["There will be no deal without guarantees.", "guarantees", "demands"],
    ["Egypt is pushing for the reconstruction of the territory.", "reconstruction", "demands"],
    ["Its goal is to end the offensive, compel a withdrawal of forces, and pave the way for reconstruction.", "reconstruction", "demands"],
    ["The cabinet does not want a permanent ceasefire.", "permanent-ceasefire", "rejects"],
  ];
  it.each(table)("%s -> %s %s", (text, slot, stance) => {
    expect(findPositions({ text, start: 0 }).map((p) => `${p.slot} ${p.stance}`)).toContain(`${slot} ${stance}`);
  });
  const mustNot = ["The reconstruction of Gaza will cost billions.", "Delegates discussed guarantees.", "The team withdrew from the talks on Friday."];
  it.each(mustNot)("no position in: %s", (text) => expect(findPositions({ text, start: 0 })).toEqual([]));
});

describe("attribution: speaker, chain, hedges", () => {
  const table: Array<{ text: string; outlet?: string | null; slot: string; speaker: string | null; links: string[]; hedged: boolean }> = [
    { text: "A Palestinian diplomatic source indicated to EFE that the group demands a permanent ceasefire.", slot: "permanent-ceasefire", speaker: "A Palestinian diplomatic source", links: ["A Palestinian diplomatic source", "EFE"], hedged: true },
    { text: "Informed Egyptian sources told Sky News Arabic that a 45-day truce was proposed.", slot: "truce-days", speaker: "Informed Egyptian sources", links: ["Informed Egyptian sources", "Sky News Arabic"], hedged: true },
    { text: "Cited by Reuters on Sunday, a member of the delegation said Israel rejects any withdrawal.", slot: "withdrawal", speaker: "a member of the delegation", links: ["a member of the delegation", "Reuters"], hedged: false },
    { text: "The truce lasted seven days, according to Israeli media.", slot: "truce-days", speaker: "Israeli media", links: ["Israeli media"], hedged: false },
    { text: "According to sources cited by Al-Qahera News, Cairo hopes for a 60-day truce.", slot: "truce-days", speaker: "sources", links: ["sources", "Al-Qahera News"], hedged: true },
    { text: "An Egyptian source told Nile Wire that a 42-day extension was proposed.", outlet: "Nile Wire", slot: "truce-days", speaker: "An Egyptian source", links: ["An Egyptian source"], hedged: true },
    { text: "An Egyptian source told Nile Wire that a 42-day extension was proposed.", outlet: "Newsflash Hub", slot: "truce-days", speaker: "An Egyptian source", links: ["An Egyptian source", "Nile Wire"], hedged: true },
    { text: "An Israeli official, quoted by Israeli media, said a 60-day truce was possible.", slot: "truce-days", speaker: "An Israeli official", links: ["An Israeli official", "Israeli media"], hedged: false },
    { text: "Egyptian Red Crescent officials have put the figure at around 200 trucks a day, according to the Sinai Observer.", slot: "aid-trucks-per-day", speaker: "Egyptian Red Crescent officials", links: ["Egyptian Red Crescent officials", "the Sinai Observer"], hedged: false },
    { text: "The regime has killed over 20,000 Palestinians.", slot: "killed", speaker: null, links: [], hedged: false },
    { text: "Hamas has reportedly accepted a one-for-one exchange.", slot: "exchange-principle", speaker: null, links: [], hedged: true },
    { text: "Up to 600,000 people could be displaced.", slot: "displaced", speaker: null, links: [], hedged: true },
    { text: "The source, who spoke on condition of anonymity, said a 42-day truce was proposed.", slot: "truce-days", speaker: "The source", links: ["The source"], hedged: true },
  ];
  it.each(table)("$text", ({ text, outlet, slot, speaker, links, hedged }) => {
    const c = claimsOf(text, outlet === undefined ? "Harbour Times" : outlet).find((x) => x.slot === slot);
    expect(c, `a ${slot} claim`).toBeDefined();
    expect(speakerOf(c!)).toBe(speaker);
    expect(linksOf(c!)).toEqual(links);
    expect(c!.attribution.hedged).toBe(hedged);
    expect(c!.attribution.ownVoice).toBe(speaker === null);
    expect(c!.attribution.chain[c!.attribution.chain.length - 1]).toEqual({ role: "publisher", text: outlet === undefined ? "Harbour Times" : outlet });
  });

  it("names the roles and entity types along the chain", () => {
    const [c] = claimsOf("According to Egyptian television Al Qahera News, a senior Hamas official said the movement insists on a permanent ceasefire.");
    expect(c!.attribution.chain.map((l) => l.role)).toEqual(["source", "channel", "publisher"]);
    expect(c!.attribution.chain[1]!.text).toBe("Egyptian television Al Qahera News");
  });

  it("resolves an anaphoric speaker to its antecedent and its chain", () => {
    const text = "A Palestinian diplomatic source indicated to EFE that talks would resume soon. The diplomatic source added that the exchange would follow a one-for-one principle.";
    const c = claimsOf(text).find((x) => x.slot === "exchange-principle")!;
    expect(c.attribution.speaker!.text).toBe("The diplomatic source");
    expect(c.attribution.speaker!.antecedent).toEqual({ text: "A Palestinian diplomatic source", sentence: 0 });
    expect(linksOf(c)).toEqual(["A Palestinian diplomatic source", "EFE"]);
  });

  it("matches a named speaker to its entity mention and name key", () => {
    const [c] = claimsOf("“We will not give up our weapons under any circumstances,” Islamic Jihad's Secretary-General Ziad al-Nakhala said on Wednesday.");
    expect(c!.attribution.speaker!.mention).toMatchObject({ text: "Ziad al-Nakhala", type: "PERSON" });
    expect(c!.attribution.speaker!.key).toBe(nameKey("Ziad Najalah"));
  });

  it("ends the chain in (publisher) when the outlet is unknown", () => {
    const [c] = claimsOf("At least 35 people were killed, officials said.", null);
    expect(c!.attribution.chain.map((l) => l.text)).toEqual(["officials", UNKNOWN_PUBLISHER]);
  });

  it("gives each clause its own attribution", () => {
    const text = "Israel wants a longer truce. An Egyptian source quoted by Nile Wire spoke of 42 days, while a Palestinian official told Levant Daily the proposal was for 60 days.";
    const cs = claimsOf(text, "Gulf Monitor").filter((c) => c.slot === "truce-days");
    expect(cs.map((c) => [figure(c), linksOf(c), c.attribution.hedged])).toEqual([
      [42, ["An Egyptian source", "Nile Wire"], true],
      [60, ["a Palestinian official", "Levant Daily"], false],
    ]);
  });
});

describe("statements", () => {
  it("takes direct quotes of four words or more, not scare quotes", () => {
    const cs = claimsOf("The leaders stressed their goal was to “completely” end it, and the spokesman said, “We will go to Cairo with a clear approach.”");
    const quotes = cs.filter((c) => c.value.type === "text" && c.value.form === "quote").map((c) => c.value);
    expect(quotes).toEqual([{ type: "text", text: "We will go to Cairo with a clear approach", form: "quote" }]);
  });
  it("takes a reported clause when it holds nothing more specific", () => {
    const [c] = claimsOf("Informed sources told Sky News Arabic that the talks would resume next week.");
    expect(c).toMatchObject({ kind: "statement", value: { type: "text", text: "the talks would resume next week", form: "reported" } });
  });
  it("skips headlines unless asked", () => {
    const text = "Israel Kills 50 People in Gaza Strikes\n\nThe talks resumed.";
    expect(claimsOf(text).filter((c) => c.kind === "quantity")).toEqual([]);
    expect(claimsOf(text, "X", "2024-02-10", { includeHeadlines: true }).map((c) => c.slot)).toContain("killed");
  });
});

describe("dev fixtures (the rules were tuned on these)", () => {
  it.each(CLAIM_FIXTURES.filter((f) => f.set === "dev").map((f) => [f.id, f] as const))("%s", (_id, fixture) => {
    const claims = claimsOf(fixture.text, fixture.outlet ?? DEFAULT_FIXTURE_OUTLET, fixture.published ?? DEFAULT_FIXTURE_PUBLISHED);
    expect(claims.length, claims.map((c) => `${c.slot}=${figure(c)}`).join(", ")).toBe(fixture.expected.length);
    for (const e of fixture.expected) {
      const c = claims.find((x) => x.slot === e.slot && (x.value.type === "text" ? String(figure(x)).includes(String(e.value)) : figure(x) === e.value));
      expect(c, `${e.slot}=${e.value}`).toBeDefined();
      if (e.qualifier) expect(c!.value).toMatchObject({ qualifier: e.qualifier });
      expect(c!.attribution.hedged, `${e.slot} hedged`).toBe(e.hedged);
      expect(linksOf(c!).length, `${e.slot} chain ${linksOf(c!).join(" > ")}`).toBe(e.chain.length);
      expect(speakerOf(c!) === null).toBe(e.speaker === null);
    }
  });
});

describe("held-out fixtures (never tuned on): a floor, not a target", () => {
  /** The figures of the first run on the held-out set (0.90 claims, 0.80 attribution), less a margin for one fixture. */
  const FLOOR = { claims: 0.85, attribution: 0.75 };
  it("keeps claim and attribution recall above the floor", () => {
    const { tally } = scoreFixtureSet("held-out");
    expect(tally.matched / tally.gold).toBeGreaterThanOrEqual(FLOOR.claims);
    expect(tally.matched / tally.predicted).toBeGreaterThanOrEqual(FLOOR.claims);
    expect(tally.attributed / tally.gold).toBeGreaterThanOrEqual(FLOOR.attribution);
  });
});
