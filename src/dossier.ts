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
import { buildTimeline, DEFAULT_TIMELINE_CONFIDENCE, TIMELINE_FIELDS, withinBounds } from "./stages/compose/timeline.js";
import type { TimelineEvent, TimelineOptions } from "./stages/compose/timeline.js";
import { actorEvents, sourceActors } from "./stages/compose/actor-events.js";
import type { ActorEvent, SourceActors } from "./stages/compose/actor-events.js";
import { buildRounds } from "./stages/compose/rounds.js";
import type { NegotiationRound } from "./stages/compose/rounds.js";
import { summarizeStory } from "./stages/compose/story-summary.js";
import type { StorySummaryOptions, StorySummarySentence } from "./stages/compose/story-summary.js";
import { briefingMarkdown } from "./stages/compose/export.js";
import type { StoryArticle } from "./stages/compose/story-input.js";
import type { AnalysisField } from "./stages/analyze/types.js";
import { compareClaims, framingTerms } from "./stages/link/claims/index.js";
import type { ClaimGroup, OutletFraming } from "./stages/link/claims/index.js";
import { summarizeArticle } from "./stages/compose/summary.js";
import type { SummaryOptions, SummarySentence } from "./stages/compose/summary.js";
import { DossierStore } from "./store/index.js";
import type { ArticleSummaryRow, StoredArticle } from "./store/index.js";
import { refreshSearchStatistics, searchArticles } from "./store/search.js";
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

/** A story with the list rows of its articles, oldest first, and how many of them each outlet wrote. */
export interface StoryDetail {
  story: Story;
  articles: ArticleSummaryRow[];
  /** Most articles first; null: outlet unknown. */
  outlets: Array<{ outlet: string | null; articles: number }>;
}

/** An actor named in some articles, with how often. */
export interface ActorCount {
  id: string;
  canonical: string;
  type: string;
  /** Mentions in those articles. */
  mentions: number;
  /** Articles of those that name it. */
  articles: number;
}

/** A timeline event with the story whose timeline holds it. */
export type StoryEvent = TimelineEvent & { storyId: string };

/** What the views keep of a story's timeline: its events, and who is named in each source sentence. */
interface StoryTimeline {
  events: StoryEvent[];
  named: SourceActors;
}

/** Articles per query when views load many stories: one query for many small stories, not one each. */
const STORY_LOAD_BATCH = 1000;
/** The analysis part the claim groups read. */
const CLAIMS_FIELDS = ["claims"] as const;
/** Search result pages kept: a few readers' worth of queries and pages, each a few kilobytes. */
const SEARCH_PAGES_KEPT = 500;

