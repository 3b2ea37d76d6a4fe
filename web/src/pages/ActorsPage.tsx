/** Every actor, most named first, filtered by type and name; the filter lives in the URL. */
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../api";
import { Pager } from "../components/Pager";
import { ErrorNote, Loading } from "../components/Status";
import { ENTITY_LABEL, actorHref, plural } from "../format";
import { useAsync } from "../hooks";
import { Link, navigate } from "../router";
import type { Location } from "../router";

const ACTORS_PER_PAGE = 100;
const TYPES = ["PERSON", "ORG", "GPE", "LOC", "MEDIA"];

function href(filter: { type: string; q: string }, offset: number): string {
  const params = new URLSearchParams();
  if (filter.type) params.set("type", filter.type);
  if (filter.q) params.set("q", filter.q);
  if (offset > 0) params.set("offset", String(offset));
  const text = params.toString();
  return text ? `/actors?${text}` : "/actors";
}

export function ActorsPage({ location }: { location: Location }) {
  const type = TYPES.includes(location.query.get("type") ?? "") ? location.query.get("type")! : "";
  const q = location.query.get("q")?.trim() ?? "";
  const offset = Math.max(0, Number(location.query.get("offset")) || 0);
  const page = useAsync(() => api.actors({ type, q }, ACTORS_PER_PAGE, offset), `actors:${type}:${q}:${offset}`);
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);
  useEffect(() => {
    document.title = "Actors · Dossier";
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href({ type, q: typed.trim() }, 0));
  };
  return (
    <section aria-labelledby="actors-heading">
      <div className="section-head">
        <h1 id="actors-heading">Actors</h1>
        {page.data && <span className="muted">{plural(page.data.total, "actor")}, most named first</span>}
      </div>
      <form className="filters" onSubmit={submit} role="search">
        <label>
          <span>Type</span>
          <select value={type} onChange={(e) => navigate(href({ type: e.target.value, q }, 0))}>
            <option value="">all</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {ENTITY_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Name</span>
          <input type="search" value={typed} maxLength={200} onChange={(e) => setTyped(e.target.value)} placeholder="any spelling" />
        </label>
        <button type="submit">Filter</button>
      </form>
      {page.error && <ErrorNote error={page.error}>Could not load the actors</ErrorNote>}
      {page.loading && !page.data && <Loading what="actors" />}
      {page.data && page.data.total === 0 && <p className="empty">No actor matches.</p>}
      {page.data && page.data.items.length > 0 && (
        <>
          <table className="actors-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Written as</th>
                <th scope="col" className="num">
                  Mentions
                </th>
                <th scope="col" className="num">
                  Articles
                </th>
              </tr>
            </thead>
            <tbody>
              {page.data.items.map((actor) => (
                <tr key={actor.id}>
                  <td className="actor-name">
                    <Link to={actorHref(actor.id)}>{actor.canonical}</Link>
                  </td>
                  <td className="actor-type">{ENTITY_LABEL[actor.type] ?? actor.type}</td>
                  <td className="actor-variants">{actor.variants.map((v) => `${v.text} ×${v.count}`).join(", ")}</td>
                  <td className="num" data-label="mentions">
                    {actor.mentions}
                  </td>
                  <td className="num" data-label="articles">
                    {actor.articles}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager total={page.data.total} limit={ACTORS_PER_PAGE} offset={offset} href={(at) => href({ type, q }, at)} labels={["← Previous", "Next →"]} />
        </>
      )}
    </section>
  );
}
