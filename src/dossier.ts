/**
 * The library facade: what the CLI, the HTTP API and the web UI call. None of them
 * holds analysis logic; all of it is behind these methods.
 */
import path from "node:path";
import { ingest, linkPending, reanalyze, relink } from "./pipeline.js";
import type { IngestOptions, IngestReport, LinkReport, ReanalyzeReport } from "./pipeline.js";
import { EMPTY_DICTIONARY, parseActorDictionary } from "./stages/link/actors/index.js";
import type { Actor, ActorDictionary } from "./stages/link/actors/index.js";
import { Linker } from "./stages/link/index.js";
import type { ActorCorrection } from "./stages/link/index.js";
import type { DuplicateGroup } from "./stages/link/duplicates/index.js";
import type { Story } from "./stages/link/stories/index.js";
import { buildTimeline } from "./stages/compose/timeline.js";
import type { TimelineEvent, TimelineOptions } from "./stages/compose/timeline.js";
import { buildRounds } from "./stages/compose/rounds.js";
import type { NegotiationRound } from "./stages/compose/rounds.js";
import { summarizeStory } from "./stages/compose/story-summary.js";
import type { StorySummaryOptions, StorySummarySentence } from "./stages/compose/story-summary.js";
import { briefingMarkdown } from "./stages/compose/export.js";
import type { StoryArticle } from "./stages/compose/story-input.js";
import { compareClaims, framingTerms } from "./stages/link/claims/index.js";
import type { ClaimGroup, OutletFraming } from "./stages/link/claims/index.js";
import { summarizeArticle } from "./stages/compose/summary.js";
import type { SummaryOptions, SummarySentence } from "./stages/compose/summary.js";
import { DossierStore } from "./store/index.js";
import type { ArticleSummaryRow, StoredArticle } from "./store/index.js";
import { searchArticles } from "./store/search.js";
import type { SearchOptions, SearchPage } from "./store/search.js";

export interface DossierOptions {
  /** Data folder of the embedded store. Default: $DOSSIER_DATA or ./.dossier */
  dataDir?: string;
  /** PostgreSQL connection string. Default: $DATABASE_URL (unset: embedded PGlite). */
  databaseUrl?: string;
}

export function defaultDataDir(): string {
  return path.resolve(process.env.DOSSIER_DATA || ".dossier");
}

/** Settings key of the user's actor dictionary. */
const DICTIONARY_SETTING = "actor-dictionary";

/** A story with the list rows of its articles, oldest first. */
export interface StoryDetail {
  story: Story;
  articles: ArticleSummaryRow[];
}

export class Dossier {
  /** Loaded on first use and kept: the link indices live in memory while the process runs. */
  private linkerPromise: Promise<Linker> | null = null;

  private constructor(readonly store: DossierStore) {}

