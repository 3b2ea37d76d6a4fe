/**
 * A story's timeline as a chart: events on a time axis, an uncertain date (a range, a
 * week, a month) drawn as a bar over the days it may be, events the sources disagree on
 * ringed, planned or expected ones hollow. Click an event (or Tab to it and press Enter)
 * to see its sources below; undated events are listed after the chart. SVG drawn here,
 * with attributes only (the Content-Security-Policy forbids inline styles).
 */
import { useMemo, useState } from "react";
import type { KeyboardEvent } from "react";
import { eventDate, eventTone, eventWord, plural } from "../format";
import { useElementWidth } from "../hooks";
import { CHAR_WIDTH, focusWindow, isoDay, layoutTimeline } from "../timeline-layout";
import type { PlacedEvent } from "../timeline-layout";
import type { TimelineEvent } from "../types";
import { EventDetails, eventParties } from "./EventDetails";

const LANE_HEIGHT = 26;
const RADIUS = 6;
const AXIS_HEIGHT = 26;
/** Statuses drawn filled: the event is reported as having happened. */
const HAPPENED = new Set(["factual", "historical"]);

/** "talks · Geneva ×3": what, where, and how many sources tell it. */
function label(event: TimelineEvent): string {
  const what = event.location ? `${eventWord(event.event)} · ${event.location}` : eventWord(event.event);
  const reports = event.sourceCount ?? event.sources.length;
  return reports > 1 ? `${what} ×${reports}` : what;
}

function describe(event: TimelineEvent): string {
  const disputed = event.disagreements.length > 0 ? ", sources disagree" : "";
  const parties = eventParties(event);
  return `${eventWord(event.event)}, ${eventDate(event)}${parties ? `, ${parties}` : ""}${event.status !== "factual" ? `, ${event.status}` : ""}${disputed}; ${plural(event.sourceCount ?? event.sources.length, "source")}`;
}

export function TimelineChart({ events }: { events: TimelineEvent[] }) {
  const [box, width] = useElementWidth<HTMLDivElement>(800);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [whole, setWhole] = useState(false);
  const focus = useMemo(() => focusWindow(events), [events]);
  const visible = whole ? undefined : focus;
  const layout = useMemo(() => layoutTimeline(events, label, { width, laneHeight: LANE_HEIGHT, radius: RADIUS, visible }), [events, width, visible]);
  const height = layout.plotHeight + AXIS_HEIGHT;
  const toggle = (index: number) => setSelected((current) => (current === index ? undefined : index));
  const chosen = selected === undefined ? undefined : events[selected];

  return (
    <div className="timeline">
      <div ref={box} className="timeline-box">
        {layout.placed.length > 0 && (
          <svg
            className="timeline-chart"
            width={layout.width}
            height={height}
            viewBox={`0 0 ${layout.width} ${height}`}
            role="group"
            aria-label={`Timeline: ${plural(layout.placed.length, "dated event")}`}
          >
            <g className="axis">
              {layout.ticks.map((tick) => (
                <g key={`${tick.x}:${tick.label}`}>
                  <line x1={tick.x} x2={tick.x} y1={0} y2={layout.plotHeight + 4} className="grid" />
                  <text x={tick.x + 3} y={layout.plotHeight + 18} className="tick">
                    {tick.label}
                  </text>
                </g>
              ))}
              <line x1={0} x2={layout.width} y1={layout.plotHeight + 4} y2={layout.plotHeight + 4} className="baseline" />
            </g>
            {layout.placed.map((placed) => (
              <Marker key={placed.index} placed={placed} selected={placed.index === selected} onToggle={() => toggle(placed.index)} />
            ))}
          </svg>
        )}
      </div>
      {layout.placed.length === 0 && events.length > 0 && <p className="muted">No event of this story is dated.</p>}
      {focus && (
        <p className="focus-note muted">
          {whole ? (
            "All dates shown. "
          ) : (
            <>
              Showing {isoDay(focus.from)} – {isoDay(focus.to)}; {plural(layout.outside.length, "background event")} outside.{" "}
            </>
          )}
          <button type="button" className="link-button" onClick={() => setWhole((w) => !w)} aria-pressed={whole}>
            {whole ? "Focus on the story's days" : "Show the whole span"}
          </button>
        </p>
      )}
      <Legend />
      {layout.outside.length > 0 && <EventChips title="Outside this span" events={layout.outside} selected={selected} onToggle={toggle} withDate />}
      {layout.undated.length > 0 && <EventChips title="Undated" events={layout.undated} selected={selected} onToggle={toggle} />}
      <div aria-live="polite">{chosen ? <EventDetails event={chosen} /> : layout.placed.length > 0 && <p className="muted hint">Click an event to see its sources.</p>}</div>
    </div>
  );
}

