/**
 * The story's claims: figures, votes and positions that its articles give for the same
 * thing, grouped, conflicts first, each side with the outlets and the chain of who passed
 * the claim on ("source → channel → publisher"); then each outlet's framing terms by
 * referent, side by side, without a verdict. Every string is rendered as text.
 */
import { api } from "../api";
import { plural } from "../format";
import { useAsync } from "../hooks";
import { Link } from "../router";
import type { ClaimGroup, ClaimSource, ClaimStatus, OutletFraming } from "../types";

export interface ClaimsSectionProps {
  storyId: string;
}

const STATUS_ORDER: Record<ClaimStatus, number> = { conflict: 0, compatible: 1, agree: 2 };

export function ClaimsSection({ storyId }: ClaimsSectionProps) {
  const claims = useAsync(() => api.claims(storyId), `claims:${storyId}`);
  const framing = useAsync(() => api.framing(storyId), `framing:${storyId}`);
  const groups = claims.data ? [...claims.data].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]) : [];
  const conflicts = groups.filter((g) => g.status === "conflict").length;
  const outlets = (framing.data ?? []).filter((o) => o.terms.length > 0);
  if (claims.error && framing.error) return null;
  if (!claims.data && !framing.data) return null;
  if (groups.length === 0 && outlets.length === 0) return null;
  return (
    <section className="claims-section" aria-labelledby="claims-heading">
      <div className="section-head">
        <h2 id="claims-heading">Claims</h2>
        {claims.data && (
          <span className="muted">
            {plural(groups.length, "group")}, {plural(conflicts, "conflict")}
          </span>
        )}
      </div>
      {groups.length > 0 && (
        <ul className="claim-groups">
          {groups.map((group) => (
            <ClaimGroupItem key={group.id} group={group} />
          ))}
        </ul>
      )}
      {outlets.length > 0 && <FramingBlock outlets={outlets} />}
    </section>
  );
}

function ClaimGroupItem({ group }: { group: ClaimGroup }) {
  return (
    <li className={`claim-group claim-${group.status}`}>
      <div className="claim-head">
        <span className={`claim-status claim-status-${group.status}`}>{group.status}</span>
        <strong>{group.slot.replace(/-/g, " ")}</strong>
        {group.holder && <span className="muted"> · {group.holder}</span>}
        {group.when && <span className="muted"> · {group.when.from === group.when.to ? group.when.from : `${group.when.from} – ${group.when.to}`}</span>}
      </div>
      {group.reasons.length > 0 && <p className="muted small">{group.reasons.join("; ")}</p>}
      <ul className="claim-sides">
        {group.sides.map((side, index) => (
          <li key={`${index}:${side.label}`}>
            <span className="claim-label">{side.label}</span>
            <ul className="claim-sources">
              {side.sources.map((source) => (
                <SourceItem key={source.claimId} source={source} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {group.superseded.length > 0 && (
        <details className="small">
          <summary>{plural(group.superseded.length, "superseded claim")}</summary>
          <ul className="claim-sources">
            {group.superseded.map((source) => (
              <SourceItem key={source.claimId} source={source} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function SourceItem({ source }: { source: ClaimSource }) {
  return (
    <li>
      <Link to={`/articles/${source.articleId}`} className="claim-outlet" title={source.sentence}>
        {source.outlet ?? "unknown outlet"}
      </Link>
      {source.published && <span className="muted"> {source.published}</span>}{" "}
      <span className="claim-chain">{source.chain.map((link) => link.text).join(" → ")}</span>
      {source.hedged && <span className="claim-hedged"> hedged</span>}
      <q className="claim-sentence muted">{source.sentence}</q>
    </li>
  );
}

function FramingBlock({ outlets }: { outlets: OutletFraming[] }) {
  const referents = [...new Set(outlets.flatMap((o) => o.terms.map((t) => t.referent)))].sort();
  return (
    <div className="framing">
      <h3>Framing</h3>
      <p className="muted small">The terms each outlet uses for the same referent.</p>
      <table className="framing-table">
        <thead>
          <tr>
            <th scope="col">Referent</th>
            {outlets.map((o) => (
              <th scope="col" key={o.outlet}>
                {o.outlet}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {referents.map((referent) => (
            <tr key={referent}>
              <th scope="row">{referent}</th>
              {outlets.map((o) => (
                <td key={o.outlet}>
                  {o.terms
                    .filter((t) => t.referent === referent)
                    .map((t) => `${t.term} (${t.count})`)
                    .join(", ") || <span className="muted">—</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
