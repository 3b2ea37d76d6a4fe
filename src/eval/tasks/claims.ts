/**
 * Evaluation task `claims`: claim extraction and attribution on hand-written fixtures
 * (src/eval/data/claims-fixtures.ts: a dev set the rules were tuned on, a held-out set
 * they never were) and on chosen sentences of the example corpus (examples/).
 *
 * A predicted claim matches a gold claim of the same sentence group when the slot is
 * the same and the value is: the same figure (lower bound for ranges), the same vote
 * "F-A-B", label or stance, or for statements a text containing the gold fragment.
 * Each gold claim matches at most one prediction.
 *   claim-precision / -recall / -f1    matched / predicted, matched / gold
 *   attribution-precision / -recall    matched claims whose speaker and chain are also
 *                                      right, over predicted / gold (so an attribution
 *                                      counts only on a found claim)
 *   hedge-accuracy                     matched claims whose `hedged` is right
 * Rows without a suffix pool every set; "-dev", "-heldout", "-examples" and
 * "-examples-heldout" are each set ("held-out" sets were never tuned on).
 * The data is in the repository, so the task always runs (`dataFolder: "."`).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeArticle } from "../../stages/analyze/index.js";
import { extractClaims } from "../../stages/analyze/claims/index.js";
import type { Claim } from "../../stages/analyze/claims/index.js";
import { findEntities } from "../../stages/analyze/entities/index.js";
import { splitSentences } from "../../stages/analyze/sentences.js";
import { findTimeExpressions } from "../../stages/analyze/time/index.js";
import { extractArticle } from "../../stages/extract/index.js";
import { readInputs } from "../../stages/read/index.js";
import {
  CLAIM_FIXTURES, DEFAULT_FIXTURE_OUTLET, DEFAULT_FIXTURE_PUBLISHED, EXAMPLE_EXPECTATIONS, EXAMPLE_OUTLETS,
} from "../data/claims-fixtures.js";
import type { ExpectedClaim } from "../data/claims-fixtures.js";
import { f1 } from "../metrics.js";
import type { EvalContext, EvalRow, EvalTask } from "../types.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** The example corpus (examples/articles/, see examples/README.md). */
export const examplesDir = path.join(repoRoot, "examples", "articles");

/** Claims of a bare text (a fixture): sentences, entities and times from the analysis stages, no extraction. */
export function claimsOfText(text: string, outlet: string | null = DEFAULT_FIXTURE_OUTLET, published: string | null = DEFAULT_FIXTURE_PUBLISHED, articleId = "fixture"): Claim[] {
  const sentences = splitSentences(text);
  const mentions = findEntities(text, sentences);
  const times = findTimeExpressions(text, sentences, { published });
  return extractClaims({ articleId, text, sentences, mentions, times, outlet, published });
}

/** The compact value the fixtures write: 240, "13-0-2", "one-for-one", "demands", or a statement's text. */
export function valueKey(claim: Claim): string | number {
  const v = claim.value;
  switch (v.type) {
    case "number":
      return v.value;
    case "vote":
      return `${v.for}-${v.against}-${v.abstain ?? "?"}`;
    case "label":
      return v.label;
    case "stance":
      return v.stance;
    case "text":
      return v.text;
  }
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/\s+/g, " ").trim();
}

const ARTICLES = new Set(["a", "an", "the", "one"]);

function tokensOf(text: string): string[] {
  return normalise(text).split(" ").filter((w) => w !== "" && !ARTICLES.has(w));
}

/**
 * Two ways of writing who spoke agree when one's words are all in the other's and the
 * shorter has two words or more, or the longer has two or fewer: "Mona Adel" = "Mona
 * Adel, a spokeswoman for ...", but "sources" != "Two sources familiar with the talks".
 */
export function sameText(a: string, b: string): boolean {
  const x = tokensOf(a);
  const y = tokensOf(b);
  if (x.join(" ") === y.join(" ")) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0) return false;
  const longSet = new Set(long);
  return short.every((w) => longSet.has(w)) && (short.length >= 2 || long.length <= 2);
}

