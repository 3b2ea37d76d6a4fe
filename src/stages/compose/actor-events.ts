/**
 * An actor's part in the timeline: the events in which one of its names is a
 * participant or the place, or in whose evidence sentence one of its mentions lies
 * ("mentioned"). Timeline participants are text spans, not actor ids, so the actor's
 * name variants are the bridge for the first; the mentions' actor ids (from the link
 * stage, in analysis.mentions order) give the second.
 */
import type { Actor } from "../link/actors/index.js";
import type { StoryArticle } from "./story-input.js";
import type { EventSource, TimelineEvent } from "./timeline.js";

export type ActorRole = "actor" | "recipient" | "mediator" | "location" | "mentioned";

export interface ActorEvent<E extends TimelineEvent = TimelineEvent> {
  /** The event, with the sources that name the actor first: a list that shows one source shows one of them. */
  event: E;
  roles: ActorRole[];
}

/** Who is named where: the actor ids with a mention inside each source's evidence sentence. */
export type SourceActors = Map<EventSource, string[]>;

/** Case- and accent-insensitive form of a name, for matching ("Genève" and "geneve" are one). */
export function foldName(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The actors mentioned in each source sentence of these events, from the articles they were built from. */
export function sourceActors(articles: Array<StoryArticle<"mentions">>, events: TimelineEvent[]): SourceActors {
  const mentionsOf = new Map(articles.map(({ article, analysis, actorIds }) => [article.id, analysis.mentions.map((m, i) => ({ start: m.start, actorId: actorIds[i] }))]));
  const named: SourceActors = new Map();
  for (const event of events) {
    for (const source of event.sources) {
      const inside = (mentionsOf.get(source.articleId) ?? []).filter((m) => m.actorId && m.start >= source.start && m.start < source.end);
      if (inside.length > 0) named.set(source, [...new Set(inside.map((m) => m.actorId!))]);
    }
  }
  return named;
}

/**
 * The events of these timelines in which the actor plays a part, with that part, in the
 * order given (date order for a merged timeline).
 */
export function actorEvents<E extends TimelineEvent>(actor: Actor, events: E[], named: SourceActors): Array<ActorEvent<E>> {
  const names = new Set(actor.variants.map((v) => foldName(v.text)));
  const isNamed = (texts: string[]) => texts.some((t) => names.has(foldName(t)));
  const mentions = (source: EventSource) => named.get(source)?.includes(actor.id) ?? false;
  const found: Array<ActorEvent<E>> = [];
  for (const told of events) {
    const roles: ActorRole[] = [];
    if (isNamed(told.actors)) roles.push("actor");
    if (isNamed(told.recipients)) roles.push("recipient");
    if (isNamed(told.mediators)) roles.push("mediator");
    if (told.location && isNamed([told.location])) roles.push("location");
    if (roles.length === 0 && told.sources.some(mentions)) roles.push("mentioned");
    if (roles.length === 0) continue;
    const event = { ...told, sources: [...told.sources.filter(mentions), ...told.sources.filter((s) => !mentions(s))] };
    found.push({ event, roles });
  }
  return found;
}