export class Dossier {
  /** Loaded on first use and kept: the link indices live in memory while the process runs. */
  private linkerPromise: Promise<Linker> | null = null;
  /**
   * Views built from many articles (the story list, timelines, rounds, claims, a story's
   * summary, framing and article rows, an actor's article rows), which take seconds on a
   * large store, kept until the store or the links change. Every method that changes
   * them ends with `changed()`, which clears this and bumps `generation`, so a view is
   * never older than the last change made through this facade. (Another process writing
   * to a shared PostgreSQL is not seen until restart, like the link indices above.)
   */
  private readonly views = new Map<string, Promise<unknown>>();
  /** Search result pages by query and page, least recently asked first; cleared with the views. */
  private readonly searches = new Map<string, Promise<SearchPage>>();
  private generationCounter = 0;

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
    try {
      const report = await ingest(inputs, this.store, options);
      if (report.stored.length > 0) await refreshSearchStatistics(this.store);
      return { ...report, link: await linkPending(this.store, await this.linker(), options) };
    } finally {
      this.changed();
    }
  }

  /** Bumped by every change to the store or the links made through this facade: cached views older than it are gone. */
  get generation(): number {
    return this.generationCounter;
  }

  /** Drops every cached view: called at the end of each change (also a failed one, which may have stored part of a batch). */
  private changed(): void {
    this.generationCounter++;
    this.views.clear();
    this.searches.clear();
  }

  /** The view under `key`, built once per generation; a failed build is not kept, so the next call tries again. */
  private cached<T>(key: string, build: () => Promise<T>): Promise<T> {
    const kept = this.views.get(key) as Promise<T> | undefined;
    if (kept) return kept;
    const view = build();
    this.views.set(key, view);
    view.catch(() => {
      if (this.views.get(key) === view) this.views.delete(key);
    });
    return view;
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

  /**
   * Ranked full-text search over titles and texts, with highlighted snippets. Pages are
   * kept until the store changes (the most recently asked SEARCH_PAGES_KEPT of them):
   * a first-time search costs tens of milliseconds on a large store, a repeated one
   * almost nothing, and a reader pages back and forth through the same results.
   */
  search(query: string, options: SearchOptions = {}): Promise<SearchPage> {
    const key = JSON.stringify([query, options.limit ?? null, options.offset ?? null]);
    const kept = this.searches.get(key);
    if (kept) {
      // Moved to the end: the least recently asked page is the first to go.
      this.searches.delete(key);
      this.searches.set(key, kept);
      return kept;
    }
    const page = searchArticles(this.store.db, query, options);
    this.searches.set(key, page);
    page.catch(() => {
      if (this.searches.get(key) === page) this.searches.delete(key);
    });
    if (this.searches.size > SEARCH_PAGES_KEPT) this.searches.delete(this.searches.keys().next().value!);
    return page;
  }

  /** Re-runs extraction and analysis of every stored article from its raw bytes, then the links. */
  async reanalyze(options: Pick<IngestOptions, "onProgress"> = {}): Promise<ReanalyzeReport & { link: LinkReport }> {
    try {
      const report = await reanalyze(this.store, options);
      return { ...report, link: await this.relink(options) };
    } finally {
      this.changed();
    }
  }

  /** Rebuilds duplicates, stories and actors from the stored analyses; replays actor corrections. */
  async relink(options: Pick<IngestOptions, "onProgress"> = {}): Promise<LinkReport> {
    try {
      const rebuilt = relink(this.store, await this.dictionary(), options);
      this.linkerPromise = rebuilt.then((r) => r.linker);
      return (await rebuilt).report;
    } finally {
      this.changed();
    }
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
    return [...(await this.storyList())];
  }

  /**
   * The stories, worked out from the link indices once per generation: a story's title
   * and span are computed from all its members, which takes a while for a large story.
   */
  private storyList(): Promise<Story[]> {
    return this.cached("stories", async () => (await this.linker()).stories().sort((a, b) => (b.to ?? "").localeCompare(a.to ?? "") || b.articleIds.length - a.articleIds.length));
  }

  /** The story with exactly this id, or undefined. */
  async storyById(id: string): Promise<Story | undefined> {
    const byId = await this.cached("stories-by-id", async () => new Map((await this.storyList()).map((s) => [s.id, s])));
    return byId.get(id);
  }

  private async storyOrThrow(id: string): Promise<Story> {
    const story = await this.storyById(id);
    if (!story) throw new Error(`stories: no story "${id}" (see \`dossier stories\`)`);
    return story;
  }

  /** A story with the list rows of all its articles, oldest first. Shared with the cache: read it, do not change it. */
  story(id: string): Promise<StoryDetail> {
    return this.cached(`story:${id}`, async () => {
      const story = await this.storyOrThrow(id);
      const articles = await this.store.articleSummaries(story.articleIds);
      articles.sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "") || a.id.localeCompare(b.id));
      const perOutlet = new Map<string | null, number>();
      for (const { outlet } of articles) perOutlet.set(outlet, (perOutlet.get(outlet) ?? 0) + 1);
      const outlets = [...perOutlet].map(([outlet, count]) => ({ outlet, articles: count }));
      return { story, articles, outlets: outlets.sort((a, b) => b.articles - a.articles || (a.outlet ?? "").localeCompare(b.outlet ?? "")) };
    });
  }

  /** The distinct actors of these articles' mentions, most mentioned first. */
  async actorsOfArticles(articleIds: string[]): Promise<ActorCount[]> {
    const linker = await this.linker();
    const counts = new Map<string, { mentions: number; articles: number }>();
    for (const articleId of articleIds) {
      const ids = linker.actorsOfArticle(articleId);
      for (const id of ids) {
        const count = counts.get(id) ?? { mentions: 0, articles: 0 };
        count.mentions += 1;
        counts.set(id, count);
      }
      for (const id of new Set(ids)) counts.get(id)!.articles += 1;
    }
    const rows: ActorCount[] = [];
    for (const [id, count] of counts) {
      const actor = linker.actor(id);
      if (actor) rows.push({ id: actor.id, canonical: actor.canonical, type: actor.type, ...count });
    }
    return rows.sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || a.canonical.localeCompare(b.canonical));
  }

  /** The actors named in a story's articles, most mentioned first (kept per generation: a large story has many mentions). */
  async storyActors(id: string): Promise<ActorCount[]> {
    const story = await this.storyOrThrow(id);
    return this.cached(`story-actors:${id}`, () => this.actorsOfArticles(story.articleIds));
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

  /** The list rows of the articles that name an actor, newest first. Shared with the cache: read them, do not change them. */
  actorArticles(actor: Actor): Promise<ArticleSummaryRow[]> {
    return this.cached(`actor-articles:${actor.id}`, async () => {
      const rows = await this.store.articleSummaries([...new Set(actor.variants.flatMap((v) => v.articleIds))]);
      return rows.sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "") || a.id.localeCompare(b.id));
    });
  }

  /** Applies an actor correction, saves it (it is replayed after any rebuild) and the snapshot. */
  async correctActors(correction: ActorCorrection): Promise<Actor> {
    try {
      const linker = await this.linker();
      const actor = linker.correct(correction);
      await this.store.addCorrection(correction);
      await this.store.saveLinkState(linker.snapshot(), []);
      return actor;
    } finally {
      this.changed();
    }
  }

  /** A story's articles with their analyses (the parts named in `fields`, all by default) and actor ids: what the story views read. */
  async storyArticles<F extends AnalysisField = AnalysisField>(storyId: string, fields?: readonly F[]): Promise<Array<StoryArticle<F>>> {
    return (await this.articlesOfStories([await this.storyOrThrow(storyId)], fields)).get(storyId) ?? [];
  }

  /**
   * The articles of several stories, by story id, read with as few queries as their sizes
   * allow, with the analysis parts named in `fields` (all by default).
   */
  private async articlesOfStories<F extends AnalysisField = AnalysisField>(stories: Story[], fields?: readonly F[]): Promise<Map<string, Array<StoryArticle<F>>>> {
    const linker = await this.linker();
    const rows = await this.store.articlesWithAnalyses<F>(stories.flatMap((s) => s.articleIds), fields);
    const byId = new Map(rows.map((row) => [row.article.id, row]));
    return new Map(
      stories.map((story) => [
        story.id,
        story.articleIds.flatMap((id) => {
          const row = byId.get(id);
          return row ? [{ article: row.article, analysis: row.analysis, actorIds: linker.actorsOfArticle(id) }] : [];
        }),
      ]),
    );
  }

  /**
   * A view of each of these stories, each built from its articles once per generation.
   * Stories not built yet are loaded in batches of about STORY_LOAD_BATCH articles, one
   * batch at a time, so that building every story's view never holds the whole store.
   */
  private async perStory<T, F extends AnalysisField = AnalysisField>(
    kind: string,
    storyIds: string[],
    build: (storyId: string, articles: Array<StoryArticle<F>>) => T,
    fields?: readonly F[],
  ): Promise<T[]> {
    const generation = this.generation;
    const key = (id: string) => `${kind}:${id}`;
    const missing = await Promise.all(storyIds.filter((id) => !this.views.has(key(id))).map((id) => this.storyOrThrow(id)));
    let batch: Story[] = [];
    let size = 0;
    const flush = async () => {
      const loaded = await this.articlesOfStories(batch, fields);
      // Read before a change landed: not kept (the stories left are then built one by one below, from the new state).
      if (this.generation === generation) {
        for (const story of batch) {
          if (!this.views.has(key(story.id))) this.views.set(key(story.id), Promise.resolve(build(story.id, loaded.get(story.id) ?? [])));
        }
      }
      batch = [];
      size = 0;
    };
    for (const story of missing) {
      if (this.generation !== generation) break;
      batch.push(story);
      size += story.articleIds.length;
      if (size >= STORY_LOAD_BATCH) await flush();
    }
    if (batch.length > 0) await flush();
    return Promise.all(storyIds.map((id) => this.cached(key(id), async () => build(id, await this.storyArticles(id, fields)))));
  }

  /** Each story's merged timeline (every event, no date bounds), with who is named in each source. */
  private storyTimelines(storyIds: string[], minConfidence = DEFAULT_TIMELINE_CONFIDENCE): Promise<StoryTimeline[]> {
    return this.perStory(
      `timeline@${minConfidence}`,
      storyIds,
      (storyId, articles) => {
        const events = buildTimeline(articles, { minConfidence }).map((event) => ({ ...event, storyId }));
        return { events, named: sourceActors(articles, events) };
      },
      TIMELINE_FIELDS,
    );
  }

  private async allStoryIds(): Promise<string[]> {
    return (await this.stories()).map((s) => s.id);
  }

  /**
   * Dated events, reports of one event merged with all their sources. Merging happens
   * within a story (the unit in which two reports can be of one event); without
   * `story`, every story's timeline, in date order (undated last). Each event carries
   * its story's id. The events are shared with the cache: read them, do not change them.
   */
  async timeline(options: TimelineOptions & { story?: string } = {}): Promise<StoryEvent[]> {
    const minConfidence = options.minConfidence ?? DEFAULT_TIMELINE_CONFIDENCE;
    const events = options.story
      ? (await this.storyTimelines([options.story], minConfidence))[0]!.events
      : await this.cached(`timeline@${minConfidence}:all`, async () => {
          const timelines = await this.storyTimelines(await this.allStoryIds(), minConfidence);
          return timelines.flatMap((t) => t.events).sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
        });
    return events.filter((event) => withinBounds(event, options));
  }

  /**
   * The timeline events the actor takes part in or is named in, in date order, with the
   * part it plays, from the stories of the articles that name it.
   */
  async actorEvents(actor: Actor): Promise<Array<ActorEvent<StoryEvent> & { storyId: string }>> {
    const linker = await this.linker();
    const storyIds = [...new Set(actor.variants.flatMap((v) => v.articleIds).map((id) => linker.storyOf(id)).filter((id): id is string => id !== undefined))];
    const timelines = await this.storyTimelines(storyIds);
    return timelines
      .flatMap((t) => actorEvents(actor, t.events, t.named))
      .map((found) => ({ ...found, storyId: found.event.storyId }))
      .sort((a, b) => (a.event.date ?? "9999").localeCompare(b.event.date ?? "9999"));
  }

  /** Negotiation rounds (venue, date, parties, mediators, issues, outcome) of a story, or of every story. */
  async rounds(options: { story?: string } = {}): Promise<Array<NegotiationRound & { storyId: string }>> {
    const roundsOf = (timelines: StoryTimeline[]) =>
      timelines
        .flatMap((t) => (t.events.length > 0 ? buildRounds(t.events).map((r) => ({ ...r, storyId: t.events[0]!.storyId })) : []))
        .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
    if (options.story) return roundsOf(await this.storyTimelines([options.story]));
    return [...(await this.cached("rounds:all", async () => roundsOf(await this.storyTimelines(await this.allStoryIds()))))];
  }

  /** A multi-document summary of a story: quoted sentences with their articles, in time order. */
  async storySummary(storyId: string, options: StorySummaryOptions = {}): Promise<{ story: Story; sentences: Array<StorySummarySentence & { disputed: string[] }> }> {
    const story = await this.storyOrThrow(storyId);
    return this.cached(`story-summary:${storyId}:${JSON.stringify(options)}`, async () => {
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
    });
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
    const storyIds = options.story ? [options.story] : await this.allStoryIds();
    const perStory = await this.perStory(
      "claims",
      storyIds,
      (storyId, articles) => compareClaims(articles.flatMap(({ analysis }) => analysis.claims.map((c) => ({ ...c, storyId })))),
      CLAIMS_FIELDS,
    );
    const groups = perStory.flat();
    return options.conflicts ? groups.filter((g) => g.status === "conflict") : groups;
  }

  /** The loaded terms each outlet of a story uses for the same actors and events, side by side. */
  async framing(storyId: string): Promise<OutletFraming[]> {
    await this.storyOrThrow(storyId);
    return this.cached(`framing:${storyId}`, async () => {
      const articles = await this.storyArticles(storyId);
      return framingTerms(articles.map(({ article }) => ({ articleId: article.id, outlet: article.outlet.value, text: article.text })));
    });
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
