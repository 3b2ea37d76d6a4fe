/**
 * The timeline of a story: every event coded in its articles, with reports of the same
 * event from several articles merged into one entry that lists all its sources and any
 * disagreement on its date or place. The date is the one the text gives for the event
 * (resolved against the publication date), never the publication date itself.
 */
import type { EventCandidate, EventParticipant, EventStatus } from "../analyze/events/types.js";
import type { Granularity } from "../analyze/types.js";
import type { StoryArticle } from "./story-input.js";
import { addDays, formatDay, parseIsoDay, toDayNumber, weekRange } from "../analyze/time/calendar.js";

export interface EventSource {
  articleId: string;
  outlet: string | null;
  published: string | null;
  /** The evidence sentence, verbatim, and its span in the article's clean text. */
  sentence: string;
  start: number;
  end: number;
  /** Date value as this report gives it (null when it gives none). */
  date: string | null;
  location: string | null;
}

export interface TimelineEvent {
  id: string;
  event: EventCandidate["event"];
  mode: string | null;
  status: EventStatus;
  context: string[];
  actors: string[];
  recipients: string[];
  mediators: string[];
  location: string | null;
  /** The best-supported date value ("2023-12-24", "2023-W52", "2023-12") or null when no report dates it. */
  date: string | null;
  granularity: Granularity | null;
  range: { from: string; to: string } | null;
  outcome: EventCandidate["outcome"];
  /** Highest coder confidence among the reports. */
  confidence: number;
  sources: EventSource[];
  /** Fields on which the reports disagree, with each value and who gives it. */
  disagreements: Array<{ field: "date" | "location"; values: Array<{ value: string; articleIds: string[] }> }>;
}

export interface TimelineOptions {
  /** Keep events dated on or after this day (YYYY-MM-DD); undated events are kept only without bounds. */
  from?: string;
  to?: string;
  /** Reports below this coder confidence are left out. */
  minConfidence?: number;
}

/** Below this, a coded event is more often a background noun than a reported act (see events/code-events.ts). */
export const DEFAULT_TIMELINE_CONFIDENCE = 0.4;

interface Report {
  candidate: EventCandidate;
  source: EventSource;
  actorKeys: Set<string>;
  location: string | null;
}

/** The analysis parts the timeline reads. */
export const TIMELINE_FIELDS = ["mentions", "events"] as const;

type TimelineArticle = StoryArticle<(typeof TIMELINE_FIELDS)[number]>;

/** The merged, dated events of these articles, in date order (undated last). */
export function buildTimeline(articles: TimelineArticle[], options: TimelineOptions = {}): TimelineEvent[] {
  const minConfidence = options.minConfidence ?? DEFAULT_TIMELINE_CONFIDENCE;
  const events = mergeReports(articles.flatMap((a) => reportsOf(a, minConfidence))).map(toTimelineEvent);
  return events
    .filter((e) => withinBounds(e, options))
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || b.sources.length - a.sources.length);
}

function reportsOf({ article, analysis, actorIds }: TimelineArticle, minConfidence: number): Report[] {
  const mentionActor = new Map<number, string>();
  analysis.mentions.forEach((m, i) => {
    const id = actorIds[i];
    if (id) mentionActor.set(m.start, id);
  });
  const actorKey = (p: EventParticipant) => mentionActor.get(p.start) ?? (p.country ? `country:${p.country}` : `text:${p.text.toLowerCase()}`);
  return analysis.events
    .filter((e) => e.confidence >= minConfidence)
    .map((candidate) => {
      const location = candidate.location ? candidate.location.text.replace(/^(in|at|to)\s+/i, "") : null;
      return {
        candidate,
        actorKeys: new Set([...candidate.actor, ...candidate.recipient].map(actorKey)),
        location,
        source: {
          articleId: article.id,
          outlet: article.outlet.value,
          published: article.published.value,
          sentence: article.text.slice(candidate.sentence.start, candidate.sentence.end),
          start: candidate.sentence.start,
          end: candidate.sentence.end,
          date: candidate.date?.value ?? null,
          location,
        },
      };
    });
}

