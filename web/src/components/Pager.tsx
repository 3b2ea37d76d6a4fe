import { Link } from "../router";

interface PagerProps {
  total: number;
  limit: number;
  offset: number;
  /** The URL of the page starting at an offset. */
  href: (offset: number) => string;
  /** Names of the two directions; default "← Newer" and "Older →" (lists in date order). */
  labels?: [string, string];
}

/** "21–40 of 342" with previous / next links (keys: the page's own). */
export function Pager({ total, limit, offset, href, labels = ["← Newer", "Older →"] }: PagerProps) {
  if (total <= limit && offset === 0) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label="pages">
      {offset > 0 ? <Link to={href(Math.max(0, offset - limit))}>{labels[0]}</Link> : <span className="disabled">{labels[0]}</span>}
      <span>
        {total === 0 ? 0 : offset + 1}–{last} of {total.toLocaleString("en")}
      </span>
      {last < total ? <Link to={href(offset + limit)}>{labels[1]}</Link> : <span className="disabled">{labels[1]}</span>}
    </nav>
  );
}
