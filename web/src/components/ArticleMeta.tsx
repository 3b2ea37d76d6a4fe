import type { ReactNode } from "react";
import { describeOrigin, formatTimestamp, plural, safeHttpUrl } from "../format";
import type { Sourced, StoredArticle } from "../types";
import { SourceBadge } from "./SourceBadge";

/** The side panel: `children` first (the article's links), then each metadata value with where it came from, the original, extraction notes. */
export function ArticleMeta({ stored, children }: { stored: StoredArticle; children?: ReactNode }) {
  const { article } = stored;
  const link = safeHttpUrl(article.url);
  const sourced: Array<[string, Sourced]> = [
    ["Title", article.title],
    ["Outlet", article.outlet],
    ["Published", article.published],
    ["Byline", article.byline],
  ];
  return (
    <aside className="reader-meta" aria-label="metadata">
      {children}
      <h2>Where it came from</h2>
      <dl className="meta">
        {sourced.map(([label, field]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              {field.value ?? <span className="muted">not found</span>} <SourceBadge source={field.source} />
            </dd>
          </div>
        ))}
        <div>
          <dt>Original</dt>
          <dd className="wrap">
            {link ? (
              <a href={link} target="_blank" rel="noopener noreferrer nofollow">
                {link}
              </a>
            ) : (
              (article.url ?? <span className="muted">no address</span>)
            )}
          </dd>
        </div>
        <div>
          <dt>Read from</dt>
          <dd className="wrap">
            {article.origin.kind === "stdin" || article.origin.kind === "api" ? describeOrigin(article.origin) : `${article.origin.location}${article.origin.line === undefined ? "" : `:${article.origin.line}`}`}
          </dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>
            {article.format}, {stored.encoding}, language {article.language}
          </dd>
        </div>
        <div>
          <dt>Ingested</dt>
          <dd>{formatTimestamp(stored.ingestedAt)}</dd>
        </div>
        <div>
          <dt>Id</dt>
          <dd>
            <code>{article.id}</code>
          </dd>
        </div>
      </dl>
      {article.diagnostics.length > 0 && (
        <details className="diagnostics">
          <summary>Extraction notes: {plural(article.diagnostics.length, "note")}</summary>
          <ul>
            {article.diagnostics.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}

/** What extraction removed from the page as boilerplate: kept for audit, collapsed. */
export function RemovedBlocks({ removed }: { removed: StoredArticle["article"]["removed"] }) {
  return (
    <details className="removed">
      <summary>Removed as boilerplate: {plural(removed.length, "block")}</summary>
      {removed.length === 0 ? (
        <p className="muted">Nothing was removed.</p>
      ) : (
        <ul>
          {removed.map((block, i) => (
            <li key={i}>
              <span className="badge">{block.reason}</span> {block.text}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
