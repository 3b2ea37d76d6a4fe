/**
 * One story: what it is about in quoted sentences, its timeline as a chart, the
 * negotiation rounds, the claims and framing, and beside them who is named, which outlets
 * report it and the briefing to download; its articles, oldest first, close the page.
 */
import { useEffect, useMemo } from "react";
import { DETAIL_ARTICLES, api } from "../api";
import { ActorChips } from "../components/ActorChips";
import { ArticleTable } from "../components/ArticleTable";
import { ClaimsSection } from "../components/ClaimsSection";
import { RoundsTable } from "../components/RoundsTable";
import { ErrorNote, Loading } from "../components/Status";
import { StorySummaryBox } from "../components/StorySummaryBox";
import { Pager } from "../components/Pager";
import { TimelineChart } from "../components/TimelineChart";
import { formatSpan, plural } from "../format";
import { useAsync } from "../hooks";
import { Link, offsetIn, withOffset } from "../router";
import type { Location } from "../router";
import type { ArticleRow, StoryDetail } from "../types";

/** Actors shown before "n more": two or three lines of names. */
const ACTORS_SHOWN = 24;

export function StoryPage({ id, location }: { id: string; location: Location }) {
  const offset = offsetIn(location, "articles");
  const detail = useAsync(() => api.story(id, offset), `story:${id}:${offset}`);
  useEffect(() => {
    if (detail.data) document.title = `${detail.data.story.title ?? "Story"} · Dossier`;
  }, [detail.data]);
  return (
    <div className="story-page">
      <nav className="reader-nav" aria-label="stories">
        <Link to="/">← All stories</Link>
      </nav>
      {detail.error && <ErrorNote error={detail.error}>Could not load the story</ErrorNote>}
      {detail.loading && !detail.data && <Loading what="the story" />}
      {detail.data && <Story detail={detail.data} href={(at) => withOffset(location, "articles", at)} />}
    </div>
  );
}

function Story({ detail, href }: { detail: StoryDetail; href: (offset: number) => string }) {
  const { story, articles, actors } = detail;
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  return (
    <article className="story-grid">
      <header className="story-head">
        <h1>{story.title || <span className="muted">Untitled story</span>}</h1>
        <p className="byline">
          {formatSpan(story.from, story.to)} · {plural(detail.articlesTotal, "article")} · {plural(story.outlets.length, "outlet")}
        </p>
      </header>
      <div className="story-main">
        <SummarySection id={story.id} articles={byId} />
        <TimelineSection id={story.id} />
        <RoundsSection id={story.id} />
        <ClaimsSection storyId={story.id} />
      </div>
      <aside className="story-side" aria-label="about this story">
        <section aria-labelledby="briefing-heading">
          <h2 id="briefing-heading">Briefing</h2>
          <p>
            <a href={api.briefingUrl(story.id)} download={`${story.id.replace(/\W+/g, "-")}.md`} className="download">
              Download the briefing (Markdown)
            </a>
          </p>
          <p className="muted small">Summary, rounds and timeline; every line quoted and sourced.</p>
        </section>
        <section aria-labelledby="actors-heading">
          <h2 id="actors-heading">Who is named</h2>
          {actors.length === 0 ? <p className="muted">No names found.</p> : <ActorChips actors={actors} limit={ACTORS_SHOWN} />}
        </section>
        <section aria-labelledby="outlets-heading">
          <h2 id="outlets-heading">Outlets</h2>
          <Outlets outlets={detail.outlets} />
        </section>
      </aside>
      <section className="story-articles" aria-labelledby="story-articles-heading">
        <div className="section-head">
          <h2 id="story-articles-heading">Articles</h2>
          <span className="muted">oldest first</span>
        </div>
        <ArticleTable rows={articles} />
        <Pager total={detail.articlesTotal} limit={DETAIL_ARTICLES} offset={detail.offset} href={href} labels={["← Earlier", "Later →"]} />
      </section>
    </article>
  );
}

function SummarySection({ id, articles }: { id: string; articles: Map<string, ArticleRow> }) {
  const summary = useAsync(() => api.storySummary(id), `story-summary:${id}`);
  if (summary.error) return <ErrorNote error={summary.error}>No summary</ErrorNote>;
  if (!summary.data) return summary.loading ? <Loading what="the summary" /> : null;
  return <StorySummaryBox sentences={summary.data.sentences} articles={articles} />;
}

function TimelineSection({ id }: { id: string }) {
  const timeline = useAsync(() => api.timeline(id), `timeline:${id}`);
  return (
    <section className="timeline-section" aria-labelledby="timeline-heading">
      <div className="section-head">
        <h2 id="timeline-heading">Timeline</h2>
        {timeline.data && <span className="muted">{plural(timeline.data.length, "event")}</span>}
      </div>
      {timeline.error && <ErrorNote error={timeline.error}>Could not load the timeline</ErrorNote>}
      {timeline.loading && !timeline.data && <Loading what="the timeline" />}
      {timeline.data && (timeline.data.length === 0 ? <p className="muted">No events found in these articles.</p> : <TimelineChart events={timeline.data} />)}
    </section>
  );
}

function RoundsSection({ id }: { id: string }) {
  const rounds = useAsync(() => api.rounds(id), `rounds:${id}`);
  if (rounds.error) return <ErrorNote error={rounds.error}>Could not load the rounds</ErrorNote>;
  if (!rounds.data || rounds.data.length === 0) return null;
  return (
    <section className="rounds-section" aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">Negotiation rounds</h2>
      <RoundsTable rounds={rounds.data} />
    </section>
  );
}

/** Articles per outlet over the whole story (the API counts them: the page shows only some articles). */
function Outlets({ outlets }: { outlets: StoryDetail["outlets"] }) {
  return (
    <ul className="outlets">
      {outlets.map(({ outlet, articles }) => (
        <li key={outlet ?? ""}>
          {outlet ?? "unknown outlet"} <span className="muted">{articles}</span>
        </li>
      ))}
    </ul>
  );
}
