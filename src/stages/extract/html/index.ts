import type { Extraction } from "../shared.js";
import { unknown } from "../shared.js";

export interface HtmlOptions {
  /** The page's URL when known (feed, JSONL), used for relative links, outlet and URL dates. */
  url?: string;
}

/** PLACEHOLDER being replaced by the HTML extractor. */
export function extractHtml(html: string, options: HtmlOptions = {}): Extraction {
  const text = html.replace(/<[^>]+>/g, " ").replace(/[ \t]+/g, " ").trim();
  return { text, title: unknown(), byline: unknown(), outlet: unknown(), published: unknown(), url: options.url ?? null, removed: [], diagnostics: [] };
}