/**
 * Reports grouped by event: each report joins the first group (in the order groups were
 * opened) holding a report of the same event from another article (one article does
 * not report an event twice as news; see sameEvent), else opens one. A story of
 * thousands of articles has hundreds of thousands of reports, so the groups are
 * searched through a ReportIndex rather than report by report.
 */
function mergeReports(reports: Report[]): Report[][] {
  const merged: Report[][] = [];
  const index = new ReportIndex();
  for (const report of reports) {
    const at = index.firstGroupTelling(report);
    if (at === undefined) merged.push([report]);
    else merged[at]!.push(report);
    index.file(report, at ?? merged.length - 1);
  }
  return merged;
}

/** Two reports (of different articles) tell the same event: same type and status, compatible date and place, shared participants. */
function sameEvent(a: Report, b: Report): boolean {
  if (a.candidate.event !== b.candidate.event) return false;
  if ((a.candidate.status === "factual") !== (b.candidate.status === "factual")) return false;
  if (a.source.date && b.source.date && !datesOverlap(a.source.date, b.source.date)) return false;
  if (!a.source.date && !b.source.date && a.source.published !== b.source.published) return false;
  if (!a.source.date !== !b.source.date && !undatedReportFits(a.source.date ? b.source : a.source, (a.source.date ?? b.source.date)!)) return false;
  if (a.location && b.location && a.location.toLowerCase() !== b.location.toLowerCase()) return false;
  for (const key of a.actorKeys) if (b.actorKeys.has(key)) return true;
  return a.actorKeys.size === 0 && b.actorKeys.size === 0 && a.location !== null && a.location === b.location;
}

/**
 * An undated report can tell a dated event only if it was published around that date:
 * news reports what just happened, so a report months away is of another event.
 */
const UNDATED_REPORT_WINDOW_DAYS = 7;

function undatedReportFits(undated: EventSource, date: string): boolean {
  if (!undated.published) return false;
  const range = dayRange(date) ?? dayRange(date.slice(0, 10));
  if (!range) return undated.published.startsWith(date.slice(0, 7));
  const published = Date.parse(undated.published.slice(0, 10));
  const window = UNDATED_REPORT_WINDOW_DAYS * 86_400_000;
  return published >= Date.parse(range.from) - window && published <= Date.parse(range.to) + window;
}

/** "2023-12" overlaps "2023-12-24"; a week value overlaps the days it holds. */
function datesOverlap(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  const [ra, rb] = [dayRange(a), dayRange(b)];
  return ra !== null && rb !== null && ra.from <= rb.to && rb.from <= ra.to;
}

function dayRange(value: string): { from: string; to: string } | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { from: value, to: value };
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!week) return null;
  // ISO week 1 is the week holding 4 January.
  const range = weekRange(addDays({ year: Number(week[1]), month: 1, day: 4 }, (Number(week[2]) - 1) * 7));
  return { from: formatDay(range.from), to: formatDay(range.to) };
}

/**
 * Where to look for the groups a report may join. sameEvent needs a shared participant
 * key (or, for reports without participants, the same place) and compatible dates, so
 * each report is filed under each of its keys and, within a key, under the days its
 * date may cover (an undated report: its publication day, for the window in which a
 * dated report may be of its event, and its exact publication value, for another
 * undated one). A report is compared only with what is filed where it could match, and
 * reports that look alike to sameEvent (same group, date, place, and publication when
 * undated) are filed once, with up to two of their articles: a report never matches
 * its own article, and two distinct articles are enough to know another one is there.
 * Every report is also filed under its key's "all" slot, for dates whose days cannot be
 * listed (a month against an undated report, an unparsed value), which search it whole.
 */
class ReportIndex {
  private readonly slots = new Map<string, Map<string, { group: number; sample: Report; articleIds: string[] }>>();

