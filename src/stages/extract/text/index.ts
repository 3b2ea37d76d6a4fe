import type { Extraction } from "../shared.js";
import { unknown } from "../shared.js";

export interface PlainTextOptions {
  format: "text" | "markdown";
}

/** PLACEHOLDER being replaced by the plain-text cleaner. */
export function extractPlainText(content: string, _options: PlainTextOptions = { format: "text" }): Extraction {
  return { text: content.trim(), title: unknown(), byline: unknown(), outlet: unknown(), published: unknown(), url: null, removed: [], diagnostics: [] };
}
