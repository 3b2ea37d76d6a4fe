import { describeOrigin } from "../format";
import { Link } from "../router";
import type { ArticleRow } from "../types";
import { SourceBadge } from "./SourceBadge";

interface ArticleTableProps {
  rows: ArticleRow[];
  /** Index of the row the keyboard selection is on, if any. */
  selected?: number;
}

/** One dense line per article: date (and where it came from), outlet, title, origin. */
export function ArticleTable({ rows, selected }: ArticleTableProps) {
  return (
    <table className="articles">
      <thead>
        <tr>
          <th scope="col" className="col-date">Published</th>
          <th scope="col" className="col-outlet">Outlet</th>
          <th scope="col">Title</th>
          <th scope="col" className="col-origin">Origin</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.id} className={i === selected ? "selected" : undefined}>
            <td className="col-date">
              {row.published ?? <span className="muted">undated</span>} {row.published && <SourceBadge source={row.publishedSource} />}
            </td>
            <td className="col-outlet">{row.outlet ?? <span className="muted">unknown</span>}</td>
            <td className="col-title">
              <Link to={`/articles/${row.id}`} data-row={i}>
                {row.title || <span className="muted">untitled {row.id}</span>}
              </Link>
            </td>
            <td className="col-origin" title={row.origin.location}>
              {describeOrigin(row.origin)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