  /** The first group (by index) holding a report of the same event, if any. */
  firstGroupTelling(report: Report): number | undefined {
    let first: number | undefined;
    for (const slot of this.slotsOf(report, "query")) {
      for (const filed of this.slots.get(slot)?.values() ?? []) {
        if (first !== undefined && filed.group >= first) continue;
        if (filed.articleIds.every((id) => id === report.source.articleId)) continue;
        if (sameEvent(report, filed.sample)) first = filed.group;
      }
    }
    return first;
  }

  file(report: Report, group: number): void {
    const { date, published } = report.source;
    const look = [group, date ?? "", date ? "" : (published ?? "\u0000"), report.location?.toLowerCase() ?? "\u0000"].join("\u0001");
    for (const slot of this.slotsOf(report, "file")) {
      let filed = this.slots.get(slot);
      if (!filed) this.slots.set(slot, (filed = new Map()));
      const same = filed.get(look);
      if (!same) filed.set(look, { group, sample: report, articleIds: [report.source.articleId] });
      else if (same.articleIds.length < 2 && !same.articleIds.includes(report.source.articleId)) same.articleIds.push(report.source.articleId);
    }
  }

  /** Slots a report is filed under, or searched in: "<event>|<factual>|<key>|<when>". */
  private slotsOf(report: Report, use: "file" | "query"): string[] {
    const keys = report.actorKeys.size > 0 ? [...report.actorKeys].map((k) => `a:${k}`) : report.location !== null ? [`l:${report.location}`] : [];
    const when = use === "file" ? filedUnder(report.source) : searchedIn(report.source);
    const kind = `${report.candidate.event}|${report.candidate.status === "factual"}`;
    return keys.flatMap((key) => when.map((w) => `${kind}|${key}|${w}`));
  }
}

const DAY_MS = 86_400_000;
/** The slot searched whole. */
const ALL = "all";

/**
 * Date slots of a report: the days its date covers (a day, a week, a date-time), its
 * month or year for a month or a year (filed under each of its 366 days, a year-dated
 * report cost a slot per day per participant), "any" for a value
 * of no known shape; or, undated, its publication; and ALL.
 */
function filedUnder({ date, published }: EventSource): string[] {
  if (date) {
    const days = dayNumbers(dayRange(date) ?? dayRange(date.slice(0, 10)));
    if (days) return [...numbersBetween(days[0], days[1]).map((n) => `d${n}`), ALL];
    return [periodSlot(date) ?? "any", ALL];
  }
  const day = published === null ? NaN : Date.parse(published.slice(0, 10));
  return [`u:${published ?? "\u0000"}`, ...(Number.isNaN(day) ? [] : [`p${Math.floor(day / DAY_MS)}`]), ALL];
}

/** "m2024-03" for a month value, "y2024" for a year; null for anything else. */
function periodSlot(value: string): string | null {
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? `m${value}` : null;
  return /^\d{4}$/.test(value) ? `y${value}` : null;
}

/** Date slots where reports that may tell the same event as this one are filed (see sameEvent). */
function searchedIn({ date, published }: EventSource): string[] {
  if (date) {
    const days = dayRange(date) ?? dayRange(date.slice(0, 10));
    const range = dayNumbers(days);
    if (!days || !range) return [ALL];
    const [from, to] = range;
    const window = numbersBetween(from - UNDATED_REPORT_WINDOW_DAYS, to + UNDATED_REPORT_WINDOW_DAYS).map((n) => `p${n}`);
    // The months and years its days fall in: where reports dated by month or year are filed.
    const periods = new Set([days.from, days.to].flatMap((day) => [`m${day.slice(0, 7)}`, `y${day.slice(0, 4)}`]));
    return [...numbersBetween(from, to).map((n) => `d${n}`), "any", ...periods, ...window];
  }
  if (published === null) return ["u:\u0000"];
  const day = Date.parse(published.slice(0, 10));
  if (Number.isNaN(day)) return [ALL];
  const n = Math.floor(day / DAY_MS);
  return [`u:${published}`, "any", ...numbersBetween(n - UNDATED_REPORT_WINDOW_DAYS, n + UNDATED_REPORT_WINDOW_DAYS).map((d) => `d${d}`)];
}

