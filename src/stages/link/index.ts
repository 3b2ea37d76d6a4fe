/**
 * link: Article + Analysis -> links across articles: near-duplicate groups, stories and
 * actors. Each piece is an index whose cost per new article does not grow with the
 * store (LSH buckets, inverted indices, name-key maps); together they form one state
 * that the store saves as a snapshot after each run (see pipeline.ts: linkPending).
 */
import type { Analysis } from "../analyze/types.js";
import type { Article } from "../extract/types.js";
import { ActorResolver, EMPTY_DICTIONARY } from "./actors/index.js";
import type { Actor, ActorDictionary, ResolverState } from "./actors/index.js";
import { DuplicateIndex } from "./duplicates/index.js";
import type { DuplicateGroup, DuplicateIndexState, DuplicateMatch } from "./duplicates/index.js";
import { StoryClusterer } from "./stories/index.js";
import type { Story, StoryClustererState } from "./stories/index.js";

/** Bumped when the shape of LinkState changes: an older snapshot is then rebuilt by `relink`. */
export const LINK_STATE_VERSION = 1;

export interface LinkState {
  version: number;
  duplicates: DuplicateIndexState;
  stories: StoryClustererState;
  actors: ResolverState;
  /** Article id -> actor id of each of its entity mentions, in mention order. */
  mentionActors: Record<string, string[]>;
}

export interface ArticleLinks {
  articleId: string;
  duplicateGroupId: string;
  similarTo: DuplicateMatch[];
  storyId: string;
  actorIds: string[];
}

/** A user correction of the actors, kept by name so it can be replayed after a rebuild. */
export type ActorCorrection =
  | { kind: "merge"; keep: string; other: string }
  | { kind: "split"; actor: string; variants: string[] };

export class Linker {
  private constructor(
    private readonly duplicates: DuplicateIndex,
    private readonly clusterer: StoryClusterer,
    private readonly resolver: ActorResolver,
    private readonly mentionActors: Map<string, string[]>,
  ) {}

  static create(dictionary: ActorDictionary = EMPTY_DICTIONARY): Linker {
    return new Linker(new DuplicateIndex(), new StoryClusterer(), new ActorResolver(dictionary), new Map());
  }

  static fromState(state: LinkState, dictionary: ActorDictionary = EMPTY_DICTIONARY): Linker {
    if (state.version !== LINK_STATE_VERSION) {
      throw new Error(`link: state version: expected ${LINK_STATE_VERSION}, found ${state.version}; run \`dossier relink\``);
    }
    return new Linker(
      DuplicateIndex.fromJSON(state.duplicates),
      StoryClusterer.fromJSON(state.stories),
      ActorResolver.fromState(state.actors, dictionary),
      new Map(Object.entries(state.mentionActors)),
    );
  }

  /** Links one new article; call in ingestion order. */
  link(article: Article, analysis: Analysis): ArticleLinks {
    const published = article.published.value;
    const duplicate = this.duplicates.add({ id: article.id, text: article.text, published });
    const story = this.clusterer.add({
      id: article.id,
      title: article.title.value,
      text: article.text,
      published,
      outlet: article.outlet.value,
      mentions: analysis.mentions,
      times: analysis.times,
    });
    const resolutions = this.resolver.add(analysis.mentions.map((mention) => ({ articleId: article.id, mention })));
    const actorIds = resolutions.map((r) => r.actorId);
    this.mentionActors.set(article.id, actorIds);
    return { articleId: article.id, duplicateGroupId: duplicate.groupId, similarTo: duplicate.similarTo, storyId: story.storyId, actorIds };
  }

  snapshot(): LinkState {
    return {
      version: LINK_STATE_VERSION,
      duplicates: this.duplicates.toJSON(),
      stories: this.clusterer.toJSON(),
      actors: this.resolver.toState(),
      mentionActors: Object.fromEntries(this.mentionActors),
    };
  }

  stories(): Story[] {
    return this.clusterer.stories();
  }

  story(id: string): Story | undefined {
    return this.clusterer.story(id);
  }

  storyOf(articleId: string): string | undefined {
    return this.clusterer.storyOf(articleId);
  }

  duplicateGroups(): DuplicateGroup[] {
    return this.duplicates.groups();
  }

  duplicateGroupOf(articleId: string): DuplicateGroup | undefined {
    const groupId = this.duplicates.groupOf(articleId);
    return groupId === undefined ? undefined : this.duplicates.groups({ includeSingletons: true }).find((g) => g.id === groupId);
  }

  actors(): Actor[] {
    return this.resolver.actors();
  }

  actor(id: string): Actor | undefined {
    return this.resolver.actor(id);
  }

  /** Actor ids of an article's mentions (following merges), in mention order. */
  actorsOfArticle(articleId: string): string[] {
    return (this.mentionActors.get(articleId) ?? []).map((id) => this.resolver.currentId(id) ?? id);
  }

  /**
   * Finds an actor by id, canonical name or any variant (case-insensitive). Throws with
   * the candidates when the name is ambiguous or unknown.
   */
  findActor(query: string): Actor {
    const byId = this.resolver.actor(query);
    if (byId) return byId;
    const wanted = query.trim().toLowerCase();
    const matches = this.resolver
      .actors()
      .filter((a) => a.canonical.toLowerCase() === wanted || a.variants.some((v) => v.text.toLowerCase() === wanted));
    if (matches.length === 1) return matches[0]!;
    if (matches.length === 0) throw new Error(`actors: no actor named or numbered "${query}" (see \`dossier actors\`)`);
    throw new Error(`actors: "${query}" names several actors: ${matches.map((a) => `${a.id} ${a.canonical} (${a.type})`).join("; ")}; use an id`);
  }

  /** Applies a user correction; returns the actor it produced or kept. */
  correct(correction: ActorCorrection): Actor {
    if (correction.kind === "merge") {
      return this.resolver.merge(this.findActor(correction.keep).id, this.findActor(correction.other).id);
    }
    return this.resolver.split(this.findActor(correction.actor).id, correction.variants);
  }
}