export function valueMatches(expected: ExpectedClaim, claim: Claim): boolean {
  if (expected.slot !== claim.slot) return false;
  const got = valueKey(claim);
  if (claim.value.type === "text") return normalise(String(got)).includes(normalise(String(expected.value)));
  if (claim.value.type === "vote" && typeof expected.value === "string" && expected.value.split("-").length === 2) {
    return String(got).startsWith(`${expected.value}-`);
  }
  return got === expected.value;
}

export function attributionMatches(expected: ExpectedClaim, claim: Claim): boolean {
  const a = claim.attribution;
  const speaker = a.speaker ? (a.speaker.antecedent?.text ?? a.speaker.text) : null;
  if (expected.speaker === null ? speaker !== null : speaker === null || !sameText(expected.speaker, speaker)) return false;
  const links = a.chain.filter((l) => l.role !== "publisher").map((l) => l.text);
  return links.length === expected.chain.length && links.every((t, i) => sameText(expected.chain[i]!, t));
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  attributed: number;
  hedgeRight: number;
}

export function emptyTally(): Tally {
  return { gold: 0, predicted: 0, matched: 0, attributed: 0, hedgeRight: 0 };
}

export interface MatchReport {
  missed: ExpectedClaim[];
  spurious: Claim[];
  wrongAttribution: Array<{ expected: ExpectedClaim; claim: Claim }>;
  wrongHedge: Array<{ expected: ExpectedClaim; claim: Claim }>;
}

/** Scores one group of predictions against its gold claims, adding to `tally`. */
export function scoreGroup(expected: ExpectedClaim[], predicted: Claim[], tally: Tally): MatchReport {
  const report: MatchReport = { missed: [], spurious: [], wrongAttribution: [], wrongHedge: [] };
  const used = new Set<Claim>();
  tally.gold += expected.length;
  tally.predicted += predicted.length;
  for (const gold of expected) {
    // Prefer a prediction whose attribution is right too, so two claims with one value each find their own.
    const candidates = predicted.filter((c) => !used.has(c) && valueMatches(gold, c));
    const claim = candidates.find((c) => attributionMatches(gold, c)) ?? candidates[0];
    if (!claim) {
      report.missed.push(gold);
      continue;
    }
    used.add(claim);
    tally.matched++;
    if (attributionMatches(gold, claim)) tally.attributed++;
    else report.wrongAttribution.push({ expected: gold, claim });
    if (claim.attribution.hedged === gold.hedged) tally.hedgeRight++;
    else report.wrongHedge.push({ expected: gold, claim });
  }
  report.spurious = predicted.filter((c) => !used.has(c));
  return report;
}

export function rowsOf(tally: Tally, suffix: string, n: number): EvalRow[] {
  const p = tally.predicted === 0 ? 0 : tally.matched / tally.predicted;
  const r = tally.gold === 0 ? 0 : tally.matched / tally.gold;
  const ap = tally.predicted === 0 ? 0 : tally.attributed / tally.predicted;
  const ar = tally.gold === 0 ? 0 : tally.attributed / tally.gold;
  const row = (metric: string, dossier: number): EvalRow => ({ task: "claims", metric: `${metric}${suffix}`, dossier, peers: {}, n });
  return [
    row("claim-precision", p),
    row("claim-recall", r),
    row("claim-f1", f1(p, r)),
    row("attribution-precision", ap),
    row("attribution-recall", ar),
    row("hedge-accuracy", tally.matched === 0 ? 0 : tally.hedgeRight / tally.matched),
  ];
}

export interface SetResult {
  tally: Tally;
  /** Fixtures or example sentences scored. */
  n: number;
  reports: Array<{ id: string; report: MatchReport }>;
}

