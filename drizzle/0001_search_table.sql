-- Full-text search moves to a narrow table of its own (see article_search in
-- src/store/schema.ts), filled from the vectors already computed, then kept in step by
-- a trigger on articles: drizzle-kit generated the table, index and column drop; the
-- copy and the trigger are written by hand, before the old column goes.
CREATE TABLE "article_search" (
	"article_id" text PRIMARY KEY NOT NULL,
	"published" text,
	"search" "tsvector" NOT NULL
);
--> statement-breakpoint
INSERT INTO "article_search" ("article_id", "published", "search") SELECT "id", "published", "search" FROM "articles";--> statement-breakpoint
DROP INDEX "articles_search_idx";--> statement-breakpoint
ALTER TABLE "article_search" ADD CONSTRAINT "article_search_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_search_idx" ON "article_search" USING gin ("search");--> statement-breakpoint
CREATE FUNCTION "article_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "article_search" ("article_id", "published", "search")
	VALUES (NEW."id", NEW."published", setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') || setweight(to_tsvector('english', NEW."text"), 'B'))
	ON CONFLICT ("article_id") DO UPDATE SET "published" = EXCLUDED."published", "search" = EXCLUDED."search";
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "article_search_sync" AFTER INSERT OR UPDATE OF "title", "text", "published" ON "articles" FOR EACH ROW EXECUTE FUNCTION "article_search_sync"();--> statement-breakpoint
ALTER TABLE "articles" DROP COLUMN "search";
