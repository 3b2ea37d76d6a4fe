import { eventDate, eventTone, eventWord, sentenceHref } from "../format";
import { Link } from "../router";
import type { EventSource, TimelineEvent } from "../types";

/** Each report of an event: its evidence sentence quoted, linked to that sentence in its article; `total` counts those the API left out. */
export function EventSources({ sources, limit, total = sources.length }: { sources: EventSource[]; limit?: number; total?: number }) {
  const shown = limit === undefined ? sources : sources.slice(0, limit);
  return (
    <ul className="sources">
      {shown.map((source) => (
        <li key={`${source.articleId}:${source.start}`}>
          <Link to={sentenceHref(source.articleId, source.start)} className="quote">
            “{source.sentence}”
          </Link>{" "}
          <span className="muted source-of">
            {source.outlet ?? "unknown outlet"}
            {source.published && `, ${source.published}`}
            {source.date && source.date !== source.published && ` · dates it ${source.date}`}
          </span>
        </li>
      ))}
      {shown.length < total && <li className="muted">and {total - shown.length} more</li>}
    </ul>
  );
}

/** Who did what to whom: "Northland, Southland → Varna, with Swiss mediators, in Geneva". */
export function eventParties(event: TimelineEvent): string {
  const parts = [];
  if (event.actors.length > 0 || event.recipients.length > 0) parts.push([event.actors.join(", "), event.recipients.join(", ")].filter(Boolean).join(" → "));
  if (event.mediators.length > 0) parts.push(`mediated by ${event.mediators.join(", ")}`);
  if (event.location) parts.push(`in ${event.location}`);
  return parts.join(", ");
}

/** One event in full: what, when (and how sure), who, where, the disagreements, every source. */
export function EventDetails({ event }: { event: TimelineEvent }) {
  return (
    <div className="event-details">
      <h3>
        <span className={`tone tone-${eventTone(event.event)}`}>{eventWord(event.event)}</span>
        {event.mode && <span className="muted"> ({event.mode})</span>} <span className="event-when">{eventDate(event)}</span>
        {event.status !== "factual" && <span className="badge">{event.status}</span>}
      </h3>
      {eventParties(event) && <p className="event-parties">{eventParties(event)}</p>}
      {event.outcome && <p className="muted">Outcome: {event.outcome.replace(/_/g, " ")}</p>}
      {event.disagreements.length > 0 && (
        <div className="disagreement" role="note">
          <strong>Sources disagree</strong>
          <ul>
            {event.disagreements.map((d) => (
              <li key={d.field}>
                on the {d.field}:{" "}
                {d.values.map((v, i) => (
                  <span key={v.value}>
                    {i > 0 && " vs "}
                    <strong>{v.value}</strong> ({v.articleIds.map((id) => event.sources.find((s) => s.articleId === id)?.outlet ?? id.slice(0, 8)).join(", ")}
                    {(v.articleCount ?? 0) > v.articleIds.length && ` and ${v.articleCount! - v.articleIds.length} more`})
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      <EventSources sources={event.sources} total={event.sourceCount} />
    </div>
  );
}
