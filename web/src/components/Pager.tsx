import { Link } from "../router";

interface PagerProps {
  total: number;
  limit: number;
  offset: number;
  /** The URL of the page starting at an offset. */
  href: (offset: number) => string;
}

/** "21–40 of 342" with previous / next links (keys: the page's own). */
export function Pager({ total, limit, offset, href }: PagerProps) {
  if (total <= limit && offset === 0) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label="pages">
      {offset > 0 ? <Link to={href(Math.max(0, offset - limit))}>← Newer</Link> : <span className="disabled">← Newer</span>}
      <span>
        {total === 0 ? 0 : offset + 1}–{last} of {total.toLocaleString("en")}
      </span>
      {last < total ? <Link to={href(offset + limit)}>Older →</Link> : <span className="disabled">Older →</span>}
    </nav>
  );
}