interface EventChipsProps {
  title: string;
  events: Array<{ event: TimelineEvent; index: number }>;
  selected: number | undefined;
  onToggle: (index: number) => void;
  /** Show each event's date (for events off the axis). */
  withDate?: boolean;
}

/** Events not on the axis, as buttons that open their details like the chart's markers. */
function EventChips({ title, events, selected, onToggle, withDate = false }: EventChipsProps) {
  return (
    <div className="undated">
      <h3>
        {title} ({events.length})
      </h3>
      <ul className="undated-list">
        {events.map(({ event, index }) => (
          <li key={event.id}>
            <button type="button" className={index === selected ? "chip selected" : "chip"} aria-pressed={index === selected} onClick={() => onToggle(index)} title={describe(event)}>
              <span className={`dot tone-${eventTone(event.event)}${event.status === "factual" || event.status === "historical" ? "" : " hollow"}`} aria-hidden="true" />
              {withDate && <span className="muted">{event.date} </span>}
              {label(event)}
              {event.disagreements.length > 0 && <span className="disputed-mark"> ≠</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Marker({ placed, selected, onToggle }: { placed: PlacedEvent<TimelineEvent>; selected: boolean; onToggle: () => void }) {
  const { event, x1, x2, y, ranged, labelX, label: text } = placed;
  const disputed = event.disagreements.length > 0;
  const classes = ["event", `tone-${eventTone(event.event)}`, HAPPENED.has(event.status) ? "happened" : "planned", disputed ? "disputed" : "", ranged ? "ranged" : "", selected ? "selected" : ""];
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onToggle();
    }
  };
  const centre = (x1 + x2) / 2;
  return (
    <g className={classes.filter(Boolean).join(" ")} role="button" tabIndex={0} aria-pressed={selected} aria-label={describe(event)} onClick={onToggle} onKeyDown={onKey} data-event={event.id}>
      <title>{describe(event)}</title>
      {/* A wider, invisible target: a 12-pixel dot is hard to hit with a finger. */}
      <rect x={Math.min(x1, labelX) - 2} y={y - LANE_HEIGHT / 2 + 2} width={Math.max(x2, labelX + text.length * CHAR_WIDTH) - Math.min(x1, labelX) + 4} height={LANE_HEIGHT - 4} className="hit" />
      {disputed && (ranged ? <rect x={x1 - 3} y={y - RADIUS - 3} width={x2 - x1 + 6} height={2 * RADIUS + 6} rx={RADIUS + 3} className="dispute-ring" /> : <circle cx={centre} cy={y} r={RADIUS + 3.5} className="dispute-ring" />)}
      {ranged ? <rect x={x1} y={y - RADIUS} width={x2 - x1} height={2 * RADIUS} rx={RADIUS} className="mark" /> : <circle cx={centre} cy={y} r={RADIUS} className="mark" />}
      <text x={labelX} y={y + 4} className="label">
        {text}
      </text>
    </g>
  );
}

function Legend() {
  return (
    <ul className="chart-legend" aria-label="legend">
      <li>
        <span className="key dot tone-talks" /> talks
      </li>
      <li>
        <span className="key dot tone-coop" /> cooperation
      </li>
      <li>
        <span className="key dot tone-conflict" /> conflict
      </li>
      <li>
        <span className="key dot hollow" /> planned, expected
      </li>
      <li>
        <span className="key bar" /> uncertain date (range)
      </li>
      <li>
        <span className="key dot ringed" /> sources disagree
      </li>
    </ul>
  );
}
