import { ENTITY_LABEL, actorHref } from "../format";
import { Link } from "../router";
import type { ActorSummary } from "../types";

/** Actors as a wrapping list of links, each with its type and how often it is named. */
export function ActorChips({ actors, limit }: { actors: ActorSummary[]; limit?: number }) {
  const shown = limit === undefined ? actors : actors.slice(0, limit);
  return (
    <>
      <ul className="actor-chips">
        {shown.map((actor) => (
          <li key={actor.id}>
            <Link to={actorHref(actor.id)} className={`actor-chip type-${actor.type}`} title={`${ENTITY_LABEL[actor.type] ?? actor.type}; named ${actor.mentions}× in ${actor.articles} article(s)`}>
              {actor.canonical}
              <span className="muted"> {actor.mentions}</span>
            </Link>
          </li>
        ))}
      </ul>
      {shown.length < actors.length && (
        <details className="more-actors">
          <summary>{actors.length - shown.length} more</summary>
          <ActorChips actors={actors.slice(shown.length)} />
        </details>
      )}
    </>
  );
}
