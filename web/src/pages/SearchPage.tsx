/** Search results: best first, title and snippet with the matching words marked. Keys: j / k, Enter. */
import { useEffect, useState } from "react";
import { api } from "../api";
import { Highlighted } from "../components/Highlighted";
import { Pager } from "../components/Pager";
import { ErrorNote, Loading } from "../components/Status";
import { plural } from "../format";
import { useAsync, useKeys } from "../hooks";
import { Link, navigate } from "../router";
import type { Location } from "../router";
import type { SearchHit } from "../types";

/** Results per page: what fits two screens of snippets. */
const RESULTS_PER_PAGE = 20;

export function SearchPage({ location }: { location: Location }) {
  const q = location.query.get("q")?.trim() ?? "";
  const offset = Math.max(0, Number(location.query.get("offset")) || 0);
  if (q === "") {
    return (
      <section className="search">
        <h1>Search</h1>
        <p className="muted">
          Type in the search box above (<kbd>/</kbd>): words, <code>"a phrase"</code>, <code>-excluded</code>, <code>or</code>.
        </p>
      </section>
    );
  }
  return <Results q={q} offset={offset} />;
}

function Results({ q, offset }: { q: string; offset: number }) {
  const results = useAsync(() => api.search(q, RESULTS_PER_PAGE, offset), `search:${q}:${offset}`);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const hits = results.data?.items ?? [];
  const href = (at: number) => `/search?${new URLSearchParams({ q, ...(at > 0 ? { offset: String(at) } : {}) })}`;
  useEffect(() => setSelected(undefined), [q, offset]);
  useEffect(() => {
    if (selected !== undefined) document.querySelector<HTMLAnchorElement>(`a[data-hit="${selected}"]`)?.focus();
  }, [selected]);
  const move = (delta: number) => setSelected((i) => Math.min(hits.length - 1, Math.max(0, (i ?? -1) + delta)));
  useKeys({
    j: () => move(1),
    k: () => move(-1),
    "]": () => results.data && offset + RESULTS_PER_PAGE < results.data.total && navigate(href(offset + RESULTS_PER_PAGE)),
    "[": () => offset > 0 && navigate(href(Math.max(0, offset - RESULTS_PER_PAGE))),
  });

  return (
    <section className="search" aria-labelledby="search-heading">
      <div className="section-head">
        <h1 id="search-heading">
          Search: <q>{q}</q>
        </h1>
        {results.data && (
          <span className="muted" title={results.data.totalIsLowerBound ? "A common query: its most recent matches are ranked. More words narrow it." : undefined}>
            {results.data.totalIsLowerBound ? `more than ${plural(results.data.total, "article")}, the most recent ranked` : plural(results.data.total, "article")}
          </span>
        )}
      </div>
      {results.error && <ErrorNote error={results.error}>Search failed</ErrorNote>}
      {results.loading && !results.data && <Loading what="results" />}
      {results.data && results.data.total === 0 && <p className="empty">Nothing matches. Fewer or other words may find more.</p>}
      <ol className="hits" start={offset + 1}>
        {hits.map((hit, i) => (
          <Hit key={hit.id} hit={hit} index={i} selected={i === selected} />
        ))}
      </ol>
      {results.data && <Pager total={results.data.total} limit={RESULTS_PER_PAGE} offset={offset} href={href} />}
    </section>
  );
}

function Hit({ hit, index, selected }: { hit: SearchHit; index: number; selected: boolean }) {
  return (
    <li className={selected ? "hit selected" : "hit"}>
      <Link to={`/articles/${hit.id}`} data-hit={index} className="hit-title">
        {hit.titleHighlight.length > 0 ? <Highlighted segments={hit.titleHighlight} /> : <span className="muted">untitled {hit.id}</span>}
      </Link>
      <div className="hit-meta muted">{[hit.outlet, hit.published].filter(Boolean).join(" · ") || "no outlet or date"}</div>
      <p className="snippet">
        <Highlighted segments={hit.snippet} />
      </p>
    </li>
  );
}
