#!/usr/bin/env node
/**
 * The `dossier` command: a thin layer over the Dossier facade (src/dossier.ts).
 * Exit status: 0 success, 1 some inputs failed (the rest was done), 2 usage or fatal error.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command, InvalidArgumentError } from "commander";
import { Dossier } from "../dossier.js";
import { normalizeDay } from "../util/dates.js";
import { readFile } from "node:fs/promises";
import { formatActors, formatArticle, formatArticleList, formatClaimGroups, formatDuplicates, formatFraming, formatIngestReport, formatRounds, formatStories, formatStory, formatStorySummary, formatSummary, formatTimeline } from "./format.js";
import { claimGroupsToCsv, eventsToJsonl, roundsToCsv, timelineToCsv } from "../stages/compose/export.js";
import { ingestProgress } from "./progress.js";

interface GlobalOptions {
  data?: string;
  json: boolean;
  quiet: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function print(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : text + "\n");
}

function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number >= 0, got "${value}"`);
    return n;
  };
}

function day(value: string): string {
  const normalized = normalizeDay(value);
  if (!normalized) throw new InvalidArgumentError(`expected a date such as 2023-12-24, got "${value}"`);
  return normalized;
}

/** Opens the store for one command and always closes it (releasing the folder lock). */
async function withDossier<T>(options: GlobalOptions, work: (dossier: Dossier) => Promise<T>): Promise<T> {
  const dossier = await Dossier.open(options.data ? { dataDir: options.data } : {});
  try {
    return await work(dossier);
  } finally {
    await dossier.close();
  }
}

async function runIngest(inputs: string[], options: GlobalOptions & { published?: string; outlet?: string; allowPrivateUrls?: boolean }) {
  await withDossier(options, async (dossier) => {
    const progress = ingestProgress(!options.quiet && !options.json);
    const report = await dossier.ingest(inputs, {
      read: {
        supplied: { ...(options.published ? { published: options.published } : {}), ...(options.outlet ? { outlet: options.outlet } : {}) },
        fetch: { allowPrivate: options.allowPrivateUrls ?? false },
      },
      onProgress: progress.update,
    });
    progress.done();
    const total = await dossier.countArticles();
    if (options.json) printJson({ ...report, total });
    else print(formatIngestReport(report, total));
    if (report.failures.length > 0) process.exitCode = 1;
  });
}

