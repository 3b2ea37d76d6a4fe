CREATE TABLE "actor_corrections" (
	"id" serial PRIMARY KEY NOT NULL,
	"correction" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analyses" (
	"article_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"sentences" jsonb NOT NULL,
	"mentions" jsonb NOT NULL,
	"times" jsonb NOT NULL,
	"events" jsonb NOT NULL,
	"claims" jsonb NOT NULL,
	"analyzed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"content_hash" text NOT NULL,
	"origin" jsonb NOT NULL,
	"format" text NOT NULL,
	"encoding" text NOT NULL,
	"raw" "bytea" NOT NULL,
	"supplied" jsonb NOT NULL,
	"title" text,
	"title_source" text NOT NULL,
	"byline" text,
	"byline_source" text NOT NULL,
	"outlet" text,
	"outlet_source" text NOT NULL,
	"published" text,
	"published_source" text NOT NULL,
	"url" text,
	"language" text NOT NULL,
	"text" text NOT NULL,
	"removed" jsonb NOT NULL,
	"diagnostics" jsonb NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"linked" boolean DEFAULT false NOT NULL,
	"seq" serial NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED,
	CONSTRAINT "articles_content_hash_unique" UNIQUE("content_hash")
);
--> statement-breakpoint
CREATE TABLE "link_state" (
	"name" text PRIMARY KEY NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "analyses" ADD CONSTRAINT "analyses_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_published_idx" ON "articles" USING btree ("published");--> statement-breakpoint
CREATE INDEX "articles_outlet_idx" ON "articles" USING btree ("outlet");--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "articles_unlinked_idx" ON "articles" USING btree ("linked","seq");