/** Records of the story stage: articles about one event or development, clustered incrementally. */

/** A name found in the article (the entity recogniser's EntityMention fits: only text and type are read). */
export interface StoryMention {
  text: string;
  type: string;
}

/** A time expression (the time resolver's TimeExpression fits: only value is read). */
export interface StoryTime {
  /** TIMEX3-style value: "2023-12-20", "2023-12", ... anything else is ignored. */
  value: string | null;
}

/** What the clusterer needs of an article. */
export interface StoryInput {
  id: string;
  title: string | null;
  /** Clean main text. */
  text: string;
  /** ISO date or date-time; null when unknown (see undatedDecay). */
  published: string | null;
  outlet?: string | null;
  /** Entity mentions; without them, capitalised names in the text stand in. */
  mentions?: StoryMention[];
  /** Resolved time expressions; without them, full dates written in the text stand in. */
  times?: StoryTime[];
}

/** What `StoryClusterer.add` returns. */
export interface StoryResult {
  storyId: string;
  /** Similarity (0..1, after time decay) of the article's closest link; 0 when it has none. */
  score: number;
  /** True when the article opened a story of its own (no article close enough yet). */
  isNew: boolean;
  /**
   * Stories that no longer exist because the article linked them into `storyId`: their
   * articles now belong to `storyId`. Usually empty.
   */
  merged: string[];
  /**
   * Stories newly split off an existing story because the article took the place of the
   * link that held them together (see graph.ts). Their articles left the story they were
   * in; the new article's own story may be one of them. Usually empty.
   */
  split: string[];
  /** Stored articles compared in full (bounded by maxCandidates, whatever the store's size). */
  compared: number;
}

export interface Story {
  id: string;
  /** The member headline closest to the story's content; null when no member has a title. */
  title: string | null;
  /** In the order they were added. */
  articleIds: string[];
  /** Distinct outlets of the members, in order of first appearance. */
  outlets: string[];
  /** Earliest and latest publication date of the members (as given); null when none is dated. */
  from: string | null;
  to: string | null;
}

/** Options of the clusterer; every field has a documented default in `DEFAULT_STORY_OPTIONS` (options.ts). */
export interface StoryOptions {
  /** Similarity (0..1, after time decay) at or above which two articles may be linked. */
  linkThreshold?: number;
  /** Links each article keeps to its most similar articles. */
  neighbours?: number;
  /** A link beyond an article's best is kept only while at least this share of the best. */
  secondLinkShare?: number;
  /** Share of the similarity from the content-word vectors (the rest from names). */
  textWeight?: number;
  /** How much a headline word counts, added to its count in the body (1: the headline reads as one more sentence). */
  titleWeight?: number;
  /** Days between two articles that cost nothing. */
  graceDays?: number;
  /** Beyond the grace, every this many days halve the similarity ... */
  halfLifeDays?: number;
  /** ... but never below this share of it. */
  decayFloor?: number;
  /** Multiplier of the similarity of an undated article and a dated one. */
  undatedDecay?: number;
  /** Terms / names an article keeps in its stored vectors. */
  maxArticleTerms?: number;
  maxArticleNames?: number;
  /** Highest-IDF terms / names under which an article is indexed and with which it looks up candidates. */
  indexTerms?: number;
  indexNames?: number;
  /** Most recent articles kept per inverted-index entry. */
  maxPostingArticles?: number;
  /** Candidate articles compared in full per new article. */
  maxCandidates?: number;
  /** Imaginary documents without any content word, added to the count in the IDF. */
  idfPriorDocuments?: number;
}

/** One article as serialised. */
export interface StoryArticleState {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  /** Sublinear counts, capped (IDF applied at comparison time). */
  terms: Record<string, number>;
  names: Record<string, number>;
  /** Keys it is indexed under (kept so the index rebuilds exactly). */
  indexKeys: string[];
  links: Array<{ id: string; similarity: number }>;
  storyId: string;
  /** For an undated article left alone as torn between two periods: the similarity that tore it (absent otherwise). */
  ambiguousAt?: number;
}

/** Serialised state of a StoryClusterer (plain JSON); articles in insertion order. */
export interface StoryClustererState {
  version: number;
  options: Required<StoryOptions>;
  documents: number;
  termDf: Record<string, number>;
  nameDf: Record<string, number>;
  articles: StoryArticleState[];
}
