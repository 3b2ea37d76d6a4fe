/**
 * API latency on a large store: p50 and p95 of sequential requests over loopback HTTP
 * (a real socket on 127.0.0.1, an ephemeral port, one keep-alive connection) to the
 * endpoints an analyst's UI calls most: a story's detail, the timeline (one story, and
 * every story), and full-text search.
 *
 * The store is built once through the real pipeline (read, extract, analyse, store,
 * link) from the generated corpus and cached under .bench-cache/, keyed by its size and
 * by the versions that would make a cached store wrong (corpus generator, analysis, link
 * snapshot). Migrations run on open, so a new index reaches a cached store without a
 * rebuild. A build killed halfway resumes: ingest skips the articles already stored.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildServer } from "../api/server.js";
import { Dossier } from "../dossier.js";
import { ANALYSIS_VERSION } from "../stages/analyze/index.js";
import { LINK_STATE_VERSION } from "../stages/link/index.js";
import { CORPUS_VERSION, generateCorpus } from "./corpus.js";
import { median, percentile } from "./stats.js";

export interface ApiLatencyOptions {
  /** Articles in the store (built once, then reused from the cache). */
  articles: number;
  /** Repetitions; each figure is the median over them. */
  runs: number;
  /** Measured requests per endpoint and run. */
  requests?: number;
  /** Unmeasured requests per endpoint before each run: JIT, caches, connection. */
  warmup?: number;
  /** Where cached stores live. Default: .bench-cache/ at the repository root. */
  cacheDir?: string;
  log?: (message: string) => void;
}

export interface LatencyFigure {
  endpoint: string;
  /** Milliseconds, medians over runs. */
  p50: number;
  p95: number;
  /** The p95 the endpoint must stay under. */
  targetP95: number;
  /** Milliseconds of the first request after the server started: it builds what the others reuse. */
  first: number;
  runs: Array<{ p50: number; p95: number }>;
}

/** Targets from issue #7: what keeps the UI responsive on a store of this size. */
const VIEW_TARGET_MS = 50;
const SEARCH_TARGET_MS = 30;
const DEFAULT_REQUESTS = 200;
const DEFAULT_WARMUP = 20;
/** Progress lines while building: one every this many articles read. */
const PROGRESS_EVERY = 500;
/** Searches a reader repeats (or pages through): a word, two words, a phrase, an exclusion, a rare word. */
const SEARCH_QUERIES = ["cairo", "detainees", "reconstruction funding", '"aid corridors"', "truce -rafah", "report 1234"];
/**
 * Words of the generated corpus, combined into searches asked once each: the cost of a
 * search the server has not seen. Every template word is common in this corpus (most
 * match more than half of the articles), which makes these the slow case.
 */
const FIRST_TIME_WORDS = ["talks", "delegation", "mediators", "proposal", "aid", "trucks", "crossing", "truce", "detainees", "reconstruction", "funding", "monitoring", "negotiators", "statement", "holiday", "officials", "reporters", "envoys", "hours", "meeting"];
const FIRST_TIME_PLACES = ["cairo", "doha", "amman", "beirut", "gaza", "rafah", "istanbul", "younis"];
/** Stories measured per endpoint, the largest among them (the worst case for a story view). */
const STORIES_MEASURED = 5;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const defaultCacheDir = path.join(repoRoot, ".bench-cache");
/** Written once a build has finished; a folder without it is resumed. */
const COMPLETE_MARKER = "complete.json";

