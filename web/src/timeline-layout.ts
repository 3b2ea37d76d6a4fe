/**
 * Lays a story's events out on a time axis for the timeline chart: each dated event
 * becomes a span of days (one day, or the range of an uncertain date: a week, a month,
 * "later this week"), placed in the first lane where it and its label fit, so nothing
 * overlaps at any width. Pure: events and a width in, positions out; the component
 * only draws them.
 */

export interface DatedLike {
  date: string | null;
  range: { from: string; to: string } | null;
}

/** Days since 1970-01-01 (UTC), so that spans are integers. */
export type DayNumber = number;

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): DayNumber | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

export function isoDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * First and last day an event may fall on: its range when it has one, else the days its
 * date value covers ("2024-03-04", "2024-W10", "2024-03", "2024"); null when undated.
 */
export function daySpan(event: DatedLike): { from: DayNumber; to: DayNumber } | null {
  if (event.range) {
    const from = dayNumber(event.range.from);
    const to = dayNumber(event.range.to);
    if (from !== null && to !== null) return { from: Math.min(from, to), to: Math.max(from, to) };
  }
  const value = event.date;
  if (!value) return null;
  const day = dayNumber(value);
  if (day !== null) return { from: day, to: day };
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4) / DAY_MS;
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (Number(week[2]) - 1) * 7;
    return { from: monday, to: monday + 6 };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const from = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1) / DAY_MS;
    const to = Date.UTC(Number(month[1]), Number(month[2]), 1) / DAY_MS - 1;
    return { from, to };
  }
  const year = /^(\d{4})$/.exec(value);
  if (year) return { from: Date.UTC(Number(year[1]), 0, 1) / DAY_MS, to: Date.UTC(Number(year[1]) + 1, 0, 1) / DAY_MS - 1 };
  return null;
}

export interface LayoutOptions {
  width: number;
  /** Pixels per character of a label, for packing (labels are short; an estimate is enough). */
  charWidth?: number;
  laneHeight?: number;
  /** Radius of a one-day marker. */
  radius?: number;
  /** Space kept free at the left and right of the plot. */
  margin?: number;
  /** Days to draw; dated events wholly outside go to `outside`. Default: every event's days. */
  visible?: { from: DayNumber; to: DayNumber };
}

export interface PlacedEvent<T> {
  event: T;
  index: number;
  /** Left and right edge of the marker in pixels: equal ± radius for a one-day event. */
  x1: number;
  x2: number;
  /** Centre line of its lane. */
  y: number;
  /** True when the date is uncertain: drawn as a range. */
  ranged: boolean;
  /** Where the label starts. */
  labelX: number;
  label: string;
}

export interface Tick {
  x: number;
  label: string;
}

export interface TimelineLayout<T> {
  placed: PlacedEvent<T>[];
  undated: Array<{ event: T; index: number }>;
  /** Dated events outside `visible`, in date order. */
  outside: Array<{ event: T; index: number }>;
  ticks: Tick[];
  width: number;
  /** Height of the lanes; the axis goes below. */
  plotHeight: number;
  lanes: number;
}

/** Average width of a label character at the chart's 11-pixel font (styles.css: .timeline-chart .label). */
export const CHAR_WIDTH = 6.6;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Longer labels are cut with an ellipsis: the details panel has the whole event. */
const MAX_LABEL = 30;
/** Pixels between two things in one lane. */
const GAP = 8;
/** Pixels between a marker and its label: clear of the ring drawn around a disputed event. */
const LABEL_GAP = 7;

