import { sentenceHref } from "../format";
import { Link } from "../router";
import type { EventSource, NegotiationRound } from "../types";

/** One link per article among a round's sources, to its first evidence sentence. */
function bySourceArticle(sources: EventSource[]): EventSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.articleId) && seen.add(s.articleId));
}

const list = (items: string[]) => (items.length > 0 ? items.join(", ") : <span className="muted">–</span>);

/** The negotiation rounds of a story: one row per venue and period. */
export function RoundsTable({ rounds }: { rounds: NegotiationRound[] }) {
  return (
    <table className="rounds">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Venue</th>
          <th scope="col">Parties</th>
          <th scope="col">Mediators</th>
          <th scope="col">Issues</th>
          <th scope="col">Outcome</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((round) => (
          <tr key={round.id}>
            <td className="round-date" data-label="Date">
              {round.date ?? <span className="muted">undated</span>}
            </td>
            <td className="round-venue" data-label="Venue">
              {round.venue}
            </td>
            <td data-label="Parties">{list(round.parties)}</td>
            <td data-label="Mediators">{list(round.mediators)}</td>
            <td data-label="Issues">{list(round.issues)}</td>
            <td data-label="Outcome">
              <span className={`outcome-badge outcome-${round.outcome.replace(/\s+/g, "-")}`}>{round.outcome}</span>
            </td>
            <td data-label="Sources" className="round-sources">
              {bySourceArticle(round.sources).map((source, i) => (
                <span key={source.articleId}>
                  {i > 0 && ", "}
                  <Link to={sentenceHref(source.articleId, source.start)} title={`“${source.sentence}”`}>
                    {source.outlet ?? source.articleId.slice(0, 8)}
                  </Link>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
