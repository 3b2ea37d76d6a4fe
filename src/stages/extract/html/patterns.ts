/**
 * Word lists and patterns of the HTML extractor, kept as data (STYLE.md point 2).
 * Every pattern here is about page furniture in general (comment sections, share
 * bars, related-article lists, captions), never about one site.
 */
import type { RemovalReason } from "../types.js";

/** Elements whose content is never article text: dropped silently, not recorded. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
  "button", "select", "option", "input", "textarea", "link", "meta", "title", "head",
  "map", "audio", "video", "source", "track", "picture", "dialog",
]);

/**
 * Structural page furniture: removed before Readability and recorded, unless the
 * element holds the main heading or a large share of the page's prose (some sites
 * wrap the whole story in a <header> or a <form>; see preclean.ts).
 */
export const FURNITURE_TAGS: ReadonlyMap<string, RemovalReason> = new Map([
  ["nav", "navigation"],
  ["footer", "navigation"],
  ["aside", "article-teaser"],
  ["header", "navigation"],
  ["form", "comment-form"],
  ["figcaption", "caption"],
]);

/** Tags never removed for their class or id: they are where articles live. */
export const PROTECTED_TAGS: ReadonlySet<string> = new Set(["html", "body", "main", "article"]);

/**
 * A boilerplate marker in a class or id: a pattern tested on each class token (and
 * the id), lower-cased, with the reason recorded when the element is removed.
 * Patterns are anchored on token parts (start, end, "-" or "_") so that, e.g.,
 * "shared-content" is not a share bar and "loader" is not an ad.
 */
export interface ClassMarker {
  pattern: RegExp;
  reason: RemovalReason;
  /**
   * When set, the marker only removes elements with at most this many characters of
   * text: for names that also label containers ("image", "date", "media"), where the
   * furniture (a caption, a timestamp) is always short and the container is not.
   */
  maxChars?: number;
}

/** Longest caption or image credit: a few sentences at most. */
const CAPTION_MAX_CHARS = 400;
/** Longest date, byline or author box line. */
const METADATA_MAX_CHARS = 200;

const part = (words: string): RegExp => new RegExp(`(?:^|[-_])(?:${words})(?:$|[-_])`);

export const CLASS_MARKERS: readonly ClassMarker[] = [
  { pattern: part("comments?|commentlist|comment-?list|disqus|respond|replies|reply|discussion|talkback|reactions?"), reason: "comments" },
  { pattern: /^(?:comments?|disqus_thread|respond)$/, reason: "comments" },
  {
    pattern: part(
      "related|relatedposts|related-?(?:posts?|articles?|stories|content|links)|more-?(?:stories|articles|news|from)|read-?more|readmore|also-?read|read-?next|recommended|recommendations?|recirc|recirculation|outbrain|taboola|trending|most-?(?:read|popular|viewed)|popular-?posts|you-?may-?like|further-?reading|next-?article|prev-?next|post-?navigation|jp-relatedposts",
    ),
    reason: "article-teaser",
  },
  {
    pattern: part(
      "share|shares|sharing|sharebar|share-?buttons?|share-?tools|sharedaddy|social|social-?(?:links|media|share|icons)|sociable|addthis|addtoany|a2a|follow-?us|print-?email",
    ),
    reason: "share-subscribe",
  },
  { pattern: part("newsletter|newsletters|subscribe|subscription|signup|sign-?up|paywall|regwall|registration|membership|donate|cta|call-?to-?action"), reason: "share-subscribe" },
  { pattern: part("cookie|cookies|consent|gdpr|cmp|privacy-?banner|cookie-?notice|cookiebar"), reason: "cookie-notice" },
  {
    pattern: part(
      "ad|ads|advert|adverts|advertisement|advertising|ad-?container|ad-?slot|ad-?unit|ad-?wrapper|adsbygoogle|dfp|gpt-?ad|sponsor|sponsored|promo|promos|promotion|partner-?content|native-?ad|commercial",
    ),
    reason: "advertisement",
  },
  { pattern: part("caption|captions|credit|credits|photo-?credit|image-?credit|wp-caption-text"), reason: "caption" },
  { pattern: part("breadcrumb|breadcrumbs|menu|navbar|nav|navigation|pagination|pager|skip-?link|masthead|site-?header|site-?footer|topbar|toolbar"), reason: "navigation" },
  { pattern: part("tooltip|rollover|hovercard|popover|popup|modal|overlay|lightbox"), reason: "html-boilerplate" },
  // Text only screen readers get ("Opens in a new window", "Share on Facebook"): short labels, never the story.
  { pattern: part("sr-only|visually-?hidden|screen-?reader-?(?:text|only)|offscreen"), reason: "html-boilerplate", maxChars: METADATA_MAX_CHARS },
  { pattern: part("tags|tag-?list|tagcloud|post-?tags|entry-?tags|topics|keywords|categories|post-?categories"), reason: "keyword-line" },
  { pattern: part("byline|author-?bio|author-?box|about-?the-?author|dateline|timestamp|article-?date|post-?date|published-?date|entry-?meta|post-?meta|article-?meta"), reason: "metadata-line" },
  { pattern: part("image|images|img|photo|photos|picture|pic|figure|gallery|slideshow|media|thumbnail|thumb"), reason: "caption", maxChars: CAPTION_MAX_CHARS },
  { pattern: part("date|dates|time|pubdate|published|updated|author|authors|writer|meta"), reason: "metadata-line", maxChars: METADATA_MAX_CHARS },
];