export function layoutTimeline<T extends DatedLike>(events: T[], labelOf: (event: T) => string, options: LayoutOptions): TimelineLayout<T> {
  const { width, charWidth = CHAR_WIDTH, laneHeight = 26, radius = 6, margin = 12, visible } = options;
  const dated: Array<{ event: T; index: number; span: { from: DayNumber; to: DayNumber } }> = [];
  const undated: Array<{ event: T; index: number }> = [];
  const outside: Array<{ event: T; index: number; from: DayNumber }> = [];
  events.forEach((event, index) => {
    const span = daySpan(event);
    if (!span) undated.push({ event, index });
    else if (visible && (span.to < visible.from || span.from > visible.to)) outside.push({ event, index, from: span.from });
    else dated.push({ event, index, span });
  });
  outside.sort((a, b) => a.from - b.from);
  if (dated.length === 0) return { placed: [], undated, outside, ticks: [], width, plotHeight: 0, lanes: 0 };

  const first = Math.min(...dated.map((d) => d.span.from));
  const last = Math.max(...dated.map((d) => d.span.to)) + 1; // the end of the last day
  const pad = Math.max(1, Math.round((last - first) * 0.03));
  const domain = { from: first - pad, to: last + pad };
  const plot = { left: margin + radius, right: width - margin - radius };
  const x = (day: number) => plot.left + ((day - domain.from) / (domain.to - domain.from)) * (plot.right - plot.left);

  const laneEnds: number[] = [];
  const placed: PlacedEvent<T>[] = [];
  const order = [...dated].sort((a, b) => a.span.from - b.span.from || a.span.to - b.span.to || a.index - b.index);
  for (const { event, index, span } of order) {
    const ranged = span.to > span.from;
    const x1 = ranged ? x(span.from) : x(span.from + 0.5) - radius;
    const x2 = ranged ? Math.max(x(span.to + 1), x1 + 2 * radius) : x(span.from + 0.5) + radius;
    // The label goes right of the marker, or left of it where the right has too little room;
    // where neither side has room for all of it (a narrow screen), on the roomier side, cut.
    const rightRoom = width - margin - (x2 + LABEL_GAP);
    const leftRoom = x1 - LABEL_GAP - margin;
    const full = labelOf(event);
    const fits = (room: number) => Math.floor(room / charWidth) >= Math.min(full.length, MAX_LABEL);
    const onLeft = !fits(rightRoom) && (fits(leftRoom) || leftRoom > rightRoom);
    const chars = Math.max(1, Math.min(MAX_LABEL, Math.floor((onLeft ? leftRoom : rightRoom) / charWidth)));
    const label = full.length > chars ? `${full.slice(0, chars - 1)}…` : full;
    const labelX = onLeft ? x1 - LABEL_GAP - label.length * charWidth : x2 + LABEL_GAP;
    const end = onLeft ? x2 : labelX + label.length * charWidth;
    const start = Math.min(x1, labelX);
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + GAP <= start);
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = Math.max(end, x2);
    placed.push({ event, index, x1, x2, y: lane * laneHeight + laneHeight / 2, ranged, labelX, label });
  }
  return { placed, undated, outside, ticks: ticks(domain, x, width), width, plotHeight: laneEnds.length * laneHeight, lanes: laneEnds.length };
}

/**
 * The days a story's chart shows first: those of its events that are not background
 * (status "historical": "killed in Tehran last July"), so that one old event does not
 * squeeze the story's own days into a few pixels. Undefined when nothing would be left
 * out, or when every dated event is background.
 */
export function focusWindow<T extends DatedLike & { status: string }>(events: T[]): { from: DayNumber; to: DayNumber } | undefined {
  const spans = events.map((e) => ({ status: e.status, span: daySpan(e) })).filter((e): e is { status: string; span: { from: number; to: number } } => e.span !== null);
  const current = spans.filter((e) => e.status !== "historical");
  if (current.length === 0 || current.length === spans.length) return undefined;
  const focus = { from: Math.min(...current.map((e) => e.span.from)), to: Math.max(...current.map((e) => e.span.to)) };
  return spans.some((e) => e.span.to < focus.from || e.span.from > focus.to) ? focus : undefined;
}

/** Axis ticks: days, weeks, months or years, as many as fit one per ~80 pixels. */
function ticks(domain: { from: number; to: number }, x: (day: number) => number, width: number): Tick[] {
  const room = Math.max(2, Math.floor(width / 80));
  const days = domain.to - domain.from;
  for (const step of [1, 2, 7, 14]) {
    if (days / step > room) continue;
    const start = step === 7 || step === 14 ? nextMonday(Math.ceil(domain.from)) : Math.ceil(domain.from);
    const out: Tick[] = [];
    for (let day = start; day <= domain.to; day += step) out.push({ x: x(day), label: dayLabel(day, out.length === 0) });
    return out;
  }
  for (const months of [1, 2, 3, 6, 12, 24, 60, 120]) {
    // Months counted from year 0 (year * 12 + month), so that steps cross years simply.
    const begin = new Date(domain.from * DAY_MS);
    const first = Math.ceil((begin.getUTCFullYear() * 12 + begin.getUTCMonth() + 1) / months) * months;
    const out: Tick[] = [];
    for (let index = first; ; index += months) {
      const year = Math.floor(index / 12);
      const day = Date.UTC(year, index % 12, 1) / DAY_MS;
      if (day > domain.to) break;
      out.push({ x: x(day), label: months >= 12 ? String(year) : `${MONTHS[index % 12]} ${year}` });
    }
    if (out.length <= room) return out;
  }
  return [];
}

function nextMonday(day: number): number {
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
  return weekday === 0 ? day : day + 7 - weekday;
}

/** "Feb 12"; the first tick also says the year. */
function dayLabel(day: number, withYear: boolean): string {
  const date = new Date(day * DAY_MS);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}${withYear ? ` ${date.getUTCFullYear()}` : ""}`;
}
