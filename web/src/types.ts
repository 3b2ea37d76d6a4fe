/**
 * The API's answers as the UI reads them. The contract is the server's JSON schemas
 * (src/api/schemas.ts, served at /api/openapi.json); these types mirror the parts the
 * UI uses, so the browser build does not depend on server code.
 */

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface Origin {
  kind: "file" | "stdin" | "url" | "api";
  location: string;
  line?: number;
}

export type MetadataSource = "meta" | "json-ld" | "url" | "dateline" | "feed" | "user" | "text" | "unknown";

export interface Sourced {
  value: string | null;
  source: MetadataSource;
}

export interface ArticleRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedSource: MetadataSource;
  origin: Origin;
  language: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  kind: string;
  paragraph: number;
}

export interface Mention extends Span {
  text: string;
  type: string;
  role?: string;
  affiliation?: string;
}

export interface TimeExpression extends Span {
  text: string;
  type: string;
  value: string | null;
  granularity: string;
  range?: { from: string; to: string };
  basis: "stated" | "inferred";
  confidence: number;
}

export interface Article {
  id: string;
  contentHash: string;
  origin: Origin;
  format: string;
  title: Sourced;
  byline: Sourced;
  outlet: Sourced;
  published: Sourced;
  url: string | null;
  language: string;
  text: string;
  removed: Array<{ text: string; reason: string }>;
  diagnostics: string[];
}

export interface StoredArticle {
  article: Article;
  analysis: { sentences: Sentence[]; mentions: Mention[]; times: TimeExpression[] } | null;
  encoding: string;
  ingestedAt: string;
  /** Absent from servers older than the link routes. */
  links?: ArticleLinks;
}

export interface SummarySentence extends Span {
  articleId: string;
  text: string;
  score: number;
}

export interface Summary {
  articleId: string;
  title: string | null;
  sentences: SummarySentence[];
}

export interface Segment {
  text: string;
  highlight: boolean;
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  rank: number;
  titleHighlight: Segment[];
  snippet: Segment[];
}

export interface SearchPage extends Page<SearchHit> {
  query: string;
  /** More articles match than `total`: only the most recent of a common query's matches are ranked. */
  totalIsLowerBound: boolean;
}

export interface IngestReport {
  read: number;
  stored: string[];
  articles: ArticleRow[];
  duplicates: Array<{ origin: Origin; id: string }>;
  failures: Array<{ origin: Origin; stage: string; reason: string }>;
  total: number;
  seconds: number;
}

export interface Health {
  status: "ok";
  driver: "pglite" | "postgres";
  articles: number;
  /** token: writes need the server's DOSSIER_TOKEN; local: writes from the server's machine only. */
  writes: "token" | "local";
}

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "MEDIA";

export interface Story {
  id: string;
  title: string | null;
  articleIds: string[];
  outlets: string[];
  from: string | null;
  to: string | null;
}

export interface ActorSummary {
  id: string;
  canonical: string;
  type: EntityType;
  mentions: number;
  articles: number;
}

export interface StoryDetail {
  story: Story;
  /** A page of them (limit, offset), oldest first. */
  articles: ArticleRow[];
  articlesTotal: number;
  limit: number;
  offset: number;
  /** Articles per outlet over the whole story, most first. */
  outlets: Array<{ outlet: string | null; articles: number }>;
  actors: ActorSummary[];
}

export interface StorySentence extends Span {
  articleId: string;
  outlet: string | null;
  published: string | null;
  text: string;
  score: number;
}

export interface StorySummary {
  story: Story;
  sentences: StorySentence[];
}

export interface EventSource extends Span {
  articleId: string;
  outlet: string | null;
  published: string | null;
  /** Exactly the article's text.slice(start, end). */
  sentence: string;
  date: string | null;
  location: string | null;
}

export type EventStatus = "factual" | "future" | "expected" | "hypothetical" | "negated" | "historical";

export interface TimelineEvent {
  id: string;
  storyId: string;
  event: string;
  mode: string | null;
  status: EventStatus;
  context: string[];
  actors: string[];
  recipients: string[];
  mediators: string[];
  location: string | null;
  date: string | null;
  granularity: string | null;
  range: { from: string; to: string } | null;
  outcome: string | null;
  confidence: number;
  /** In lists, the first reports only: `sourceCount` says how many there are. */
  sources: EventSource[];
  sourceCount?: number;
  /** In lists, `articleIds` are the first only: `articleCount` says how many there are. */
  disagreements: Array<{ field: "date" | "location"; values: Array<{ value: string; articleIds: string[]; articleCount?: number }> }>;
}

export interface NegotiationRound {
  id: string;
  storyId: string;
  venue: string;
  date: string | null;
  parties: string[];
  mediators: string[];
  issues: string[];
  outcome: "ongoing" | "no breakthrough" | "collapsed" | "agreed" | "expected";
  sources: EventSource[];
}

export interface ActorVariant {
  text: string;
  count: number;
  articleIds?: string[];
}

export interface Actor {
  id: string;
  canonical: string;
  type: EntityType;
  variants: ActorVariant[];
  roles: string[];
  affiliations: string[];
  listed?: boolean;
}

export interface ActorRow extends Actor {
  mentions: number;
  articles: number;
}

export type ActorRole = "actor" | "recipient" | "mediator" | "location" | "mentioned";

export interface ActorDetail {
  actor: Actor;
  /** A page of them (limit, offset), newest first. */
  articles: ArticleRow[];
  articlesTotal: number;
  limit: number;
  offset: number;
  events: Array<{ event: TimelineEvent; storyId: string; roles: ActorRole[] }>;
}

export interface DuplicateMember {
  id: string;
  similarity: number;
  matchedId: string | null;
  published: string | null;
  length: number;
  title: string | null;
  outlet: string | null;
}

export interface ArticleLinks {
  storyId: string | null;
  duplicateGroup: { id: string; members: DuplicateMember[]; earliestId: string; fullestId: string } | null;
  actorIds: string[];
  actors: ActorSummary[];
}

export type ClaimStatus = "agree" | "compatible" | "conflict";

export interface ClaimChainLink {
  role: "source" | "channel" | "publisher";
  text: string;
}

export interface ClaimSource {
  claimId: string;
  articleId: string;
  outlet: string | null;
  published: string | null;
  speaker: string | null;
  chain: ClaimChainLink[];
  hedged: boolean;
  sentence: string;
}

export interface ClaimGroup {
  id: string;
  storyId: string | null;
  slot: string;
  holder: string | null;
  when: { from: string; to: string } | null;
  status: ClaimStatus;
  sides: Array<{ value: Record<string, unknown>; label: string; sources: ClaimSource[] }>;
  superseded: ClaimSource[];
  reasons: string[];
}

export interface OutletFraming {
  outlet: string;
  terms: Array<{ term: string; referent: string; count: number; articleIds: string[] }>;
}