/** First and last day numbers of a range of ISO days; null when either is not a real day ("2024-02-30"). */
function dayNumbers(range: { from: string; to: string } | null): [number, number] | null {
  const [from, to] = [range && parseIsoDay(range.from), range && parseIsoDay(range.to)];
  return from && to ? [toDayNumber(from), toDayNumber(to)] : null;
}

function numbersBetween(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function toTimelineEvent(group: Report[]): TimelineEvent {
  const best = [...group].sort((a, b) => b.candidate.confidence - a.candidate.confidence)[0]!;
  const dated = group.filter((r) => r.candidate.date?.value);
  // The most precise date most reports agree on: more reports first, then finer values.
  const dateVotes = tally(dated.map((r) => ({ value: r.candidate.date!.value!, articleId: r.source.articleId })));
  const chosenDate = dateVotes.sort((a, b) => b.articleIds.length - a.articleIds.length || b.value.length - a.value.length)[0];
  const dateReport = chosenDate ? dated.find((r) => r.candidate.date!.value === chosenDate.value)! : null;
  const locationVotes = tally(group.filter((r) => r.location).map((r) => ({ value: r.location!, articleId: r.source.articleId })));
  const names = (pick: (c: EventCandidate) => EventParticipant[]) => [...new Set(group.flatMap((r) => pick(r.candidate).map((p) => p.text)))];
  const disagreements: TimelineEvent["disagreements"] = [];
  if (distinctDates(dateVotes.map((v) => v.value)) > 1) disagreements.push({ field: "date", values: dateVotes });
  if (locationVotes.length > 1) disagreements.push({ field: "location", values: locationVotes });
  return {
    id: `${best.source.articleId}:${best.candidate.id}`,
    event: best.candidate.event,
    mode: best.candidate.mode,
    status: best.candidate.status,
    context: [...new Set(group.flatMap((r) => r.candidate.context))],
    actors: names((c) => c.actor),
    recipients: names((c) => c.recipient),
    mediators: names((c) => c.mediator),
    location: locationVotes.sort((a, b) => b.articleIds.length - a.articleIds.length)[0]?.value ?? null,
    date: chosenDate?.value ?? null,
    granularity: dateReport?.candidate.date?.granularity ?? null,
    range: dateReport?.candidate.date?.range ?? null,
    outcome: group.find((r) => r.candidate.outcome)?.candidate.outcome ?? null,
    confidence: best.candidate.confidence,
    sources: group.map((r) => r.source),
    disagreements,
  };
}

/** Values that are not refinements of each other ("2023-12" and "2023-12-24" agree). */
function distinctDates(values: string[]): number {
  return values.filter((v, i) => !values.some((w, j) => j !== i && w.length > v.length && w.startsWith(v))).length;
}

function tally(items: Array<{ value: string; articleId: string }>): Array<{ value: string; articleIds: string[] }> {
  const byValue = new Map<string, Set<string>>();
  for (const { value, articleId } of items) {
    if (!byValue.has(value)) byValue.set(value, new Set());
    byValue.get(value)!.add(articleId);
  }
  return [...byValue].map(([value, ids]) => ({ value, articleIds: [...ids] }));
}

/** Whether an event falls within the options' day bounds (undated events only without bounds). */
export function withinBounds(event: TimelineEvent, options: Pick<TimelineOptions, "from" | "to">): boolean {
  if (!options.from && !options.to) return true;
  if (!event.date) return false;
  const day = event.range?.from ?? event.date;
  if (options.from && (event.range?.to ?? event.date) < options.from) return false;
  if (options.to && day.slice(0, options.to.length) > options.to) return false;
  return true;
}