export function scoreFixtureSet(set: "dev" | "held-out"): SetResult {
  const tally = emptyTally();
  const reports: SetResult["reports"] = [];
  const fixtures = CLAIM_FIXTURES.filter((f) => f.set === set);
  for (const fixture of fixtures) {
    const claims = claimsOfText(fixture.text, fixture.outlet ?? DEFAULT_FIXTURE_OUTLET, fixture.published ?? DEFAULT_FIXTURE_PUBLISHED, fixture.id);
    reports.push({ id: fixture.id, report: scoreGroup(fixture.expected, claims, tally) });
  }
  return { tally, n: fixtures.length, reports };
}

export interface ExampleArticle {
  text: string;
  claims: Claim[];
}

/** Claims of every example article, keyed "file" or "file.jsonl#line". */
export async function exampleClaims(dir = examplesDir): Promise<Map<string, ExampleArticle>> {
  const files = readdirSync(dir).filter((f) => /\.(?:txt|md|html|jsonl)$/.test(f)).map((f) => path.join(dir, f));
  const out = new Map<string, ExampleArticle>();
  for await (const result of readInputs(files)) {
    if (!result.ok) continue;
    const document = result.document;
    const key = path.basename(document.origin.location) + (document.origin.line !== undefined ? `#${document.origin.line}` : "");
    const outlet = EXAMPLE_OUTLETS[key];
    const article = extractArticle(outlet ? { ...document, supplied: { ...document.supplied, user: { ...document.supplied.user, outlet } } } : document);
    const analysis = analyzeArticle(article);
    const claims = extractClaims({ ...analysis, text: article.text, outlet: article.outlet.value, published: article.published.value });
    out.set(key, { text: article.text, claims });
  }
  return out;
}

const flat = (text: string) => text.replace(/\s+/g, " ");

export async function scoreExamples(set: "dev" | "held-out", dir = examplesDir, articles?: Map<string, ExampleArticle>): Promise<SetResult> {
  articles ??= await exampleClaims(dir);
  const tally = emptyTally();
  const reports: SetResult["reports"] = [];
  const expectations = EXAMPLE_EXPECTATIONS.filter((e) => (e.set ?? "dev") === set);
  for (const expectation of expectations) {
    const article = articles.get(expectation.file);
    if (!article) throw new Error(`claims eval: example ${expectation.file} not found in ${dir}; expected one of ${[...articles.keys()].join(", ")}`);
    if (!flat(article.text).includes(expectation.sentence)) {
      throw new Error(`claims eval: ${expectation.file}: expected a sentence containing "${expectation.sentence}"; found none in the extracted text`);
    }
    const inSentence = article.claims.filter((c) => flat(c.sentence.text).includes(expectation.sentence));
    reports.push({ id: `${expectation.file}: ${expectation.sentence}`, report: scoreGroup(expectation.expected, inSentence, tally) });
  }
  return { tally, n: expectations.length, reports };
}

function pooled(results: SetResult[]): Tally {
  const total = emptyTally();
  for (const { tally } of results) {
    for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += tally[key];
  }
  return total;
}

export const claimsTask: EvalTask = {
  name: "claims",
  dataFolder: ".",
  async run(context: EvalContext): Promise<EvalRow[]> {
    const dev = scoreFixtureSet("dev");
    const heldOut = scoreFixtureSet("held-out");
    const articles = await exampleClaims();
    const examples = await scoreExamples("dev", examplesDir, articles);
    const examplesHeldOut = await scoreExamples("held-out", examplesDir, articles);
    const all = [dev, heldOut, examples, examplesHeldOut];
    context.log(`fixtures: ${dev.n} dev, ${heldOut.n} held-out; example sentences: ${examples.n} dev, ${examplesHeldOut.n} held-out`);
    return [
      ...rowsOf(pooled(all), "", all.reduce((sum, r) => sum + r.n, 0)),
      ...rowsOf(dev.tally, "-dev", dev.n),
      ...rowsOf(heldOut.tally, "-heldout", heldOut.n),
      ...rowsOf(examples.tally, "-examples", examples.n),
      ...rowsOf(examplesHeldOut.tally, "-examples-heldout", examplesHeldOut.n),
    ];
  },
};
