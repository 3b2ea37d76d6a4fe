/**
 * Boilerplate shapes of plain-text news, as data. Each rule names the removal reason
 * it stands for; the matching code lives in classify.ts.
 *
 * A rule's pattern is matched against a whole *segment*: a line, or one piece of a
 * line split at sentence ends and separators ("Share | Tweet | Email"), after the
 * leading and trailing arrows and label punctuation are trimmed (see `trimLabel`).
 * Patterns are therefore anchored: "Read more" as a line is a prompt, "read more"
 * inside a sentence is prose. `maxWords` bounds the segment, so a content paragraph
 * that happens to open with a rule's words is never taken for it.
 *
 * The patterns describe how sites phrase their widgets in general; none is copied
 * from a particular article.
 */
import type { RemovalReason } from "../types.js";

export interface LineRule {
  /** Short, unique name shown in diagnostics and tests. */
  name: string;
  reason: RemovalReason;
  pattern: RegExp;
  /** The segment has at most this many words (letters/digits runs). */
  maxWords: number;
}

/** Social networks and sharing targets named by share bars. */
const NETWORKS =
  "facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail|print|messenger|flipboard|threads|bluesky|instagram|youtube|tiktok|google news|copy link|sms";

/** Photo agencies and wording that mark a credit. */
const PHOTO_SOURCES =
  "getty images|getty|afp|ap photo|ap|reuters|epa(?:-efe)?|anadolu(?: agency)?|shutterstock|istock|alamy|wikimedia commons|sipa|xinhua|wana|apaimages|flash90|gpo|handout|file photo|pool";

/** A word of photo vocabulary inside a trailing credit: "(AFP Photo)", "(Photo: Nile Wire)". */
const PHOTO_WORDS = "photo|photos|photograph|image|picture|pic|credit|via getty images|getty images";

