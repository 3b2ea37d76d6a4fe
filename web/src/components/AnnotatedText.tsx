import { Fragment, useMemo } from "react";
import { layout } from "../annotate";
import type { Mark, Run } from "../annotate";
import { mentionTitle, timeTitle } from "../format";
import type { StoredArticle } from "../types";

interface AnnotatedTextProps {
  stored: StoredArticle;
  /** Start offset of the sentence to show as cited (from the summary), if any. */
  cited: number | undefined;
  /** Whether entities and times are marked. */
  marks: boolean;
}

/** DOM id of the sentence element starting at an offset; the summary links to it. */
export const sentenceId = (start: number) => `s-${start}`;

/**
 * The clean text with its sentences, entity mentions and time expressions. Every
 * character is rendered as a React text node: article text never becomes markup.
 */
export function AnnotatedText({ stored, cited, marks }: AnnotatedTextProps) {
  const { article, analysis } = stored;
  const pieces = useMemo(() => {
    const annotations: Mark[] = [
      ...(analysis?.mentions ?? []).map((m) => ({ start: m.start, end: m.end, kind: `ent ent-${m.type}`, title: mentionTitle(m) })),
      ...(analysis?.times ?? []).map((t) => ({ start: t.start, end: t.end, kind: `time time-${t.type}`, title: timeTitle(t) })),
    ];
    return layout(article.text, analysis?.sentences ?? [], annotations);
  }, [article.text, analysis]);

  return (
    <div className={marks ? "article-text marks" : "article-text"}>
      {pieces.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.pieces.map((piece) =>
            piece.sentence ? (
              <span
                key={piece.start}
                id={sentenceId(piece.start)}
                className={piece.start === cited ? "sentence cited" : "sentence"}
                tabIndex={piece.start === cited ? -1 : undefined}
              >
                <Runs text={article.text} runs={piece.runs} />
              </span>
            ) : (
              <Runs key={piece.start} text={article.text} runs={piece.runs} />
            ),
          )}
        </p>
      ))}
    </div>
  );
}

function Runs({ text, runs }: { text: string; runs: Run[] }) {
  return (
    <>
      {runs.map((run) =>
        run.mark ? (
          <span key={run.start} className={run.mark.kind} title={run.mark.title}>
            {text.slice(run.start, run.end)}
          </span>
        ) : (
          <Fragment key={run.start}>{text.slice(run.start, run.end)}</Fragment>
        ),
      )}
    </>
  );
}
