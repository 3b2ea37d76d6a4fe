/**
 * The start page. Sections stack top to bottom in order of importance: when the API
 * gains stories, a StoriesSection goes first (the developing stories, newest activity
 * first), and the articles list below stays as it is.
 */
import { useEffect, useState } from "react";
import { api } from "../api";
import { ArticleTable } from "../components/ArticleTable";
import { Pager } from "../components/Pager";
import { ErrorNote, Loading } from "../components/Status";
import { plural } from "../format";
import { useAsync, useKeys } from "../hooks";
import { Link, navigate } from "../router";
import type { Location } from "../router";

/** Rows per page: a screenful and a half at the table's density; paging is rare. */
export const ARTICLES_PER_PAGE = 100;

export function Overview({ location }: { location: Location }) {
  return (
    <div className="overview">
      <ArticlesSection offset={Math.max(0, Number(location.query.get("offset")) || 0)} />
    </div>
  );
}

function ArticlesSection({ offset }: { offset: number }) {
  const page = useAsync(() => api.articles(ARTICLES_PER_PAGE, offset), `articles:${offset}`);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const rows = page.data?.items ?? [];
  const href = (at: number) => (at === 0 ? "/" : `/?offset=${at}`);
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
    <section aria-labelledby="articles-heading">
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