/** The store's folder for this size, built through the real pipeline when not cached yet. */
export async function benchStore(articles: number, options: Pick<ApiLatencyOptions, "cacheDir" | "log"> = {}): Promise<string> {
  const log = options.log ?? (() => undefined);
  const key = `api-${articles}-c${CORPUS_VERSION}-a${ANALYSIS_VERSION}-l${LINK_STATE_VERSION}`;
  const dataDir = path.join(options.cacheDir ?? defaultCacheDir, key);
  if (existsSync(path.join(dataDir, COMPLETE_MARKER))) {
    log(`bench: api: reusing the store of ${articles} articles in ${path.relative(process.cwd(), dataDir)}`);
    return dataDir;
  }
  mkdirSync(dataDir, { recursive: true });
  const corpusDir = mkdtempSync(path.join(tmpdir(), "dossier-bench-api-corpus-"));
  try {
    for (const article of generateCorpus(articles)) writeFileSync(path.join(corpusDir, article.name), article.content);
    log(`bench: api: building a store of ${articles} articles in ${path.relative(process.cwd(), dataDir)} (once; ingest runs at about 50 articles/s)`);
    const dossier = await openPglite(dataDir);
    try {
      const started = performance.now();
      let nextLine = PROGRESS_EVERY;
      const report = await dossier.ingest([corpusDir], {
        onProgress: (p) => {
          if (p.current === "linking" || p.read < nextLine) return;
          nextLine += PROGRESS_EVERY;
          const rate = p.read / ((performance.now() - started) / 1000);
          log(`bench: api: ${p.read}/${articles} read, ${p.stored} stored, ${p.duplicates} there already (${rate.toFixed(0)}/s, about ${Math.round((articles - p.read) / rate)} s left)`);
        },
      });
      const total = await dossier.countArticles();
      if (total !== articles) throw new Error(`bench: api: expected ${articles} articles in the store, found ${total} (${report.failures.length} failed)`);
      log(`bench: api: store built in ${((performance.now() - started) / 1000).toFixed(0)} s (${report.link.linked} articles linked)`);
    } finally {
      await dossier.close();
    }
    writeFileSync(path.join(dataDir, COMPLETE_MARKER), JSON.stringify({ articles, builtAt: new Date().toISOString() }) + "\n");
    return dataDir;
  } finally {
    rmSync(corpusDir, { recursive: true, force: true });
  }
}

/** The embedded store in this folder even when DATABASE_URL is set: the figures are PGlite's. */
function openPglite(dataDir: string): Promise<Dossier> {
  return Dossier.open({ dataDir, databaseUrl: "" });
}

/** p50 and p95 per endpoint, each the median over `runs`, against the cached store. */
export async function benchApiLatency(options: ApiLatencyOptions): Promise<LatencyFigure[]> {
  const log = options.log ?? (() => undefined);
  const requests = options.requests ?? DEFAULT_REQUESTS;
  const warmup = options.warmup ?? DEFAULT_WARMUP;
  const dataDir = await benchStore(options.articles, options);
  const dossier = await openPglite(dataDir);
  // The rate limit stays on (it is part of every request's cost) but above what the bench sends.
  const app = await buildServer(dossier, { requestsPerMinute: 1_000_000 });
  const client = new LoopbackClient();
  try {
    await app.listen({ port: 0, host: "127.0.0.1" });
    client.port = (app.server.address() as AddressInfo).port;
    const endpoints = await endpointsToMeasure(client, log);
    const samples = new Map<string, Array<{ p50: number; p95: number }>>();
    const first = new Map<string, number>();
    for (let run = 0; run < options.runs; run++) {
      for (const endpoint of endpoints) {
        if (run === 0) {
          first.set(endpoint.name, await client.get(endpoint.next()));
          log(`bench: api: ${endpoint.name}: first request ${(first.get(endpoint.name)! / 1000).toFixed(1)} s`);
        }
        for (let i = 0; i < warmup; i++) await client.get(endpoint.next());
        const times: number[] = [];
        for (let i = 0; i < requests; i++) times.push(await client.get(endpoint.next()));
        const figure = { p50: percentile(times, 50), p95: percentile(times, 95) };
        samples.set(endpoint.name, [...(samples.get(endpoint.name) ?? []), figure]);
        log(`bench: api run ${run + 1}/${options.runs}: ${endpoint.name}: p50 ${figure.p50.toFixed(1)} ms, p95 ${figure.p95.toFixed(1)} ms`);
      }
    }
    return endpoints.map(({ name, targetP95 }) => {
      const runs = samples.get(name)!;
      return { endpoint: name, p50: median(runs.map((r) => r.p50)), p95: median(runs.map((r) => r.p95)), targetP95, first: first.get(name)!, runs };
    });
  } finally {
    client.close();
    await app.close();
    await dossier.close();
  }
}

