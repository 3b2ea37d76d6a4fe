/**
 * Framing side by side: which loaded terms each outlet uses for the same referent
 * (FRAMING_LEXICON), counted per outlet with the articles they appear in. No verdict:
 * the view sets the columns next to each other.
 */
import { FRAMING_LEXICON } from "./framing-lexicon.js";
import type { FramingInput, FramingTerm, OutletFraming } from "./types.js";

/** The outlet name shown for articles whose outlet is unknown. */
export const UNKNOWN_OUTLET = "(unknown outlet)";

interface TermPattern {
  term: string;
  referent: string;
  order: number;
  pattern: RegExp;
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/** Every term as a pattern, longest first, so "occupation forces" is taken before "the occupation". */
const PATTERNS: TermPattern[] = FRAMING_LEXICON.flatMap((group, order) => [
  ...group.terms.map((term) => ({ term, referent: group.referent, order, pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${escape(term)}(?![\\p{L}\\p{N}-])`, "giu") })),
  ...(group.caseSensitive ?? []).map((term) => ({ term, referent: group.referent, order, pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${escape(term)}(?![\\p{L}\\p{N}-])`, "gu") })),
]).sort((a, b) => b.term.length - a.term.length);

interface Hit {
  start: number;
  end: number;
  pattern: TermPattern;
}

/** The terms found in one text, each place counted once (the longest term there). */
export function findFramingTerms(text: string): Array<{ term: string; referent: string; start: number; end: number }> {
  const hits: Hit[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ start, end, pattern });
    }
  }
  return hits.sort((a, b) => a.start - b.start).map((h) => ({ term: h.pattern.term, referent: h.pattern.referent, start: h.start, end: h.end }));
}

/**
 * Loaded terms per outlet, grouped by referent (in FRAMING_LEXICON order), most used first.
 *
 * @example
 *   framingTerms([{ articleId: "a", outlet: "X", text: "Occupation forces shelled ..." }, { articleId: "b", outlet: "Y", text: "The IDF said ..." }])
 *   // [{ outlet: "X", terms: [{ term: "occupation forces", referent: "Israel / its forces", count: 1, articleIds: ["a"] }] },
 *   //  { outlet: "Y", terms: [{ term: "IDF", referent: "Israel / its forces", count: 1, articleIds: ["b"] }] }]
 */
export function framingTerms(articles: FramingInput[]): OutletFraming[] {
  const byOutlet = new Map<string, Map<string, FramingTerm & { order: number }>>();
  for (const article of articles) {
    const outlet = article.outlet ?? UNKNOWN_OUTLET;
    if (!byOutlet.has(outlet)) byOutlet.set(outlet, new Map());
    const terms = byOutlet.get(outlet)!;
    for (const hit of findFramingTerms(article.text)) {
      const pattern = PATTERNS.find((p) => p.term === hit.term && p.referent === hit.referent)!;
      const key = hit.term.toLowerCase();
      if (!terms.has(key)) terms.set(key, { term: hit.term, referent: hit.referent, count: 0, articleIds: [], order: pattern.order });
      const entry = terms.get(key)!;
      entry.count++;
      if (!entry.articleIds.includes(article.articleId)) entry.articleIds.push(article.articleId);
    }
  }
  return [...byOutlet.entries()].map(([outlet, terms]) => ({
    outlet,
    terms: [...terms.values()]
      .sort((a, b) => a.order - b.order || b.count - a.count || a.term.localeCompare(b.term))
      .map(({ order: _order, ...term }) => term),
  }));
}
