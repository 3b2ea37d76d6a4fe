/**
 * Where pages keep their metadata, as ordered lists (first match wins). Keys are the
 * lower-cased `property`, `name` or `itemprop` of a <meta> tag.
 */

/** Publication date meta tags, most specific first (Open Graph, Dublin Core, Parse.ly, Sailthru, schema.org microdata, ...). */
export const PUBLISHED_META: readonly string[] = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "og:published_time",
  "datepublished",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.created",
  "dcterms.created",
  "dc.date",
  "dcterms.date",
  "citation_publication_date",
  "citation_date",
  "rnews:datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "published_time",
  "publication_date",
  "original-publish-date",
  "originalpublicationdate",
  "article.published",
  "article_date_original",
  "cxenseparse:recs:publishtime",
  "date",
  "datecreated",
];

/**
 * Elements that carry the publication date in markup, tried in order; the last, any
 * <time datetime>, only outside page furniture (see TIME_FURNITURE), since a comment,
 * a teaser or a site bar's clock carries its own date.
 */
export const PUBLISHED_TIME_SELECTORS: readonly string[] = [
  '[itemprop="datePublished"]',
  "time[pubdate]",
  "article header time[datetime]",
  "article time[datetime]",
  "main time[datetime]",
  "time[datetime]",
];

/** A <time> with an ancestor of these tags, or whose class or id says comment / related, is not the page's date. */
export const TIME_FURNITURE_TAGS: ReadonlySet<string> = new Set(["nav", "footer", "aside", "form"]);
export const TIME_FURNITURE_NAMES = /comment|related|recommend|teaser|sidebar|widget/i;

/** Outlet (site) name meta tags; application-name is used after JSON-LD's publisher. */
export const OUTLET_META: readonly string[] = ["og:site_name", "twitter:site:name", "publisher", "dc.publisher", "application-name"];

/** Title meta tags. */
export const TITLE_META: readonly string[] = ["og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title", "headline"];

/** Author meta tags. */
export const AUTHOR_META: readonly string[] = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author"];

/** Author markup in the page, when no meta tag or JSON-LD names one. */
export const AUTHOR_SELECTORS: readonly string[] = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel="author"]',
  ".byline-name",
  ".author-name",
  ".byline",
];

/**
 * Dates in URL paths: /2023/12/24/, /2023/dec/24/, /2023-12-24/ (or -2023-12-24-),
 * /20231224/ (or -20231224/). Month and day may lack their leading zero (/2023/1/5/).
 * An eight-digit run is only read as a date when it is a whole path part or the
 * last part of a slug, and it must still be a real calendar date in a plausible year.
 */
export const URL_DATE_PATTERNS: readonly RegExp[] = [
  /\/(?<year>(?:19|20)\d{2})\/(?<month>\d{1,2}|[a-z]{3,9})\/(?<day>\d{1,2})(?:\/|$)/i,
  /[/_-](?<year>(?:19|20)\d{2})-(?<month>\d{2})-(?<day>\d{2})(?:[/_.-]|$)/,
  /[/_-](?<year>(?:19|20)\d{2})(?<month>\d{2})(?<day>\d{2})(?:[/.]|$)/,
];

/** A schema.org datePublished inside any script's JSON (app state blobs), when no JSON-LD block has one. */
export const SCRIPT_DATE_PUBLISHED = /"datePublished"\s*:\s*"([^"]{8,40})"/;