interface Endpoint {
  name: string;
  /** The path of the next request. */
  next: () => string;
  targetP95: number;
}

/** Requests that go round these paths. */
function cycle(paths: string[]): () => string {
  let at = 0;
  return () => paths[at++ % paths.length]!;
}

/** Searches never asked before: two words and a place, a different combination each time. */
function firstTimeSearches(): () => string {
  let at = 0;
  return () => {
    const n = at++;
    const words = FIRST_TIME_WORDS.length;
    const [first, second] = [n % words, (n + 1 + Math.floor(n / words)) % words];
    const place = FIRST_TIME_PLACES[Math.floor(n / (words * words)) % FIRST_TIME_PLACES.length]!;
    return `/api/search?q=${encodeURIComponent(`${FIRST_TIME_WORDS[first]} ${FIRST_TIME_WORDS[second]} ${place}`)}`;
  };
}

/** The largest stories (the slowest story views) and the search queries, found through the API itself. */
async function endpointsToMeasure(client: LoopbackClient, log: (message: string) => void): Promise<Endpoint[]> {
  const started = performance.now();
  const stories: Array<{ id: string; articleIds: string[] }> = [];
  for (let offset = 0; ; offset += 100) {
    const page = JSON.parse(await client.text(`/api/stories?limit=100&offset=${offset}`)) as { total: number; items: Array<{ id: string; articleIds: string[] }> };
    stories.push(...page.items);
    if (stories.length >= page.total || page.items.length === 0) break;
  }
  log(`bench: api: the story list answered in ${((performance.now() - started) / 1000).toFixed(1)} s (link indices loaded, stories worked out)`);
  const largest = stories.sort((a, b) => b.articleIds.length - a.articleIds.length).slice(0, STORIES_MEASURED);
  const ids = largest.map((s) => encodeURIComponent(s.id));
  const sizes = largest.map((s) => s.articleIds.length).join(", ");
  return [
    { name: `GET /api/stories/:id (${stories.length} stories; the ${largest.length} largest: ${sizes} articles)`, next: cycle(ids.map((id) => `/api/stories/${id}`)), targetP95: VIEW_TARGET_MS },
    { name: "GET /api/timeline?story= (the same stories)", next: cycle(ids.map((id) => `/api/timeline?story=${id}`)), targetP95: VIEW_TARGET_MS },
    { name: "GET /api/timeline (every story, pages of 50)", next: cycle([0, 50, 100, 500, 1000].map((offset) => `/api/timeline?offset=${offset}`)), targetP95: VIEW_TARGET_MS },
    { name: `GET /api/search?q= (${SEARCH_QUERIES.length} queries, asked again and again)`, next: cycle(SEARCH_QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`)), targetP95: SEARCH_TARGET_MS },
    { name: "GET /api/search?q= (first-time queries: each asked once)", next: firstTimeSearches(), targetP95: SEARCH_TARGET_MS },
  ];
}

/** Sequential GETs over one keep-alive connection, timed from sending to the last byte. */
class LoopbackClient {
  port = 0;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  /** Milliseconds for one request; any status but 200 stops the bench. */
  async get(pathname: string): Promise<number> {
    const started = performance.now();
    await this.text(pathname);
    return performance.now() - started;
  }

  text(pathname: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const request = http.get({ host: "127.0.0.1", port: this.port, path: pathname, agent: this.agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          if (response.statusCode !== 200) reject(new Error(`bench: api: GET ${pathname}: ${response.statusCode} ${body.slice(0, 200)}`));
          else resolve(body);
        });
        response.on("error", reject);
      });
      request.on("error", reject);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
