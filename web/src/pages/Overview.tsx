/**
 * The start page. Sections stack top to bottom in order of importance: the developing
 * stories (newest activity first), then every article (newest first). Each list pages
 * on its own (`?stories=` and `?offset=` in the URL). `g s` lands on the stories.
 */
import { useEffect, useState } from "react";
import { api } from "../api";
import { ArticleTable } from "../components/ArticleTable";
import { Pager } from "../components/Pager";
import { ErrorNote, Loading } from "../components/Status";
import { StoryList } from "../components/StoryList";
import { plural } from "../format";
import { useAsync, useKeys } from "../hooks";
import { Link, navigate, offsetIn, withOffset } from "../router";
import type { Location } from "../router";

/** Rows per page: a screenful and a half at the table's density; paging is rare. */
export const ARTICLES_PER_PAGE = 100;
/** Stories per page: the developing ones fit above the fold; older ones are a page away. */
export const STORIES_PER_PAGE = 10;

export function Overview({ location }: { location: Location }) {
  return (
    <div className="overview">
      {/* Each list moves on its own: its offset changes, the other's stays in the address. */}
      <StoriesSection offset={offsetIn(location, "stories")} focus={location.hash === "stories"} href={(at) => withOffset(location, "stories", at)} />
      <ArticlesSection offset={offsetIn(location, "offset")} href={(at) => withOffset(location, "offset", at)} />
    </div>
  );
}

interface SectionProps {
  offset: number;
  href: (offset: number) => string;
}

function StoriesSection({ offset, focus, href }: SectionProps & { focus: boolean }) {
  const page = useAsync(() => api.stories(STORIES_PER_PAGE, offset), `stories:${offset}`);
  // `g s` (or a link to /#stories) puts the keyboard on the first story.
  useEffect(() => {
    if (focus && page.data) document.querySelector<HTMLAnchorElement>('a[data-story="0"]')?.focus();
  }, [focus, page.data]);
  if (page.data && page.data.total === 0) return null;
  return (
    <section aria-labelledby="stories-heading" className="stories-section" id="stories">
      <div className="section-head">
        <h1 id="stories-heading">Stories</h1>
        {page.data && <span className="muted">{plural(page.data.total, "story", "stories")}, latest activity first</span>}
      </div>
      {page.error && <ErrorNote error={page.error}>Could not load the stories</ErrorNote>}
      {page.loading && !page.data && <Loading what="stories" />}
      {page.data && page.data.items.length > 0 && (
        <>
          <StoryList stories={page.data.items} />
          <Pager total={page.data.total} limit={STORIES_PER_PAGE} offset={offset} href={href} labels={["← More recent", "Earlier →"]} />
        </>
      )}
    </section>
  );
}

function ArticlesSection({ offset, href }: SectionProps) {
  const page = useAsync(() => api.articles(ARTICLES_PER_PAGE, offset), `articles:${offset}`);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const rows = page.data?.items ?? [];
  const move = (delta: number) => setSelected((i) => Math.min(rows.length - 1, Math.max(0, (i ?? -1) + delta)));

  // The selected row's link takes the focus: Enter opens it, and it scrolls into view.
  useEffect(() => {
    if (selected !== undefined) document.querySelector<HTMLAnchorElement>(`a[data-row="${selected}"]`)?.focus();
  }, [selected]);

  useKeys({
    j: () => move(1),
    k: () => move(-1),
    o: () => {
      const row = selected === undefined ? undefined : rows[selected];
      if (row) navigate(`/articles/${row.id}`);
    },
    "]": () => page.data && offset + ARTICLES_PER_PAGE < page.data.total && navigate(href(offset + ARTICLES_PER_PAGE)),
    "[": () => offset > 0 && navigate(href(Math.max(0, offset - ARTICLES_PER_PAGE))),
  });

  return (
    <section aria-labelledby="articles-heading" id="articles">
      <div className="section-head">
        <h1 id="articles-heading">Articles</h1>
        {page.data && <span className="muted">{plural(page.data.total, "article")}, newest first</span>}
      </div>
      {page.error && <ErrorNote error={page.error}>Could not load the articles</ErrorNote>}
      {page.loading && !page.data && <Loading what="articles" />}
      {page.data && page.data.total === 0 && (
        <div className="empty">
          <p>No articles yet.</p>
          <p>
            <Link to="/add">Add articles</Link> here, or run <code>dossier ingest &lt;files, folders, feeds&gt;</code>.
          </p>
        </div>
      )}
      {rows.length > 0 && (
        <>
          <ArticleTable rows={rows} selected={selected} />
          <Pager total={page.data!.total} limit={ARTICLES_PER_PAGE} offset={offset} href={href} />
        </>
      )}
    </section>
  );
}