export function buildProgram(): Command {
  const program = new Command()
    .name("dossier")
    .description("Turns news articles about a developing story into a sourced dossier.")
    .option("--data <dir>", "data folder of the embedded store (default: $DOSSIER_DATA or ./.dossier)")
    .option("--json", "print machine-readable JSON on stdout", false)
    .option("-q, --quiet", "no progress output", false)
    .showHelpAfterError();
  const globals = () => program.opts<GlobalOptions>();

  program
    .command("ingest")
    .description("read files, folders (recursively), JSONL, URLs or - (stdin) and store their articles")
    .argument("<inputs...>", "files, folders, http(s) URLs, or - for standard input")
    .option("--published <date>", "publication date for these inputs (YYYY-MM-DD)", day)
    .option("--outlet <name>", "outlet name for these inputs")
    .option("--allow-private-urls", "allow fetching from loopback and private addresses", false)
    .action((inputs: string[], options: { published?: string; outlet?: string; allowPrivateUrls?: boolean }) =>
      runIngest(inputs, { ...globals(), ...options }),
    );

  program
    .command("articles")
    .description("one line per article: id, date, outlet, title, origin")
    .option("--limit <n>", "at most this many", positiveInteger("--limit"), 1000)
    .option("--offset <n>", "skip this many", positiveInteger("--offset"), 0)
    .action((options: { limit: number; offset: number }) =>
      withDossier(globals(), async (dossier) => {
        const rows = await dossier.articles(options);
        if (globals().json) printJson(rows);
        else print(formatArticleList(rows));
      }),
    );

  program
    .command("show")
    .description("metadata with sources, clean text, removed boilerplate, analysis")
    .argument("<id>", "article id or a unique prefix of it")
    .action((id: string) =>
      withDossier(globals(), async (dossier) => {
        const stored = await dossier.article(id);
        if (globals().json) printJson(stored);
        else print(formatArticle(stored));
      }),
    );

  program
    .command("summary")
    .description('"No time to read?": the most informative sentences of an article (or of a story), quoted and linked')
    .argument("[id]", "article id or a unique prefix of it")
    .option("--story <id>", "summarise a whole story instead (sentences from all its articles, in time order)")
    .option("-n, --count <n>", "number of sentences (default 3 for an article, 6 for a story)", positiveInteger("--count"))
    .action((id: string | undefined, options: { count?: number; story?: string }) =>
      withDossier(globals(), async (dossier) => {
        if (options.story) {
          const { story, sentences } = await dossier.storySummary(options.story, options.count ? { count: options.count } : {});
          if (globals().json) printJson({ storyId: story.id, title: story.title, sentences });
          else print(formatStorySummary(story, sentences));
          return;
        }
        if (!id) throw new Error("summary: give an article id, or --story <id>");
        const { article, sentences } = await dossier.summary(id, { count: options.count ?? 3 });
        if (globals().json) printJson({ articleId: article.article.id, title: article.article.title.value, sentences });
        else print(formatSummary(article, sentences));
      }),
    );

  program
    .command("timeline")
    .description("dated events, each told once with every source; uncertain dates as ranges")
    .option("--story <id>", "only this story")
    .option("--from <date>", "from this day (YYYY-MM-DD)", day)
    .option("--to <date>", "to this day (YYYY-MM-DD)", day)
    .option("--format <format>", "table, csv or jsonl (PLOVER fields)", "table")
    .action((options: { story?: string; from?: string; to?: string; format: string }) =>
      withDossier(globals(), async (dossier) => {
        const events = await dossier.timeline(options);
        if (globals().json) return printJson(events);
        if (options.format === "csv") return void process.stdout.write(timelineToCsv(events));
        if (options.format === "jsonl") return void process.stdout.write(eventsToJsonl(events));
        if (options.format !== "table") throw new Error(`timeline: --format must be table, csv or jsonl, got "${options.format}"`);
        print(formatTimeline(events));
      }),
    );

  program
    .command("rounds")
    .description("negotiation rounds: date, venue, parties, mediators, issues, outcome, sources")
    .option("--story <id>", "only this story")
    .option("--format <format>", "table or csv", "table")
    .action((options: { story?: string; format: string }) =>
      withDossier(globals(), async (dossier) => {
        const rounds = await dossier.rounds(options);
        if (globals().json) return printJson(rounds);
        if (options.format === "csv") return void process.stdout.write(roundsToCsv(rounds));
        if (options.format !== "table") throw new Error(`rounds: --format must be table or csv, got "${options.format}"`);
        print(formatRounds(rounds));
      }),
    );

  program
    .command("claims")
    .description("claims about the same thing grouped across outlets: agree, compatible or conflict, with sources")
    .option("--story <id>", "only this story")
    .option("--conflicts", "only the disputed ones", false)
    .option("--format <format>", "table, jsonl or csv", "table")
    .action((options: { story?: string; conflicts: boolean; format: string }) =>
      withDossier(globals(), async (dossier) => {
        const groups = await dossier.claims(options);
        if (globals().json) return printJson(groups);
        if (options.format === "jsonl") return void process.stdout.write(groups.map((g) => JSON.stringify(g)).join("\n") + (groups.length ? "\n" : ""));
        if (options.format === "csv") return void process.stdout.write(claimGroupsToCsv(groups));
        if (options.format !== "table") throw new Error(`claims: --format must be table, jsonl or csv, got "${options.format}"`);
        print(formatClaimGroups(groups));
      }),
    );

  program
    .command("framing")
    .description("the loaded terms each outlet of a story uses for the same actors and events, side by side")
    .argument("<story>", "story id")
    .action((story: string) =>
      withDossier(globals(), async (dossier) => {
        const framing = await dossier.framing(story);
        if (globals().json) printJson(framing);
        else print(formatFraming(framing));
      }),
    );

  program
    .command("briefing")
    .description("a Markdown briefing of a story: summary, rounds and timeline, every line quoted and sourced")
    .argument("<story>", "story id")
    .action((story: string) => withDossier(globals(), async (dossier) => print(await dossier.briefing(story))));

  program
    .command("reanalyze")
    .description("re-run extraction and analysis of every stored article from its kept raw bytes")
    .action(() =>
      withDossier(globals(), async (dossier) => {
        const progress = ingestProgress(!globals().quiet && !globals().json);
        const report = await dossier.reanalyze({ onProgress: progress.update });
        progress.done();
        if (globals().json) printJson(report);
        else print(`reanalyze: ${report.articles} articles re-analysed in ${report.seconds.toFixed(1)} s, ${report.failures.length} failed`);
        if (report.failures.length > 0) process.exitCode = 1;
      }),
    );

  program
    .command("serve")
    .description("HTTP API under /api/ and the web UI at /, over this store (writes: DOSSIER_TOKEN, else this machine only)")
    .option("--port <n>", "port to listen on (0: any free port)", positiveInteger("--port"), 4173)
    .option("--host <address>", "address to listen on", "127.0.0.1")
    // Loaded on demand, so the other commands do not pay for the HTTP server's start-up.
    .action(async (options: { port: number; host: string }) => (await import("./serve.js")).serve({ ...globals(), ...options }));

  program
    .command("stories")
    .description("stories (articles about the same event), newest activity first; with an id, its articles")
    .argument("[id]", "a story id")
    .action((id: string | undefined) =>
      withDossier(globals(), async (dossier) => {
        if (id) {
          const detail = await dossier.story(id);
          if (globals().json) printJson(detail);
          else print(formatStory(detail));
          return;
        }
        const stories = await dossier.stories();
        if (globals().json) printJson(stories);
        else print(formatStories(stories));
      }),
    );

  program
    .command("duplicates")
    .description("near-duplicate groups: syndicated copies and light rewrites of one article")
    .action(() =>
      withDossier(globals(), async (dossier) => {
        const groups = await dossier.duplicates();
        if (globals().json) printJson(groups);
        else print(formatDuplicates(groups));
      }),
    );

  const actors = program
    .command("actors")
    .description("people, organisations, places and outlets, with every name variant; corrections")
    .option("--type <type>", "only PERSON, ORG, GPE, LOC or MEDIA")
    .action((options: { type?: string }) =>
      withDossier(globals(), async (dossier) => {
        const list = await dossier.actors(options);
        if (globals().json) printJson(list);
        else print(formatActors(list));
      }),
    );
  actors
    .command("merge")
    .description("merge the second actor into the first (by id, name or variant); kept across rebuilds")
    .argument("<keep>", "actor to keep")
    .argument("<other>", "actor merged into it")
    .action((keep: string, other: string) =>
      withDossier(globals(), async (dossier) => {
        const actor = await dossier.correctActors({ kind: "merge", keep, other });
        if (globals().json) printJson(actor);
        else print(formatActors([actor]));
      }),
    );
  actors
    .command("split")
    .description("move these name variants out of an actor into a new one; kept across rebuilds")
    .argument("<actor>", "actor id or name")
    .argument("<variants...>", "variants to move, as written")
    .action((actor: string, variants: string[]) =>
      withDossier(globals(), async (dossier) => {
        const created = await dossier.correctActors({ kind: "split", actor, variants });
        if (globals().json) printJson(created);
        else print(formatActors([created]));
      }),
    );
  actors
    .command("dictionary")
    .description("load your actor dictionary (JSON: actors with canonical, type, aliases; neverMerge pairs) and rebuild")
    .argument("<file>", "dictionary JSON file")
    .action((file: string) =>
      withDossier(globals(), async (dossier) => {
        let json: unknown;
        try {
          json = JSON.parse(await readFile(file, "utf8"));
        } catch (error) {
          throw new Error(`actors dictionary: cannot read ${file}: ${(error as Error).message}`, { cause: error });
        }
        const { dictionary, link } = await dossier.setDictionary(json);
        if (globals().json) printJson({ dictionary, link });
        else print(`actors dictionary: ${dictionary.actors.length} actors, ${dictionary.neverMerge.length} never-merge pairs; ${link.linked} articles relinked`);
      }),
    );

  program
    .command("relink")
    .description("rebuild duplicates, stories and actors from the stored analyses (replays actor corrections)")
    .action(() =>
      withDossier(globals(), async (dossier) => {
        const report = await dossier.relink();
        if (globals().json) printJson(report);
        else {
          print(`relink: ${report.linked} articles linked in ${report.seconds.toFixed(1)} s`);
          for (const s of report.skippedCorrections) print(`  correction not replayed: ${JSON.stringify(s.correction)}: ${s.reason}`);
        }
      }),
    );

  program
    .command("demo")
    .description("ingest the bundled example articles and print a short report; with --serve, then serve the API and web UI (what `npm start` runs)")
    .option("--serve", "after the report, serve the HTTP API and the web UI over the same store until Ctrl-C", false)
    .option("--port <n>", "with --serve: port to listen on (0: any free port)", positiveInteger("--port"), 4173)
    .option("--host <address>", "with --serve: address to listen on", "127.0.0.1")
    .action(async (options: { serve: boolean; port: number; host: string }) => {
      const examples = path.join(repoRoot, "examples", "articles");
      await runIngest([examples], globals());
      if (!globals().json) {
        await withDossier(globals(), async (dossier) => {
          const rows = await dossier.articles({ limit: 1000 });
          print(`\nArticles (${rows.length}):\n${formatArticleList(rows)}\n`);
          for (const row of rows.slice(0, 3)) {
            const { article, sentences } = await dossier.summary(row.id);
            print(formatSummary(article, sentences) + "\n");
          }
          const ui = options.serve ? "or the web UI below" : "or `npx dossier serve` for the web UI";
          print(`Next: \`npx dossier stories\`, \`npx dossier timeline\`, \`npx dossier claims --conflicts\`, \`npx dossier show <id>\`, ${ui}.`);
        });
      }
      // The report's store is closed first: serving opens it again and holds it until Ctrl-C.
      if (options.serve) await (await import("./serve.js")).serve({ ...globals(), port: options.port, host: options.host });
    });

  return program;
}

buildProgram()
  .parseAsync()
  .catch((error: unknown) => {
    process.stderr.write(`dossier: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
