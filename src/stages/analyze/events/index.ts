/**
 * Event coding in PLOVER: `codeEvents` turns an article's sentences, entity mentions
 * and time expressions into event candidates (see code-events.ts for the sequence).
 */
export { codeEvents, DEFAULT_MAX_PER_SENTENCE, DEFAULT_MIN_CONFIDENCE } from "./code-events.js";
export { keywordEvent } from "./baseline.js";
export { PLOVER_EVENT_TYPES } from "./types.js";
export type {
  CodeEventsInput, CodeEventsOptions, ConsultOutcome, EventCandidate, EventParticipant, EventStatus, EventTrigger, IntendedAct,
  PloverContext, PloverEventType,
} from "./types.js";
