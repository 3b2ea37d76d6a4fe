/**
 * The store's tables, the single source of row types and migrations (drizzle-kit
 * generates drizzle/*.sql from this file: `npm run db:generate`). The same schema and
 * SQL run on PGlite (embedded default) and PostgreSQL (DATABASE_URL).
 */
import { boolean, customType, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import type { Origin, SuppliedMetadata } from "../stages/read/types.js";
import type { RemovedBlock } from "../stages/extract/types.js";
import type { EntityMention, Sentence, TimeExpression } from "../stages/analyze/types.js";
import type { EventCandidate } from "../stages/analyze/events/types.js";
import type { Claim } from "../stages/analyze/claims/types.js";
import type { ActorCorrection } from "../stages/link/index.js";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

export const articles = pgTable(
  "articles",
  {
    id: text("id").primaryKey(),
    contentHash: text("content_hash").notNull().unique(),
    origin: jsonb("origin").$type<Origin>().notNull(),
    format: text("format").notNull(),
    encoding: text("encoding").notNull(),
    /** The exact input bytes, so analysis can be re-run without the original file. */
    raw: bytea("raw").notNull(),
    /** Metadata supplied with the input (feed fields, --published), kept so re-analysis gets it again. */
    supplied: jsonb("supplied").$type<SuppliedMetadata>().notNull(),
    title: text("title"),
    titleSource: text("title_source").notNull(),
    byline: text("byline"),
    bylineSource: text("byline_source").notNull(),
    outlet: text("outlet"),
    outletSource: text("outlet_source").notNull(),
    /** YYYY-MM-DD; text so that a partial or unknown date is not forced into a timestamp. */
    published: text("published"),
    publishedSource: text("published_source").notNull(),
    url: text("url"),
    language: text("language").notNull(),
    text: text("text").notNull(),
    removed: jsonb("removed").$type<RemovedBlock[]>().notNull(),
    diagnostics: jsonb("diagnostics").$type<string[]>().notNull(),
    ingestedAt: timestamp("ingested_at", { withTimezone: true }).notNull().defaultNow(),
    /** True once the article is in the saved link snapshot (duplicates, stories, actors). */
    linked: boolean("linked").notNull().default(false),
    /** Ingestion order, so linking replays articles in the order they came. */
    seq: serial("seq").notNull(),
  },
  (table) => [
    index("articles_published_idx").on(table.published),
    index("articles_outlet_idx").on(table.outlet),
    index("articles_unlinked_idx").on(table.linked, table.seq),
  ],
);

/**
 * Ranked full-text search over title (weight A) and text (weight B), one row per
 * article. A table of its own, so that ranking every match of a common word reads
 * these vectors only, not the wide article rows (raw bytes, text, JSON) whose vectors
 * were stored out of line: measured 5 times faster on 20,000 articles. Triggers on
 * `articles` keep it in step with every insert and update, whatever the writer
 * (drizzle/0001_search_table.sql; drizzle's schema cannot say triggers).
 */
export const articleSearch = pgTable(
  "article_search",
  {
    articleId: text("article_id")
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The article's, copied for ordering equal ranks without a join. */
    published: text("published"),
    search: tsvector("search").notNull(),
  },
  (table) => [
    index("article_search_idx").using("gin", table.search),
    // Newest first: a query matching much of the store ranks only its most recent matches
    // (src/store/search.ts), found by walking this index instead of every match.
    index("article_search_published_idx").on(table.published.desc().nullsLast(), table.articleId),
  ],
);

export const analyses = pgTable("analyses", {
  articleId: text("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  version: integer("version").notNull(),
  sentences: jsonb("sentences").$type<Sentence[]>().notNull(),
  mentions: jsonb("mentions").$type<EntityMention[]>().notNull(),
  times: jsonb("times").$type<TimeExpression[]>().notNull(),
  events: jsonb("events").$type<EventCandidate[]>().notNull(),
  claims: jsonb("claims").$type<Claim[]>().notNull(),
  analyzedAt: timestamp("analyzed_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ArticleRow = typeof articles.$inferSelect;
export type NewArticleRow = typeof articles.$inferInsert;
export type AnalysisRow = typeof analyses.$inferSelect;

/**
 * Snapshots of the link stage (duplicates, stories, actors), saved after each run in
 * the transaction that marks its articles linked. A run killed before that leaves the
 * articles unlinked, and the next run links them again from the previous snapshot.
 */
export const linkState = pgTable("link_state", {
  name: text("name").primaryKey(),
  state: jsonb("state").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** User corrections of the actors, in order, replayed after a rebuild (`relink`). */
export const actorCorrections = pgTable("actor_corrections", {
  id: serial("id").primaryKey(),
  correction: jsonb("correction").$type<ActorCorrection>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Settings kept in the store, such as the user's actor dictionary. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
});
