/**
 * One actor: every way the sources wrote the name (with counts), roles and affiliations,
 * the events it takes part in and the articles that name it; and the two corrections:
 * merge another actor into this one, or split some variants off into a new actor.
 */
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { DETAIL_ARTICLES, api } from "../api";
import { ArticleTable } from "../components/ArticleTable";
import { EventSources, eventParties } from "../components/EventDetails";
import { Pager } from "../components/Pager";
import { ErrorNote, Loading } from "../components/Status";
import { TokenField, useWriteToken } from "../components/WriteToken";
import { ENTITY_LABEL, actorHref, eventDate, eventTone, eventWord, plural, storyHref } from "../format";
import { useAsync } from "../hooks";
import { Link, navigate, offsetIn, withOffset } from "../router";
import type { Location } from "../router";
import type { Actor, ActorDetail } from "../types";

/** Events listed before "show all": an actor named everywhere (a capital) is in hundreds. */
const EVENTS_SHOWN = 30;

export function ActorPage({ id, location }: { id: string; location: Location }) {
  // Bumped after a correction, so the page reloads what changed.
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const offset = offsetIn(location, "articles");
  const detail = useAsync(() => api.actor(id, offset), `actor:${id}:${version}:${offset}`);
  useEffect(() => {
    if (detail.data) document.title = `${detail.data.actor.canonical} · Dossier`;
  }, [detail.data]);
  return (
    <div className="actor-page">
      <nav className="reader-nav" aria-label="actors">
        <Link to="/actors">← All actors</Link>
      </nav>
      {notice && (
        <p className="note" role="status">
          {notice}
        </p>
      )}
      {detail.error && <ErrorNote error={detail.error}>Could not load the actor</ErrorNote>}
      {detail.loading && !detail.data && <Loading what="the actor" />}
      {detail.data && (
        <ActorView
          detail={detail.data}
          href={(at) => withOffset(location, "articles", at)}
          onCorrected={(text) => {
            setNotice(text);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </div>
  );
}

function ActorView({ detail, href, onCorrected }: { detail: ActorDetail; href: (offset: number) => string; onCorrected: (notice: string) => void }) {
  const { actor, articles, events } = detail;
  const [chosen, setChosen] = useState<string[]>([]);
  const [showAll, setShowAll] = useState(false);
  const mentions = actor.variants.reduce((n, v) => n + v.count, 0);
  const shownEvents = showAll ? events : events.slice(0, EVENTS_SHOWN);
  return (
    <article className="actor-grid">
      <header className="actor-head">
        <h1>
          {actor.canonical} <span className={`badge type-badge type-${actor.type}`}>{ENTITY_LABEL[actor.type] ?? actor.type}</span>
        </h1>
        <p className="byline">
          Named {plural(mentions, "time")} in {plural(detail.articlesTotal, "article")}
          {actor.listed && " · name from the dictionary or gazetteer"} · <code>{actor.id}</code>
        </p>
      </header>
      <div className="actor-main">
        <section aria-labelledby="variants-heading">
          <h2 id="variants-heading">Written as</h2>
          <table className="variants">
            <thead>
              <tr>
                <th scope="col">Variant</th>
                <th scope="col">Mentions</th>
                <th scope="col">Articles</th>
                {actor.variants.length > 1 && <th scope="col">Split off</th>}
              </tr>
            </thead>
            <tbody>
              {actor.variants.map((variant) => (
                <tr key={variant.text}>
                  <td className="variant-text">{variant.text}</td>
                  <td>{variant.count}</td>
                  <td>{variant.articleIds?.length ?? ""}</td>
                  {actor.variants.length > 1 && (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`split off ${variant.text}`}
                        checked={chosen.includes(variant.text)}
                        onChange={(e) => setChosen((c) => (e.target.checked ? [...c, variant.text] : c.filter((t) => t !== variant.text)))}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="meta">
            <div>
              <dt>Roles</dt>
              <dd>{actor.roles.length > 0 ? actor.roles.join(", ") : <span className="muted">none found</span>}</dd>
            </div>
            <div>
              <dt>Affiliations</dt>
              <dd>{actor.affiliations.length > 0 ? actor.affiliations.join(", ") : <span className="muted">none found</span>}</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="events-heading">
          <div className="section-head">
            <h2 id="events-heading">Events</h2>
            <span className="muted">{plural(events.length, "event")}, in date order</span>
          </div>
          {events.length === 0 && <p className="muted">No event of the timelines names this actor.</p>}
          <ol className="event-list">
            {shownEvents.map(({ event, storyId, roles }) => (
              <li key={`${storyId}:${event.id}`}>
                <div className="event-line">
                  <span className="event-when">{eventDate(event)}</span> <span className={`tone tone-${eventTone(event.event)}`}>{eventWord(event.event)}</span>{" "}
                  {roles.map((role) => (
                    <span key={role} className="badge">
                      {role}
                    </span>
                  ))}{" "}
                  {eventParties(event)}
                  {event.disagreements.length > 0 && <span className="disputed-mark" title="the sources disagree on its date or place"> ≠ disputed</span>}{" "}
                  <Link to={storyHref(storyId)} className="small">
                    story
                  </Link>
                </div>
                <EventSources sources={event.sources} limit={1} total={event.sourceCount} />
              </li>
            ))}
          </ol>
          {!showAll && events.length > EVENTS_SHOWN && (
            <button type="button" onClick={() => setShowAll(true)}>
              Show all {events.length} events
            </button>
          )}
        </section>
        <section aria-labelledby="actor-articles-heading">
          <div className="section-head">
            <h2 id="actor-articles-heading">Articles</h2>
            <span className="muted">newest first</span>
          </div>
          <ArticleTable rows={articles} />
          <Pager total={detail.articlesTotal} limit={DETAIL_ARTICLES} offset={detail.offset} href={href} labels={["← Newer", "Older →"]} />
        </section>
      </div>
      <aside className="actor-side" aria-label="corrections">
        <Corrections actor={actor} chosen={chosen} onDone={() => setChosen([])} onCorrected={onCorrected} />
      </aside>
    </article>
  );
}

interface CorrectionsProps {
  actor: Actor;
  /** Variants ticked in the table, to split off. */
  chosen: string[];
  onDone: () => void;
  /** After a correction that keeps this actor: reload it and say what was done. */
  onCorrected: (notice: string) => void;
}

/** Merge and split, with the token prompt when the server needs one. */
function Corrections({ actor, chosen, onDone, onCorrected }: CorrectionsProps) {
  const token = useWriteToken();
  const [other, setOther] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const suggestions = useAsync(() => (other.trim().length >= 2 ? api.actors({ q: other.trim() }, 8, 0) : Promise.resolve(undefined)), `suggest:${other.trim()}`);

  async function run(correction: Parameters<typeof api.correctActors>[0], done: (result: { actor: Actor }) => string, goTo?: (result: { actor: Actor }) => string) {
    setBusy(true);
    setError(undefined);
    try {
      const result = await api.correctActors(correction, token.current());
      setBusy(false);
      onDone();
      if (goTo) navigate(goTo(result));
      else onCorrected(done(result));
    } catch (failure) {
      setBusy(false);
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const merge = (event: FormEvent) => {
    event.preventDefault();
    if (!other.trim() || busy) return;
    void run({ kind: "merge", keep: actor.id, other: other.trim() }, () => `Merged “${other.trim()}” into ${actor.canonical}.`);
  };
  const split = () => {
    if (chosen.length === 0 || busy) return;
    void run({ kind: "split", actor: actor.id, variants: chosen }, (r) => `Split off as ${r.actor.canonical}.`, (r) => actorHref(r.actor.id));
  };

  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Correct</h2>
      <form onSubmit={merge} className="merge-form">
        <label className="stack">
          <span>Merge another actor into this one (id or name): they are the same</span>
          <input type="text" list="merge-suggestions" value={other} maxLength={200} onChange={(e) => setOther(e.target.value)} />
        </label>
        <datalist id="merge-suggestions">
          {(suggestions.data?.items ?? [])
            .filter((a) => a.id !== actor.id)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {`${a.canonical} (${ENTITY_LABEL[a.type] ?? a.type}, ${a.mentions}×)`}
              </option>
            ))}
        </datalist>
        <button type="submit" disabled={!other.trim() || busy}>
          Merge
        </button>
      </form>
      <div className="split-form">
        <p className="small muted">
          {actor.variants.length > 1 ? "Tick the variants that name someone else in the table, then:" : "An actor with one name variant cannot be split."}
        </p>
        <button type="button" onClick={split} disabled={chosen.length === 0 || busy}>
          Split off {chosen.length > 0 ? plural(chosen.length, "variant") : "variants"}
        </button>
      </div>
      <TokenField token={token} />
      {error && (
        <p className="note error" role="alert">
          Not done: {error}
        </p>
      )}
      <p className="small muted">Corrections are kept and replayed whenever the links are rebuilt.</p>
    </section>
  );
}
