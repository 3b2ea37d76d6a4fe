import type { Sentence, TimeExpression } from "../types.js";

export interface TimeReference {
  /** Publication date (ISO) the relative expressions are resolved against; null when unknown. */
  published: string | null;
}

/** PLACEHOLDER being replaced by the tense-aware time expression resolver. */
export function findTimeExpressions(_text: string, _sentences: Sentence[], _reference: TimeReference): TimeExpression[] {
  return [];
}
