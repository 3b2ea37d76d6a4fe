/**
 * Makes an HTML string safe to hand to linkedom.
 *
 * linkedom builds the tree as written and does not invent the <html>, <head> and
 * <body> elements an HTML5 parser implies: a fragment ("<p>Hi</p>") gets an empty
 * body, and an empty string throws. Wrapping the input in the missing elements keeps
 * the text where Readability and the extractor look for it.
 */
const HTML_OPEN = /<html[\s>]/i;
const BODY_OPEN = /<body[\s>]/i;
const HEAD_CLOSE = /<\/head\s*>/i;
const HTML_CLOSE = /<\/html\s*>/i;

export function normalizeHtml(html: string): string {
  if (BODY_OPEN.test(html)) return HTML_OPEN.test(html) ? html : `<html>${html}</html>`;
  const headClose = HEAD_CLOSE.exec(html);
  if (headClose !== null) {
    const cut = headClose.index + headClose[0].length;
    const rest = html.slice(cut).replace(HTML_CLOSE, "");
    const head = html.slice(0, cut);
    return `${HTML_OPEN.test(head) ? head : `<html>${head}`}<body>${rest}</body></html>`;
  }
  const htmlOpen = HTML_OPEN.exec(html);
  if (htmlOpen !== null) {
    const cut = html.indexOf(">", htmlOpen.index) + 1;
    return `${html.slice(0, cut)}<body>${html.slice(cut).replace(HTML_CLOSE, "")}</body></html>`;
  }
  return `<html><head></head><body>${html}</body></html>`;
}
