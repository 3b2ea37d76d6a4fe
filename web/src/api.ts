/**
 * The API client: typed GETs with a small cache (so moving between articles with j/k
 * is instant), and the write used by the Add page. Errors carry the API's message.
 */
import type {
  Actor,
  ActorDetail,
  ActorRow,
  ArticleRow,
  ClaimGroup,
  Health,
  IngestReport,
  NegotiationRound,
  OutletFraming,
  Page,
  SearchPage,
  Story,
  StoryDetail,
  StoredArticle,
  StorySummary,
  Summary,
  TimelineEvent,
} from "./types";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Answers kept for revisits; cleared after every write. 200 articles is a few MB at most. */
const CACHE_LIMIT = 200;
const cache = new Map<string, Promise<unknown>>();

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(0, "network", "the server does not answer; is `dossier serve` running?");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? "http", error?.message ?? `${response.status} ${response.statusText}`);
  }
  return body as T;
}

/** A cached GET; a failed one is forgotten so that a retry asks again. */
export function get<T>(path: string): Promise<T> {
  const hit = cache.get(path);
  if (hit) return hit as Promise<T>;
  const pending = request<T>(path);
  cache.set(path, pending);
  pending.catch(() => cache.delete(path));
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return pending;
}

/** The API's largest page, and a bound on the reader's index (beyond it, previous / next stop). */
const INDEX_PAGE = 500;
const INDEX_LIMIT = 20_000;
/** Articles per page on a story's or an actor's page (the API's default for both). */
export const DETAIL_ARTICLES = 100;
/** A story's timeline or rounds beyond this many are cut: no chart shows them readably. */
const STORY_LIST_LIMIT = 2_000;

/** Every item of a paged list, a page of 500 at a time, up to `cap`. */
async function allPages<T>(path: (limit: number, offset: number) => string, cap: number): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; offset < cap; offset += INDEX_PAGE) {
    const page = await get<Page<T>>(path(INDEX_PAGE, offset));
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) break;
  }
  return items;
}

const storyPath = (id: string) => `/api/stories/${encodeURIComponent(id)}`;

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
};

export const api = {
  articles: (limit: number, offset: number) => get<Page<ArticleRow>>(`/api/articles${query({ limit, offset })}`),
  article: (id: string) => get<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`),
  summary: (id: string, count = 3) => get<Summary>(`/api/articles/${encodeURIComponent(id)}/summary${query({ count })}`),
  search: (q: string, limit: number, offset: number) => get<SearchPage>(`/api/search${query({ q, limit, offset })}`),
  stories: (limit: number, offset: number) => get<Page<Story>>(`/api/stories${query({ limit, offset })}`),
  story: (id: string, offset = 0) => get<StoryDetail>(`${storyPath(id)}${query({ limit: DETAIL_ARTICLES, offset })}`),
  storySummary: (id: string, count = 6) => get<StorySummary>(`${storyPath(id)}/summary${query({ count })}`),
  /** The briefing's address, for a download link (the browser fetches it, not this client). */
  briefingUrl: (id: string) => `${storyPath(id)}/briefing`,
  timeline: (story: string) => allPages<TimelineEvent>((limit, offset) => `/api/timeline${query({ story, limit, offset })}`, STORY_LIST_LIMIT),
  rounds: (story: string) => allPages<NegotiationRound>((limit, offset) => `/api/rounds${query({ story, limit, offset })}`, STORY_LIST_LIMIT),
  claims: (story: string) => allPages<ClaimGroup>((limit, offset) => `/api/claims${query({ story, limit, offset })}`, STORY_LIST_LIMIT),
  framing: (id: string) => get<{ items: OutletFraming[] }>(`${storyPath(id)}/framing`).then((r) => r.items),
  actors: (filter: { type?: string; q?: string }, limit: number, offset: number) => get<Page<ActorRow>>(`/api/actors${query({ ...filter, limit, offset })}`),
  actor: (id: string, offset = 0) => get<ActorDetail>(`/api/actors/${encodeURIComponent(id)}${query({ limit: DETAIL_ARTICLES, offset })}`),

  /**
   * Every article's row in list order, for previous / next in the reader. Fetched a page
   * at a time and cached until the next write.
   */
  async articleIndex(): Promise<ArticleRow[]> {
    const rows: ArticleRow[] = [];
    for (let offset = 0; offset < INDEX_LIMIT; offset += INDEX_PAGE) {
      const page = await get<Page<ArticleRow>>(`/api/articles${query({ limit: INDEX_PAGE, offset })}`);
      rows.push(...page.items);
      if (rows.length >= page.total || page.items.length === 0) break;
    }
    return rows;
  },

  health: () => request<Health>("/api/health"),

  /** An actor correction (merge two actors, or split variants off one); every cached answer may change. */
  async correctActors(
    correction: { kind: "merge"; keep: string; other: string } | { kind: "split"; actor: string; variants: string[] },
    token?: string,
  ): Promise<{ actor: Actor; from?: Actor }> {
    const { kind, ...body } = correction;
    const headers: Record<string, string> = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
    try {
      return await request<{ actor: Actor; from?: Actor }>(`/api/actors/${kind}`, { method: "POST", body: JSON.stringify(body), headers });
    } finally {
      cache.clear();
    }
  },

  /** Posts one body (raw text / HTML / Markdown, or JSONL) with metadata for every article in it. */
  async ingest(body: Blob | string, contentType: string, metadata: Record<string, string | undefined>, token?: string): Promise<IngestReport> {
    const headers: Record<string, string> = { "content-type": contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) };
    try {
      return await request<IngestReport>(`/api/articles${query(metadata)}`, { method: "POST", body, headers });
    } finally {
      cache.clear();
    }
  },
};
