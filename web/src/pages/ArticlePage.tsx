/**
 * The reader: the cited summary on top ("No time to read?"), the annotated clean text,
 * and beside it the article's links (its story, its copies, who it names), the metadata
 * with where each value came from and the boilerplate that was removed. Keys: j / ] next
 * article, k / [ previous, J / K next / previous in the same story, m toggles the marks.
 */
import { useCallback, useEffect, useState } from "react";
import { api } from "../api";
import { AnnotatedText, sentenceId } from "../components/AnnotatedText";
import { ArticleLinksPanel, StoryBar } from "../components/ArticleLinks";
import { ArticleMeta, RemovedBlocks } from "../components/ArticleMeta";
import { ErrorNote, Loading } from "../components/Status";
import { SummaryBox } from "../components/SummaryBox";
import { useAsync, useKeys } from "../hooks";
import { Link, navigate } from "../router";
import type { Location } from "../router";
import type { Sentence, StoredArticle } from "../types";

const MARKS_SETTING = "dossier.marks";

function showSentence(start: number): void {
  const element = document.getElementById(sentenceId(start));
  element?.scrollIntoView({ block: "center", behavior: "smooth" });
  element?.focus({ preventScroll: true });
}

/**
 * The sentence a citation points at: the one starting at `offset`, or else the one that
 * contains it (a quote may start inside a sentence, after a dateline).
 */
function citedSentence(sentences: Sentence[] | undefined, offset: number): number {
  return sentences?.find((s) => s.start <= offset && offset < s.end)?.start ?? offset;
}

export function ArticlePage({ id, location }: { id: string; location: Location }) {
  const stored = useAsync(() => api.article(id), `article:${id}`);
  const index = useAsync(() => api.articleIndex(), "index");
  const storyId = stored.data?.links?.storyId ?? null;
  const story = useAsync(() => (storyId ? api.story(storyId) : Promise.resolve(null)), `article-story:${storyId}`);
  const hashOffset = /^s-(\d+)$/.exec(location.hash)?.[1];
  const cited = hashOffset === undefined ? undefined : citedSentence(stored.data?.analysis?.sentences, Number(hashOffset));
  const [marks, setMarks] = useState(() => localStorage.getItem(MARKS_SETTING) !== "off");

  const position = index.data?.findIndex((row) => stored.data?.article.id === row.id || row.id === id) ?? -1;
  const previous = position > 0 ? index.data![position - 1] : undefined;
  const next = position >= 0 ? index.data![position + 1] : undefined;

  const toggleMarks = useCallback(() => {
    setMarks((on) => {
      localStorage.setItem(MARKS_SETTING, on ? "off" : "on");
      return !on;
    });
  }, []);
  const inStory = story.data?.articles ?? [];
  const storyPosition = inStory.findIndex((row) => row.id === stored.data?.article.id);
  const storyPrevious = storyPosition > 0 ? inStory[storyPosition - 1] : undefined;
  const storyNext = storyPosition >= 0 ? inStory[storyPosition + 1] : undefined;

  const go = (row: { id: string } | undefined) => row && navigate(`/articles/${row.id}`);
  useKeys({
    j: () => go(next),
    "]": () => go(next),
    k: () => go(previous),
    "[": () => go(previous),
    J: () => go(storyNext),
    K: () => go(storyPrevious),
    m: toggleMarks,
  });

  // A cited sentence (from the summary or a shared link) is scrolled to and focused.
  useEffect(() => {
    if (cited === undefined || !stored.data) return;
    showSentence(cited);
  }, [cited, stored.data]);

  return (
    <div className="reader">
      <nav className="reader-nav" aria-label="articles">
        <Link to="/">← All articles</Link>
        <span className="spacer" />
        {previous ? (
          <Link to={`/articles/${previous.id}`} rel="prev" title={`${previous.title ?? previous.id} (k or [)`}>
            ‹ Previous
          </Link>
        ) : (
          <span className="disabled">‹ Previous</span>
        )}
        {position >= 0 && index.data && (
          <span className="muted">
            {position + 1} / {index.data.length}
          </span>
        )}
        {next ? (
          <Link to={`/articles/${next.id}`} rel="next" title={`${next.title ?? next.id} (j or ])`}>
            Next ›
          </Link>
        ) : (
          <span className="disabled">Next ›</span>
        )}
      </nav>
      {story.data && storyPosition >= 0 && <StoryBar story={story.data.story} position={storyPosition} count={inStory.length} previous={storyPrevious} next={storyNext} />}
      {stored.error && <ErrorNote error={stored.error}>Could not load the article</ErrorNote>}
      {stored.loading && !stored.data && <Loading what="the article" />}
      {stored.data && <Reader stored={stored.data} cited={cited} marks={marks} onToggleMarks={toggleMarks} />}
    </div>
  );
}

interface ReaderProps {
  stored: StoredArticle;
  cited: number | undefined;
  marks: boolean;
  onToggleMarks: () => void;
}

function Reader({ stored, cited, marks, onToggleMarks }: ReaderProps) {
  const { article } = stored;
  const cite = (start: number) => {
    // Replace, not push: Back leaves the article rather than stepping through citations.
    navigate(`/articles/${article.id}#${sentenceId(start)}`, { replace: true });
    // The effect in ArticlePage scrolls on a new citation; this covers clicking the same one again.
    requestAnimationFrame(() => showSentence(start));
  };
  return (
    <article className="reader-grid">
      <header className="reader-head">
        <h1>{article.title.value || <span className="muted">Untitled article</span>}</h1>
        <p className="byline">
          {[article.outlet.value, article.published.value, article.byline.value].filter(Boolean).join(" · ") || "No outlet, date or byline found"}
        </p>
      </header>
      <div className="reader-main">
        {stored.analysis && <SummaryBox id={article.id} sentences={stored.analysis.sentences} onCite={cite} />}
        <div className="text-tools">
          <label>
            <input type="checkbox" checked={marks} onChange={onToggleMarks} /> Mark names and dates <kbd>m</kbd>
          </label>
          {marks && <Legend />}
        </div>
        {!stored.analysis && <p className="note">This article has no analysis yet: run <code>dossier reanalyze</code>.</p>}
        <AnnotatedText stored={stored} cited={cited} marks={marks} />
        <RemovedBlocks removed={article.removed} />
      </div>
      <ArticleMeta stored={stored}>{stored.links && <ArticleLinksPanel id={article.id} links={stored.links} />}</ArticleMeta>
    </article>
  );
}

const LEGEND: Array<[string, string]> = [
  ["ent ent-PERSON", "person"],
  ["ent ent-ORG", "organisation"],
  ["ent ent-GPE", "country / city"],
  ["ent ent-LOC", "place"],
  ["ent ent-MEDIA", "media"],
  ["time time-DATE", "date / time"],
];

function Legend() {
  return (
    <span className="legend" aria-label="legend">
      {LEGEND.map(([kind, label]) => (
        <span key={kind} className={kind}>
          {label}
        </span>
      ))}
    </span>
  );
}