/**
 * A class or id token that says "this is the story" (Readability's okMaybeItsACandidate,
 * made token-wise): when an element carries one that matches no marker, its markers
 * are ignored — "box article modal-enabled" is the article with a pop-up feature, and
 * "article-body pagination-first" is the body's first page. A token that carries both
 * ("related-content", "article-share") is decided by its marker.
 */
export const CONTENT_TOKEN = part("article|articles|content|contents|body|entry|story|main|post|hentry|blog-?post|article-?body|story-?body|post-?body|entry-?content");

/** Roles (the `role` attribute) that mark page furniture. */
export const FURNITURE_ROLES: ReadonlyMap<string, RemovalReason> = new Map([
  ["navigation", "navigation"],
  ["banner", "navigation"],
  ["contentinfo", "navigation"],
  ["complementary", "article-teaser"],
  ["search", "navigation"],
  ["dialog", "html-boilerplate"],
  ["alertdialog", "html-boilerplate"],
]);

/**
 * Whole-block texts that are furniture wherever they appear inside the article
 * (tested on a short block's whole text, trimmed).
 */
export const FURNITURE_LINES: readonly ClassMarker[] = [
  {
    pattern:
      /^(?:advertisement|advertising|advert|sponsored(?: content)?|ad|continue reading(?: below)?|story continues(?: below)?|article continues below|scroll to continue(?: with content)?|skip (?:ad|advert)|close|loading(?: content| comments)?)\W*$/i,
    reason: "advertisement",
  },
  {
    pattern:
      /^(?:read more|see more|see also|related(?: articles?| stories| content| coverage| posts?| news| topics| videos?)?|more (?:stories|on this|news|from)\b.*|don'?t miss|also read|recommended(?: for you| reading)?|you (?:may|might) also (?:like|enjoy)|most (?:read|popular|viewed)|trending(?: now)?|what to read next|top stories|editor'?s picks|join the (?:conversation|discussion|debate)|breaking(?: news)?|developing(?: story)?|recent (?:articles|posts|stories)|popular this week)\s*[:\-–—.…]*$/i,
    reason: "article-teaser",
  },
  {
    pattern:
      /^(?:share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet|email|print|copy link|facebook|twitter|whatsapp|pinterest|linkedin|reddit|messenger|follow us(?: on \w+)?|sign up(?: for .*newsletter.*)?|subscribe(?: now| today)?)(?:\s*[|/·•,]\s*(?:share|tweet|email|print|copy link|facebook|twitter|whatsapp|pinterest|linkedin|reddit|messenger))*\W*$/i,
    reason: "share-subscribe",
  },
  { pattern: /^(?:\d+\s+)?comments?\W*$|^(?:leave|post|add|write) (?:a|your) (?:comment|reply)\b|^(?:show|view|load|hide) (?:all |more )?comments?\b/i, reason: "comments" },
  { pattern: /^(?:caption|close caption|hide caption|toggle caption|enlarge this image|expand image|(?:image|photo|picture|slide) \d+ (?:of|\/) \d+)\W*$/i, reason: "caption" },
  { pattern: /^(?:tags?|tagged(?: with)?|topics|keywords|categories|filed under)\s*:?$/i, reason: "keyword-line" },
];

