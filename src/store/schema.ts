/**
 * The store's tables, the single source of row types and migrations (drizzle-kit
 * generates drizzle/*.sql from this file: `npm run db:generate`). The same schema and
 * SQL run on PGlite (embedded default) and PostgreSQL (DATABASE_URL).
 */
import { sql } from "drizzle-orm";
import { customType, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { Origin, SuppliedMetadata } from "../stages/read/types.js";
import type { RemovedBlock } from "../stages/extract/types.js";
import type { EntityMention, Sentence, TimeExpression } from "../stages/analyze/types.js";

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
    /** Ranked full-text search over title and text. */
    search: tsvector("search").generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')`,
    ),
  },
  (table) => [
    index("articles_published_idx").on(table.published),
    index("articles_outlet_idx").on(table.outlet),
    index("articles_search_idx").using("gin", table.search),
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
  analyzedAt: timestamp("analyzed_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ArticleRow = typeof articles.$inferSelect;
export type NewArticleRow = typeof articles.$inferInsert;
export type AnalysisRow = typeof analyses.$inferSelect;
