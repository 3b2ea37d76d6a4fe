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
import { formatArticle, formatArticleList, formatIngestReport, formatSummary } from "./format.js";
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
    .description('"No time to read?": the most informative sentences of an article, quoted')
    .argument("<id>", "article id or a unique prefix of it")
    .option("-n, --count <n>", "number of sentences", positiveInteger("--count"), 3)
    .action((id: string, options: { count: number }) =>
      withDossier(globals(), async (dossier) => {
        const { article, sentences } = await dossier.summary(id, { count: options.count });
        if (globals().json) printJson({ articleId: article.article.id, title: article.article.title.value, sentences });
        else print(formatSummary(article, sentences));
      }),
    );

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
    .command("demo")
    .description("ingest the bundled example articles and print a short report (what `npm start` runs)")
    .action(async () => {
      const examples = path.join(repoRoot, "examples");
      await runIngest([examples], globals());
      if (globals().json) return;
      await withDossier(globals(), async (dossier) => {
        const rows = await dossier.articles({ limit: 1000 });
        print(`\nArticles (${rows.length}):\n${formatArticleList(rows)}\n`);
        for (const row of rows.slice(0, 3)) {
          const { article, sentences } = await dossier.summary(row.id);
          print(formatSummary(article, sentences) + "\n");
        }
        print("Next: `npx dossier articles`, `npx dossier show <id>`, `npx dossier summary <id>`.");
      });
    });

  return program;
}

buildProgram()
  .parseAsync()
  .catch((error: unknown) => {
    process.stderr.write(`dossier: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
