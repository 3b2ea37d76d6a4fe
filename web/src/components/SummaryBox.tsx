import { api } from "../api";
import { useAsync } from "../hooks";
import type { Sentence } from "../types";
import { ErrorNote } from "./Status";

interface SummaryBoxProps {
  id: string;
  /** The article's sentences, to find the one each quote cites. */
  sentences: Sentence[];
  /** Shows the sentence starting at this offset in the text. */
  onCite: (start: number) => void;
}

/** "No time to read?": the summary's quotes, each a button that shows it in the text. */
export function SummaryBox({ id, sentences, onCite }: SummaryBoxProps) {
  const summary = useAsync(() => api.summary(id), `summary:${id}`);
  if (summary.error) return <ErrorNote error={summary.error}>No summary</ErrorNote>;
  if (!summary.data || summary.data.sentences.length === 0) return null;
  const targetOf = (start: number, end: number) => sentences.find((s) => s.end > start && s.start < end)?.start ?? start;
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">No time to read?</h2>
      <ol>
        {summary.data.sentences.map((quote) => (
          <li key={quote.start}>
            <button type="button" className="cite" onClick={() => onCite(targetOf(quote.start, quote.end))} title="Show this sentence in the text">
              {quote.text}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