  static async open(options: DossierOptions = {}): Promise<Dossier> {
    const databaseUrl = options.databaseUrl ?? (process.env.DATABASE_URL || undefined);
    const store = await DossierStore.open({
      dataDir: options.dataDir ? path.resolve(options.dataDir) : defaultDataDir(),
      ...(databaseUrl ? { databaseUrl } : {}),
    });
    return new Dossier(store);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  /** Stores the inputs' articles, then links every article not linked yet. */
  async ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestReport & { link: LinkReport }> {
    const report = await ingest(inputs, this.store, options);
    return { ...report, link: await linkPending(this.store, await this.linker(), options) };
  }

  /**
   * Ingests content held in memory (the HTTP API's request bodies) through the read
   * stage's standard-input path: decoded, sniffed (HTML, Markdown, text, or JSONL with
   * one article per line) and stored like any other input.
   *
   * @example await dossier.ingestContent(new TextEncoder().encode(jsonl), { read: { supplied: { outlet: "Nile Wire" } } })
   */
  ingestContent(content: Uint8Array, options: IngestOptions = {}): Promise<IngestReport & { link: LinkReport }> {
    const stdinOrigin = options.read?.stdinOrigin ?? { kind: "api" as const, location: "api" };
    return this.ingest(["-"], { ...options, read: { ...options.read, readStdin: async () => content, stdinOrigin } });
  }

  /** Ranked full-text search over titles and texts, with highlighted snippets. */
  search(query: string, options: SearchOptions = {}): Promise<SearchPage> {
    return searchArticles(this.store.db, query, options);
  }

  /** Re-runs extraction and analysis of every stored article from its raw bytes, then the links. */
  async reanalyze(options: Pick<IngestOptions, "onProgress"> = {}): Promise<ReanalyzeReport & { link: LinkReport }> {
    const report = await reanalyze(this.store, options);
    return { ...report, link: await this.relink(options) };
  }

  /** Rebuilds duplicates, stories and actors from the stored analyses; replays actor corrections. */
  async relink(options: Pick<IngestOptions, "onProgress"> = {}): Promise<LinkReport> {
    const rebuilt = relink(this.store, await this.dictionary(), options);
    this.linkerPromise = rebuilt.then((r) => r.linker);
    return (await rebuilt).report;
  }

  /** The link indices, loaded from the saved snapshot (or new), with the user's dictionary. */
  linker(): Promise<Linker> {
    this.linkerPromise ??= (async () => {
      const dictionary = await this.dictionary();
      const state = await this.store.loadLinkState();
      return state ? Linker.fromState(state, dictionary) : Linker.create(dictionary);
    })();
    return this.linkerPromise;
  }

  async dictionary(): Promise<ActorDictionary> {
    return (await this.store.getSetting<ActorDictionary>(DICTIONARY_SETTING)) ?? EMPTY_DICTIONARY;
  }

  /** Validates and stores the user's actor dictionary, then rebuilds the links with it. */
  async setDictionary(json: unknown): Promise<{ dictionary: ActorDictionary; link: LinkReport }> {
    const dictionary = parseActorDictionary(json);
    await this.store.setSetting(DICTIONARY_SETTING, dictionary);
    return { dictionary, link: await this.relink() };
  }

  /** Stories, most recent activity first. */
  async stories(): Promise<Story[]> {
    const stories = (await this.linker()).stories();
    return stories.sort((a, b) => (b.to ?? "").localeCompare(a.to ?? "") || b.articleIds.length - a.articleIds.length);
  }

  async story(id: string): Promise<StoryDetail> {
    const story = (await this.linker()).story(id);
    if (!story) throw new Error(`stories: no story "${id}" (see \`dossier stories\`)`);
    const rows = await this.store.articleSummaries(story.articleIds);
    rows.sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "") || a.id.localeCompare(b.id));
    return { story, articles: rows };
  }

  /** Actors, most mentioned first. */
  async actors(options: { type?: string } = {}): Promise<Actor[]> {
    const mentions = (a: Actor) => a.variants.reduce((n, v) => n + v.count, 0);
    return (await this.linker())
      .actors()
      .filter((a) => !options.type || a.type === options.type.toUpperCase())
      .sort((a, b) => mentions(b) - mentions(a) || a.canonical.localeCompare(b.canonical));
  }

  async actor(query: string): Promise<Actor> {
    return (await this.linker()).findActor(query);
  }

  /** Applies an actor correction, saves it (it is replayed after any rebuild) and the snapshot. */
  async correctActors(correction: ActorCorrection): Promise<Actor> {
    const linker = await this.linker();
    const actor = linker.correct(correction);
    await this.store.addCorrection(correction);
    await this.store.saveLinkState(linker.snapshot(), []);
    return actor;
  }

  /** A story's articles with their analyses and actor ids: what the story views read. */
  async storyArticles(storyId: string): Promise<StoryArticle[]> {
    const linker = await this.linker();
    const story = linker.story(storyId);
    if (!story) throw new Error(`stories: no story "${storyId}" (see \`dossier stories\`)`);
    const rows = await this.store.articlesWithAnalyses(story.articleIds);
    return rows.map(({ article, analysis }) => ({ article, analysis, actorIds: linker.actorsOfArticle(article.id) }));
  }

  /**
   * Dated events, reports of one event merged with all their sources. Merging happens
   * within a story (the unit in which two reports can be of one event); without
   * `story`, every story's timeline, in date order.
   */
  async timeline(options: TimelineOptions & { story?: string } = {}): Promise<TimelineEvent[]> {
    const storyIds = options.story ? [options.story] : (await this.stories()).map((s) => s.id);
    const events: TimelineEvent[] = [];
    for (const id of storyIds) events.push(...buildTimeline(await this.storyArticles(id), options));
    return events.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  }

  /** Negotiation rounds (venue, date, parties, mediators, issues, outcome) of a story, or of every story. */
  async rounds(options: { story?: string } = {}): Promise<Array<NegotiationRound & { storyId: string }>> {
    const storyIds = options.story ? [options.story] : (await this.stories()).map((s) => s.id);
    const rounds: Array<NegotiationRound & { storyId: string }> = [];
    for (const id of storyIds) rounds.push(...buildRounds(buildTimeline(await this.storyArticles(id))).map((r) => ({ ...r, storyId: id })));
    return rounds.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  }

  /** A multi-document summary of a story: quoted sentences with their articles, in time order. */
  async storySummary(storyId: string, options: StorySummaryOptions = {}): Promise<{ story: Story; sentences: Array<StorySummarySentence & { disputed: string[] }> }> {
    const { story } = await this.story(storyId);
    const sentences = summarizeStory(await this.storyArticles(storyId), options);
    // A summary sentence that carries a claim other outlets contradict says so.
    const conflicts = await this.claims({ story: storyId, conflicts: true });
    return {
      story,
      sentences: sentences.map((s) => ({
        ...s,
        disputed: conflicts
          .filter((g) => g.sides.some((side) => side.sources.some((src) => src.articleId === s.articleId && src.sentence === s.text)))
          .map((g) => `${g.slot}: ${g.sides.map((side) => side.label).join(" vs ")}`),
      })),
    };
  }

  /** A Markdown briefing of a story: summary, rounds and timeline, every line quoted and sourced. */
  async briefing(storyId: string): Promise<string> {
    const { story, sentences } = await this.storySummary(storyId);
    const timeline = await this.timeline({ story: storyId });
    const span = story.from ? (story.from === story.to ? story.from : `${story.from} to ${story.to}`) : "undated";
    return briefingMarkdown({ title: story.title ?? story.id, span, outlets: story.outlets, summary: sentences, timeline, rounds: buildRounds(timeline) });
  }

  /**
   * Claims about the same thing in a story (same slot, same event), grouped and marked
   * agree / compatible / conflict with the sources on each side; `conflicts` keeps only
   * the disputed ones. Without `story`, every story's groups.
   */
  async claims(options: { story?: string; conflicts?: boolean } = {}): Promise<ClaimGroup[]> {
    const storyIds = options.story ? [options.story] : (await this.stories()).map((s) => s.id);
    const groups: ClaimGroup[] = [];
    for (const storyId of storyIds) {
      const claims = (await this.storyArticles(storyId)).flatMap(({ analysis }) => analysis.claims.map((c) => ({ ...c, storyId })));
      groups.push(...compareClaims(claims));
    }
    return options.conflicts ? groups.filter((g) => g.status === "conflict") : groups;
  }

  /** The loaded terms each outlet of a story uses for the same actors and events, side by side. */
  async framing(storyId: string): Promise<OutletFraming[]> {
    const articles = await this.storyArticles(storyId);
    return framingTerms(articles.map(({ article }) => ({ articleId: article.id, outlet: article.outlet.value, text: article.text })));
  }

  /** Near-duplicate groups with more than one member. */
  async duplicates(): Promise<DuplicateGroup[]> {
    return (await this.linker()).duplicateGroups();
  }

  articles(options: { limit?: number; offset?: number } = {}): Promise<ArticleSummaryRow[]> {
    return this.store.listArticles(options);
  }

  countArticles(): Promise<number> {
    return this.store.countArticles();
  }

  article(id: string): Promise<StoredArticle> {
    return this.store.getArticle(id);
  }

  /** The article's most informative sentences, quoted, with spans. */
  async summary(id: string, options: SummaryOptions = {}): Promise<{ article: StoredArticle; sentences: SummarySentence[] }> {
    const stored = await this.store.getArticle(id);
    if (!stored.analysis) throw new Error(`summary: article ${stored.article.id} has no analysis yet; run \`dossier reanalyze\``);
    return { article: stored, sentences: summarizeArticle(stored.article, stored.analysis, options) };
  }
}
