-- Recency index for search (src/store/search.ts ranks the most recent matches of a
-- common query, found by walking it). drizzle-kit generated the index; the ANALYZE is
-- written by hand: PGlite runs no autovacuum, and without statistics on the search
-- vectors the planner cannot tell a common query from a rare one.
CREATE INDEX "article_search_published_idx" ON "article_search" USING btree ("published" DESC NULLS LAST,"article_id");--> statement-breakpoint
ANALYZE "article_search";
