/**
 * Words that put an event in a PLOVER context, by context. Data only; base forms.
 * A sentence gets every context one of its words cues (context.ts).
 */
import type { PloverContext, PloverEventType } from "./types.js";

export const CONTEXT_CUES: Readonly<Record<PloverContext, readonly string[]>> = {
  diplomatic: [
    "talk", "negotiation", "negotiator", "ceasefire", "cease-fire", "truce", "envoy", "ambassador", "diplomat", "diplomatic",
    "mediator", "mediation", "summit", "treaty", "accord", "embassy", "delegation", "peace", "agreement", "deal", "minister",
    "foreign", "visit", "resolution", "council", "dialogue", "relation", "sanction",
  ],
  military: [
    "army", "troop", "force", "military", "soldier", "shelling", "airstrike", "tank", "missile", "rocket", "weapon",
    "offensive", "militia", "artillery", "warship", "jet", "bomb", "bombing", "attack", "war", "fighting", "hostility",
    "combat", "battle", "guerrilla", "rebel", "militant", "occupation", "reoccupation", "invasion", "defence", "defense",
  ],
  human_security: [
    "aid", "humanitarian", "civilian", "hostage", "prisoner", "captive", "detainee", "food", "medicine", "medical",
    "shelter", "relief", "reconstruction", "starvation", "famine", "casualty", "displacement", "displaced", "corridor",
    "suffering", "water", "electricity", "fuel", "hospital",
  ],
  refugee: ["refugee", "asylum", "displaced", "migrant", "camp", "unhcr", "repatriation", "deportation"],
  economic: ["trade", "economy", "economic", "debt", "tariff", "bank", "investment", "loan", "fund", "budget", "export", "import", "price", "dollar"],
  political: ["parliament", "party", "opposition", "government", "president", "cabinet", "constitution", "reform", "political", "coalition", "autonomy", "independence"],
  legal: ["court", "judge", "law", "trial", "indictment", "indict", "lawsuit", "sue", "investigation", "prosecutor", "legal", "charge", "verdict", "sentence"],
  election: ["election", "vote", "ballot", "candidate", "poll", "campaign", "referendum", "electoral"],
  terrorism: ["terror", "terrorist", "terrorism", "suicide", "extremist", "al-qaeda", "jihadist"],
  rights: ["rights", "freedom", "torture", "abuse", "discrimination", "censorship", "press"],
  resource: ["oil", "gas", "energy", "electricity", "water", "fishery", "land", "mine", "mineral"],
  cbrn: ["nuclear", "chemical", "biological", "uranium", "radiological", "enrichment", "warhead"],
  cyber: ["hacker", "hack", "cyber", "computer", "website", "internet", "malware"],
};

/** Context an event type implies when no word of the sentence cues one. */
export const DEFAULT_CONTEXT: Readonly<Partial<Record<PloverEventType, PloverContext>>> = {
  AGREE: "diplomatic",
  CONSULT: "diplomatic",
  SUPPORT: "diplomatic",
  CONCEDE: "diplomatic",
  REQUEST: "diplomatic",
  ACCUSE: "diplomatic",
  REJECT: "diplomatic",
  THREATEN: "diplomatic",
  SANCTION: "diplomatic",
  AID: "human_security",
  RETREAT: "military",
  MOBILIZE: "military",
  ASSAULT: "military",
  COERCE: "political",
  PROTEST: "political",
};