export const LINE_RULES: readonly LineRule[] = [
  // --- summary prompts and article tools ---------------------------------------------
  { name: "no-time-to-read", reason: "summary-prompt", maxWords: 6, pattern: /^(?:no|short on|don'?t have) time(?: to read)?\??$/i },
  {
    name: "get-summary",
    reason: "summary-prompt",
    maxWords: 8,
    pattern: /^(?:get|see|show|hide|read|view|generate|open)(?: (?:a|an|the|our))?(?: (?:quick|short|brief|ai|ai-generated|instant))? summary(?: of (?:this|the) (?:article|story))?(?: below| now)?$/i,
  },
  { name: "summarize", reason: "summary-prompt", maxWords: 6, pattern: /^(?:summari[sz]e|summary of) (?:this|the) (?:article|story|page)$/i },
  { name: "ai-summary", reason: "summary-prompt", maxWords: 5, pattern: /^(?:ai[- ](?:generated )?summary|quick summary|article summary|summary)$/i },
  {
    name: "listen",
    reason: "summary-prompt",
    maxWords: 10,
    pattern: /^(?:listen(?: now)?|listen to (?:this|the) (?:article|story|report)(?: now)?|play (?:audio|article)|audio version|(?:article|story) audio|read aloud|text to speech)(?:\s*\(?\d{1,2}(?::\d{2})? ?(?:min(?:ute)?s?)?\)?)?$/i,
  },
  {
    name: "read-more",
    reason: "summary-prompt",
    maxWords: 6,
    pattern: /^(?:read more|read (?:the )?full (?:article|story)|continue reading|read on|show more|see more|load more|expand(?: article)?|view more)$/i,
  },
  { name: "reading-time", reason: "summary-prompt", maxWords: 8, pattern: /^(?:(?:estimated )?reading time:? ?)?(?:about )?\d{1,3}[- ]?(?:min(?:ute)?s?|mins?)(?: read)?$/i },
  { name: "translate", reason: "summary-prompt", maxWords: 5, pattern: /^translate (?:this )?(?:article|page|story)$/i },

  // --- teasers of other articles -------------------------------------------------------
  // Labels alone on their line: the headlines that follow are handled in context.ts.
  { name: "prev-next-label", reason: "article-teaser", maxWords: 4, pattern: /^(?:previous|prev|next|older|newer)(?: (?:article|post|story|item|page|entry))?$/i },
  {
    name: "teaser-list-label",
    reason: "article-teaser",
    maxWords: 8,
    pattern:
      /^(?:related|related (?:articles?|stories|story|posts?|news|coverage|content|reading|links)|also read|read also|see also|more stories|more news|more on this(?: story| topic)?|you (?:may|might) also (?:like|be interested in|want to read)|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories| news)?|latest (?:news|stories|articles|headlines)|editor'?s picks?|don'?t miss|must read|what to read next|up next|in case you missed it|top stories|more from (?:[\p{L}'’.&-]+ ?){1,4})$/iu,
  },
  // A label and a headline on one line: "Related: Envoys return to Cairo".
  {
    name: "teaser-inline",
    reason: "article-teaser",
    maxWords: 30,
    pattern:
      /^(?:previous|next)(?: (?:article|post|story))?\s*[:|»›>–—-]\s*\S.*$|^(?:related|also read|read also|read more|see also|more|recommended|must read|don'?t miss|watch|listen|in pictures|explainer)\s*[:|»›>]\s*\S.*$/iu,
  },

  // --- comment forms -------------------------------------------------------------------
  {
    name: "comment-heading",
    reason: "comment-form",
    maxWords: 12,
    pattern:
      /^(?:leave a (?:reply|comment)(?: to .{1,80})?|post (?:a |your )?comment|add (?:a |your )?comment|write a comment|submit(?: (?:a |your )?comment)?|join the (?:conversation|discussion)|comments? \(\d+\)|\d+ (?:comments?|responses?|replies|thoughts on .{1,80})|(?:one|no) (?:comments?|responses?)(?: yet)?|be the first to comment(?: on .{1,80})?|cancel reply|show comments|view comments|comments)$/iu,
  },
  {
    name: "comment-form-note",
    reason: "comment-form",
    maxWords: 30,
    pattern:
      /^(?:your email address will not be published|required fields are marked\s*\*?|save my name,? e-?mail,? and website in this browser for the next time i comment|you must be (?:logged|signed) in to post a comment|(?:log|sign) in to (?:comment|reply|post a comment)|notify me of (?:follow-up comments|new posts|new comments)(?: by e-?mail| via e-?mail)?|this site uses akismet to reduce spam\b.*|comments are (?:closed|moderated)\b.*|by commenting,? you agree\b.*)$/iu,
  },
  { name: "form-field", reason: "comment-form", maxWords: 3, pattern: /^(?:name|e-?mail|website|comment|message|your (?:name|e-?mail|comment))\s*\*$/i },

  // --- photo credits and captions ------------------------------------------------------
  { name: "copyright-credit", reason: "photo-credit", maxWords: 14, pattern: /^(?:©|\(c\)|copyright\b)(?!.*\ball rights reserved\b).+$/iu },
  {
    name: "labelled-credit",
    reason: "photo-credit",
    maxWords: 30,
    pattern: /^(?:photo|photos|photograph|picture|image|img|pic|video|illustration|graphic|file photo|credit|image credit|photo credit|caption|top image|main image|lead image)\s*(?::|\bby\b|\bcredit:?)\s*\S.*$/iu,
  },
  { name: "bare-credit", reason: "photo-credit", maxWords: 4, pattern: /^(?:image credit|photo credit|file photo|handout photo|getty images|photo|image)$/i },
  { name: "agency-slash-credit", reason: "photo-credit", maxWords: 8, pattern: new RegExp(`^(?:${PHOTO_SOURCES})\\s*/\\s*[\\p{L}][\\p{L} .'’-]*$`, "iu") },
  { name: "name-slash-agency", reason: "photo-credit", maxWords: 8, pattern: new RegExp(`^[\\p{L}][\\p{L} .'’-]*\\s*/\\s*(?:${PHOTO_SOURCES})(?: via getty images)?$`, "iu") },
  // A caption closed by a credit in brackets: "... near Rafah on Sunday. (AFP Photo)".
  {
    name: "caption-with-credit",
    reason: "photo-credit",
    maxWords: 40,
    pattern: new RegExp(`^.*[(\\[](?:[^()\\[\\]]*\\b(?:${PHOTO_WORDS})\\b[^()\\[\\]]*)[)\\]]\\s*$`, "iu"),
  },

  // --- share and subscribe -------------------------------------------------------------
  {
    name: "share",
    reason: "share-subscribe",
    maxWords: 10,
    pattern: new RegExp(
      `^(?:share|share this|share (?:this |the )?(?:article|story|post|page)|share (?:on|via|to) (?:${NETWORKS})|tweet(?: this)?|pin it|e-?mail (?:this|the) (?:article|story)|print (?:this|the) (?:article|story|page)|copy (?:the )?link|link copied|(?:share|follow) us)$`,
      "iu",
    ),
  },
  // A share bar: nothing but network names ("Facebook Twitter WhatsApp Email").
  { name: "network-list", reason: "share-subscribe", maxWords: 14, pattern: new RegExp(`^(?:${NETWORKS})(?:[\\s,|·•/]+(?:${NETWORKS}))*$`, "iu") },
  {
    name: "follow-us",
    reason: "share-subscribe",
    maxWords: 20,
    pattern: new RegExp(`^(?:follow|find|like|join) (?:us|[\\p{L}'’.&-]+(?: [\\p{L}'’.&-]+){0,3}) on (?:${NETWORKS}|social media)\\b.*$`, "iu"),
  },
  {
    name: "subscribe",
    reason: "share-subscribe",
    maxWords: 25,
    pattern: /^(?:subscribe|sign up|register)\b.{0,120}\b(?:newsletters?|briefings?|updates|alerts|inbox|channel|podcast|for free|free trial|today|now|here)\b.*$|^subscribe(?: now| today)?$/iu,
  },
  // "Join" and "Get" open prose too ("Join talks..."), so they need a product word.
  {
    name: "join-get",
    reason: "share-subscribe",
    maxWords: 25,
    pattern: /^(?:join|get)\b.{0,80}\b(?:newsletters?|briefings?|(?:whatsapp|telegram) channel|channel|inbox|alerts|app)\b.*$/iu,
  },
  { name: "click-here", reason: "share-subscribe", maxWords: 25, pattern: /^click here\b.*$/i },
  { name: "download-app", reason: "share-subscribe", maxWords: 20, pattern: /^(?:download|get|install) (?:our|the) (?:free )?(?:[\p{L}'’]+ )?app\b.*$/iu },
  {
    name: "support-us",
    reason: "share-subscribe",
    maxWords: 25,
    pattern: /^(?:support (?:our|independent|quality) journalism|donate(?: now| today)?|become a (?:member|subscriber|supporter)|enjoyed this (?:article|story)\??|help us keep reporting)\b.*$/iu,
  },

  // --- cookie notices ------------------------------------------------------------------
  {
    name: "cookie-notice",
    reason: "cookie-notice",
    maxWords: 80,
    pattern: /^(?=.*\bcookies?\b)(?=.*\b(?:we use|this (?:web)?site|uses cookies|accept|consent|privacy|preferences|by (?:continuing|using|clicking)|improve your (?:browsing )?experience|personali[sz]e)\b).+$/iu,
  },
  {
    name: "cookie-button",
    reason: "cookie-notice",
    maxWords: 5,
    pattern: /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|allow(?: all)?(?: cookies)?|manage (?:preferences|settings|cookies|consent)|cookie (?:settings|policy|preferences)|privacy settings)$/i,
  },

  // --- advertisement -------------------------------------------------------------------
  {
    name: "advertisement",
    reason: "advertisement",
    maxWords: 10,
    pattern:
      /^(?:advertisements?|advert|ads?|sponsored(?: content| post| links?)?|promoted(?: content| stories)?|paid (?:content|partner content|post)|partner content|(?:story|article) continues (?:below|after)(?: this)? (?:advertisement|ad)|scroll (?:down )?to continue(?: reading)?(?: with content)?|continue reading (?:below|after the ad(?:vertisement)?)|report this ad)$/i,
  },

  // --- navigation and site chrome ------------------------------------------------------
  {
    name: "site-chrome",
    reason: "navigation",
    maxWords: 6,
    pattern: /^(?:skip to (?:main )?content|skip to navigation|back to top|go to top|menu|main menu|home|search|sign in|log in|log out|my account|(?:main )?navigation|close|toggle navigation)$/i,
  },
  {
    name: "footer-links",
    reason: "navigation",
    maxWords: 16,
    pattern: /^(?:(?:about us|contact(?: us)?|terms(?: of (?:use|service))?|privacy(?: policy)?|careers|advertise(?: with us)?|sitemap|rss|faq)(?:[\s|·•,]+|$))+$/i,
  },
  { name: "copyright-footer", reason: "navigation", maxWords: 20, pattern: /^(?:©|\(c\)|copyright\b).*\ball rights reserved\b.*$/iu },
  // Breadcrumbs: "Home > World > Middle East".
  { name: "breadcrumb", reason: "navigation", maxWords: 12, pattern: /^[\p{Lu}\d][^>›»]{0,30}(?:\s+[>›»]\s+[^>›»]{1,30}){2,}$/u },

  // --- tag and keyword lists -----------------------------------------------------------
  { name: "tag-list", reason: "keyword-line", maxWords: 30, pattern: /^(?:tags?|topics?|keywords?|filed under|categories|category|related topics)\s*:\s*\S.*$/iu },
];

/**
 * Rules that apply only inside a comment section (after a comment heading): too loose
 * elsewhere. The form's bare fields are "comment-form"; readers' names, timestamps and
 * reply links belong to the comments themselves ("comments", the HTML extractor's reason).
 */
export const COMMENT_ZONE_RULES: readonly LineRule[] = [
  { name: "bare-form-field", reason: "comment-form", maxWords: 3, pattern: /^(?:name|e-?mail|website|comment|message|submit|post|cancel)\s*\*?$/i },
  { name: "commenter-says", reason: "comments", maxWords: 8, pattern: /^[\p{L}\d][\p{L}\d .'’_-]{0,40}\s+(?:says|said|wrote|replied):?$/iu },
  { name: "comment-timestamp", reason: "comments", maxWords: 10, pattern: /^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[\p{L}]+ \d{1,2},? \d{4})(?:,? (?:at )?\d{1,2}:\d{2}(?: ?[ap]m)?)?$/iu },
  { name: "reply-link", reason: "comments", maxWords: 4, pattern: /^(?:reply|log in to reply|report(?: comment)?|like)$/i },
];

/** Button labels that follow a cookie notice ("OK", "Got it"): too loose elsewhere. */
export const COOKIE_ZONE_RULES: readonly LineRule[] = [
  { name: "consent-button", reason: "cookie-notice", maxWords: 4, pattern: /^(?:ok(?:ay)?|got it|i agree|agree|i accept|accept|decline|reject|dismiss|close|learn more|more info(?:rmation)?|settings)$/i },
];

/** Labels whose single following headline is a teaser ("Next Article" + its headline). */
export const SINGLE_TEASER_LABELS = new Set(["prev-next-label"]);
/** Labels that open a list of teaser headlines ("Related stories", "Most read", "Read more:"). */
export const LIST_TEASER_LABELS = new Set(["teaser-list-label", "read-more"]);
/** Rules that open a comment section, after which COMMENT_ZONE_RULES apply. */
export const COMMENT_ZONE_OPENERS = new Set(["comment-heading", "comment-form-note"]);

/**
 * Splits a line into segments for rule matching: at sentence ends followed by a capital
 * ("... not be published. Required fields ...") and at bar separators ("Share | Tweet").
 */
export const SEGMENT_SEPARATOR = /(?<=[.!?*])\s+(?=[\p{Lu}\d"“])|\s+[|·•]\s+|\s{3,}/u;

/** Leading and trailing decoration trimmed before matching: arrows, bullets, label colons, ellipses. */
const LABEL_EDGES_START = /^[\s«‹←<•·▪►▶|–—-]+/u;
const LABEL_EDGES_END = /[\s»›→>▸▶:|.…–—-]+$/u;

/**
 * Strips arrow and punctuation decoration around a label ("« Previous Article",
 * "Read more…"). A final "*" (required-field marker) or "?" ("No time to read?") is
 * kept: the rules match it as part of the shape.
 */
export function trimLabel(segment: string): string {
  return segment.replace(LABEL_EDGES_START, "").replace(LABEL_EDGES_END, "");
}

// --- metadata shapes --------------------------------------------------------------------

/** Month names and abbreviations, lower-case, to month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
  ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8],
  ["september", 9], ["sept", 9], ["sep", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11],
  ["december", 12], ["dec", 12],
]);

/** Every casing news uses for a month word: "march", "March", "MARCH". */
function anyCase(words: Iterable<string>): string {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word);
    forms.add(word.charAt(0).toUpperCase() + word.slice(1));
    forms.add(word.toUpperCase());
  }
  // Longest first, so "March" is not cut to "Mar".
  return [...forms].sort((a, b) => b.length - a.length).join("|");
}

const MONTH_NAME = `(?:${anyCase(MONTHS.keys())})\\.?`;
const WEEKDAY = `(?:${anyCase(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])})\\.?`;

/**
 * A calendar date as news prints it, with named groups: "Dec 24", "Dec. 24, 2023",
 * "24 December 2023", "2025-03-03", optionally after a weekday ("Sunday, March 3").
 */
export const DATE_SOURCE =
  `(?:${WEEKDAY},?\\s+)?(?:` +
  `(?<md_month>${MONTH_NAME})\\s+(?<md_day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<md_year>\\d{4}))?` +
  `|(?<dm_day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dm_month>${MONTH_NAME})(?:,?\\s+(?<dm_year>\\d{4}))?` +
  `|(?<iso_year>\\d{4})-(?<iso_month>\\d{2})-(?<iso_day>\\d{2})` +
  `)`;

/** The place of a dateline: "CAIRO", "GAZA CITY, Gaza Strip", "JERUSALEM/CAIRO", "Cairo". */
const DATELINE_PLACE = "(?<place>[\\p{Lu}][\\p{Lu}'’.-]*(?:[ /][\\p{Lu}][\\p{Lu}'’.-]*){0,3}|[\\p{Lu}][\\p{Ll}'’-]+(?: [\\p{Lu}][\\p{Ll}'’-]+){0,2})";
const DATELINE_REGION = "(?:,\\s*[\\p{Lu}][\\p{L}'’-]+(?: [\\p{Lu}][\\p{L}'’-]+){0,2}(?=,|\\s*\\(|\\s*[-–—:]))?";
const DATELINE_AGENCY = "(?:\\s*[(/](?<agency>[\\p{Lu}][\\p{L}\\d&.'’ -]{0,40}?)[)/])?";
/** What ends a dateline: a dash or colon before the first sentence. */
const DATELINE_END = "\\s*(?:-{1,2}|–|—|:)\\s+";

/**
 * Datelines at the start of a lead paragraph:
 * "CAIRO, Dec 24 (Reuters) -", "GAZA (AP) —", "CAIRO, March 3, 2025 (IANS):", "CAIRO: ...".
 */
export const DATELINE_PATTERN = new RegExp(
  `^${DATELINE_PLACE}${DATELINE_REGION}(?:,\\s*(?<date>${DATE_SOURCE}))?${DATELINE_AGENCY}${DATELINE_END}(?=\\S)`,
  "u",
);

/** The dash-first form: "Cairo — 24 December 2023: ...". */
export const DATELINE_DASH_DATE_PATTERN = new RegExp(
  `^${DATELINE_PLACE}${DATELINE_REGION}\\s*[-–—]\\s*(?<date>${DATE_SOURCE})${DATELINE_AGENCY}\\s*[:,-]\\s+(?=\\S)`,
  "u",
);

/** A name of a person in a byline: capitalised words, with Arabic and European particles. */
const BYLINE_NAME = "[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:(?:al|el|bin|ibn|bint|abu|de|da|del|van|von|der|le|la)[- ]?)?[\\p{Lu}][\\p{L}'’.-]*){0,4}";

/**
 * A byline line: "By Jane Doe", "By JANE DOE and Omar al-Masri", "Written by Jane Doe |
 * Nile Wire", "By Jane Doe, Cairo correspondent". Groups: names, rest.
 */
export const BYLINE_PATTERN = new RegExp(
  `^(?:(?:[Ww]ritten|[Rr]eported|[Ww]ords|[Tt]ext|[Ss]tory) )?(?:[Bb]y|BY):?\\s+(?<names>${BYLINE_NAME}(?:(?:\\s+and\\s+|\\s*&\\s*)${BYLINE_NAME})*)(?<rest>\\s*(?:[,|·•–—-]|\\bin\\b)\\s*[^.!?]{0,60})?$`,
  "u",
);

/** Capitalised words after "By" that open a sentence, not a name: "By Sunday, ...", "By May ...", "By Contrast ...". */
export const NOT_A_NAME = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "the", "then", "now", "late", "early", "midday", "nightfall", "contrast", "comparison", "law", "design", "far",
]);

/** The wire trailer: "(Reporting by Jane Doe; Editing by John Roe)". */
export const CREDIT_TRAILER_PATTERN = /^\(?(?:additional )?(?:reporting|writing|compiled|editing|edited|written)(?: and (?:writing|editing))? by [^()]{2,200}\)?\.?$/i;

/** The label of a date stamp: "Published: March 3, 2025", "Updated 4 March 2025", "Posted on March 3, 2025". */
export const DATE_STAMP_LABEL = /^(?<label>published|posted|updated|last updated|first published|date|dated|modified)(?: on| at)?\s*:?\s*/i;

/** What may follow the date on a date line: a time, a zone, a reading time, "by author". */
export const DATE_LINE_TAIL = /^(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?)?(?:\s*[|·•,-]\s*\d{1,3}\s*min(?:ute)?s?(?: read)?)?(?:\s+by\s+.{1,60})?\s*$/iu;