/** A rule on a block's text, for blocks of at most `maxWords` words. */
export interface LineRule {
  pattern: RegExp;
  reason: RemovalReason;
  /**
   * Longest block (in words) the rule applies to: furniture lines are short, and a
   * real paragraph may well start with "Watch:" or "Published in 2019, the report...".
   */
  maxWords: number;
}

/**
 * Prefixes of short blocks that are furniture: a teaser line ("READ MORE: ..."),
 * a photo credit ("Image: ..."), a metadata line ("Published 10:48, Tue ..."),
 * a sign-up line, a byline.
 */
export const FURNITURE_PREFIXES: readonly LineRule[] = [
  { pattern: /^(?:read more|read also|also read|see more|see also|more|related|don'?t miss|watch|listen|click here|recommended|trending|latest)\s*[:\-–—]\s*\S/i, reason: "article-teaser", maxWords: 20 },
  { pattern: /^(?:image|images|photo|photos|picture|pictures|video|credit|credits|photograph|illustration|source|foto|imagen)\s*:\s*\S/i, reason: "caption", maxWords: 25 },
  { pattern: /^(?:published|updated|posted|last updated|first published|modified)\b[^.!?]{0,40}\d/i, reason: "metadata-line", maxWords: 14 },
  { pattern: /^(?:sign up|subscribe|get the|download the|follow us|follow \S+ on|click here to)\b/i, reason: "share-subscribe", maxWords: 20 },
  { pattern: /^(?:tags?|tagged(?: with)?|topics|keywords|categories|filed under)\s*:\s*\S/i, reason: "keyword-line", maxWords: 30 },
  // Author contact lines closing a story: "Write to Jo Doe at jo@example.org", "Reach the reporters on Twitter at ...".
  { pattern: /^(?:[Ww]rite to|[Ee]-?mail|[Cc]ontact|[Rr]each)\s+(?:the\s+(?:reporters?|writers?|authors?)\b|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:at|on)\b)/u, reason: "metadata-line", maxWords: 30 },
  { pattern: /^follow\b.{0,40}\bcoverage\b/i, reason: "article-teaser", maxWords: 30 },
  // Wire-service credits closing a story: "(Reporting by ...; Editing by ...)", "... contributed to this report."
  { pattern: /^\(?(?:reporting|additional reporting|writing|editing|compiled) by\b/i, reason: "metadata-line", maxWords: 40 },
  { pattern: /\bcontributed (?:to )?this (?:report|story|article)\W*$/i, reason: "metadata-line", maxWords: 40 },
  {
    pattern: /^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Ww]ords by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*\s*(?:[|,•·]\s*.*)?$/u,
    reason: "metadata-line",
    maxWords: 16,
  },
];

/** Headings that announce a block of furniture (the list that follows goes with them). */
export const FURNITURE_HEADING = new RegExp(
  "^(?:" +
    [
      "related",
      "related (?:articles?|stories|posts?|content|coverage|links|news|reading|topics|videos?)\\b.{0,60}",
      "more\\b.{0,40}\\b(?:stories|articles|news|coverage|videos|posts)",
      "more (?:from|on|in)\\b.{0,60}",
      "recent (?:articles|posts|stories)",
      "read (?:more|next|also)",
      "recommended(?: for you| reading| stories| articles| videos)?",
      "you (?:may|might) also (?:like|enjoy)",
      "most (?:read|popular|viewed|shared)",
      "trending(?: now| stories| articles| topics)?",
      "popular (?:posts|stories|articles|now|today|this week)",
      "latest (?:news|stories|articles|posts)",
      "top stories",
      "(?:leave a |post a )?(?:comments?|reply|replies)",
      "(?:\\d+ )?comments?(?: \\(\\d+\\))?",
      "join the (?:conversation|discussion|debate)\\W*",
      "share(?: this)?(?: article| story| post| page)?",
      "follow us",
      "tags?",
      "topics",
      "newsletter",
      "sign up\\b.{0,60}",
      "subscribe\\b.{0,60}",
    ].join("|") +
    ")\\s*[:\\-–—]?$",
  "i",
);
