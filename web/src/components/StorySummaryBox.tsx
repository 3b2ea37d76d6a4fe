import { sentenceHref } from "../format";
import { Link } from "../router";
import type { ArticleRow, StorySentence } from "../types";

interface StorySummaryBoxProps {
  sentences: StorySentence[];
  /** The story's articles by id, for the title shown with each quote. */
  articles: Map<string, ArticleRow>;
}

/**
 * The story in a few sentences quoted from its articles. Each quote links to its sentence
 * in the reader; hovering or focusing it shows the article, outlet and date it comes from.
 */
export function StorySummaryBox({ sentences, articles }: StorySummaryBoxProps) {
  if (sentences.length === 0) return null;
  return (
    <section className="summary story-summary" aria-labelledby="story-summary-heading">
      <h2 id="story-summary-heading">The story so far</h2>
      <ol>
        {sentences.map((quote) => {
          const tipId = `cite-${quote.articleId}-${quote.start}`;
          const title = articles.get(quote.articleId)?.title;
          return (
            <li key={tipId}>
              <Link to={sentenceHref(quote.articleId, quote.start)} className="cite" aria-describedby={tipId}>
                {quote.text}
              </Link>
              <span className="cite-outlet muted">{quote.outlet ?? "unknown outlet"}</span>
              <span className="cite-tip" role="tooltip" id={tipId}>
                <strong>{title || "Untitled article"}</strong>
                <span>
                  {quote.outlet ?? "unknown outlet"} · {quote.published ?? "undated"}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
