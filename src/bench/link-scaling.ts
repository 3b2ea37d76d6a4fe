/**
 * Link cost per article as the store grows: near-duplicate detection, story
 * assignment and actor resolution, each timed per article with 1,000 and with `size`
 * articles already linked; and event merging: the timeline of the story the last probe
 * article at 1,000 joined, built with 1,000 stored and built again, the same articles,
 * with `size` stored, divided by its articles. The merge reads only the story's articles,
 * so what could make it grow with the store is the process around it (a heap holding
 * the large store); the story the probe joins at `size` is merged too and logged, but
 * its cost says how that story is made (how many events its articles report, at which
 * date precision), not how large the store is. Every index is bounded, so each cost must
 * stay flat (issue: within a factor of 2 between 1,000 and 50,000).
 *
 * The articles are the generated corpus's texts, analysed once each by the real
 * analysis (entities, times, events) and then repeated with a distinct last line and a
 * date that advances one day per 40 articles, so that the probe measures linking and
 * merging, not analysis.
 */
import { analyzeArticle } from "../stages/analyze/index.js";
import type { Analysis } from "../stages/analyze/types.js";
import { buildTimeline } from "../stages/compose/timeline.js";
import type { StoryArticle } from "../stages/compose/story-input.js";
import type { Article } from "../stages/extract/types.js";
import { ActorResolver } from "../stages/link/actors/index.js";
import { DuplicateIndex } from "../stages/link/duplicates/index.js";
import { StoryClusterer } from "../stages/link/stories/index.js";
import { generateCorpus } from "./corpus.js";
import { median } from "./stats.js";

/** The linking steps timed apart, in the order the link stage runs them, then the merge. */
export const LINK_STEPS = ["duplicates", "stories", "actors", "events"] as const;
export type LinkStep = (typeof LINK_STEPS)[number];

export interface LinkScalingResult {
  /** Stored-article counts probed, the first being 1,000. */
  at: [number, number];
  /** Median ms per article of each step at each count. */
  perArticle: Record<LinkStep, [number, number]>;
  /** Articles of the story whose timeline was built at each count (what event merging reads). */
  mergedStorySize: number;
}

const SMALL = 1000;
const ARTICLES_PER_DAY = 40;
/** Distinct texts analysed once and reused. */
const DISTINCT_TEXTS = 2000;

function articleRecord(index: number, text: string): Article {
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(index / ARTICLES_PER_DAY) * 86_400_000).toISOString().slice(0, 10);
  const id = `bench${String(index).padStart(7, "0")}`;
  const sourced = <T>(value: T) => ({ value, source: "user" as const });
  return {
    id,
    contentHash: id,
    origin: { kind: "api", location: "bench" },
    format: "text",
    title: sourced(text.slice(0, 60)),
    byline: sourced(null),
    outlet: sourced(`Outlet ${index % 12}`),
    published: sourced(day),
    url: null,
    language: "eng",
    text,
    removed: [],
    diagnostics: [],
  };
}

/**
 * Runs `size + probe` articles through the link steps, timing `probe` articles after
 * the first 1,000 and after `size`. `log` receives progress lines.
 */
/** Builds of a timeline timed, each on a freshly collected heap when the caller can collect: the median is kept. */
const MERGE_BUILDS = 3;

export function benchLinkScaling(size: number, log: (message: string) => void, probe = 200, collectGarbage: () => void = () => undefined): LinkScalingResult {
  if (!(size > SMALL)) throw new Error(`bench: --link-scale must be above ${SMALL}, found ${size}`);
  const texts = generateCorpus(DISTINCT_TEXTS, 11).map((a) => a.content.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim());
  log(`bench: analysing ${texts.length} distinct texts for the link probe`);
  // Analysed with the date of their first use; later copies keep these events (a copy
  // re-reported later), which is what makes a story's timeline grow realistically.
  const analyses = texts.map((text, i) => analyzeArticle(articleRecord(i, text)));

  const duplicates = new DuplicateIndex();
  const clusterer = new StoryClusterer();
  const resolver = new ActorResolver();
  const linked = new Map<string, StoryArticle>();
  const samples = new Map<number, Record<LinkStep, number[]>>();
  /** The story merged at every count: the one the probe joined at the first. */
  let merged: StoryArticle[] | undefined;
  const windows = [SMALL, size];
  for (let i = 0; i < size + probe; i++) {
    const template = analyses[i % texts.length]!;
    // The appended line comes after every analysed offset, so the analysis stays valid.
    const article = articleRecord(i, `${texts[i % texts.length]}\nItem ${i}.`);
    const analysis: Analysis = { ...template, articleId: article.id };
    const window = windows.find((at) => i >= at && i < at + probe);
    let started = performance.now();
    duplicates.add({ id: article.id, text: article.text, published: article.published.value });
    const afterDuplicates = performance.now();
    const story = clusterer.add({
      id: article.id,
      title: article.title.value,
      text: article.text,
      published: article.published.value,
      outlet: article.outlet.value,
      mentions: analysis.mentions,
      times: analysis.times,
    });
    const afterStories = performance.now();
    const actorIds = resolver.add(analysis.mentions.map((mention) => ({ articleId: article.id, mention }))).map((r) => r.actorId);
    const afterActors = performance.now();
    linked.set(article.id, { article, analysis, actorIds });
    if (i % 10_000 === 0 && i > 0) log(`bench: linked ${i} articles`);
    if (window === undefined) continue;
    const sample = samples.get(window) ?? { duplicates: [], stories: [], actors: [], events: [] };
    sample.duplicates.push(afterDuplicates - started);
    sample.stories.push(afterStories - afterDuplicates);
    sample.actors.push(afterActors - afterStories);
    if (i === window + probe - 1) {
      const members = clusterer.story(story.storyId)!.articleIds.map((id) => linked.get(id)!);
      const perArticle = (articles: StoryArticle[]) => {
        const builds: number[] = [];
        for (let build = 0; build < MERGE_BUILDS; build++) {
          collectGarbage();
          started = performance.now();
          buildTimeline(articles);
          builds.push(performance.now() - started);
        }
        return median(builds) / articles.length;
      };
      merged ??= members;
      log(`bench: merging the events of a story of ${merged.length} articles with ${window} stored`);
      sample.events.push(perArticle(merged));
      if (merged !== members) log(`bench: (the story the probe joined with ${window} stored, ${members.length} articles: ${perArticle(members).toFixed(3)} ms per article)`);
    }
    samples.set(window, sample);
  }
  const at = (window: number, step: LinkStep) => median(samples.get(window)![step]);
  const perArticle = Object.fromEntries(LINK_STEPS.map((step) => [step, [at(SMALL, step), at(size, step)]])) as Record<LinkStep, [number, number]>;
  return { at: [SMALL, size], perArticle, mergedStorySize: merged!.length };
}
