/**
 * The trigger lexicon: general English event vocabulary, one entry per word or phrase,
 * coded to a PLOVER type. Data only; the matcher is triggers.ts.
 *
 * Sources of the vocabulary: the PLOVER manual's definitions of each type and the verb
 * classes of its predecessor CAMEO (meet, visit, host; release, withdraw; demand,
 * urge; accuse, condemn; arrest, detain; shell, bomb, kill; ...). No entry is taken
 * from an evaluation sentence.
 *
 * An entry's `words` are base forms in text order; a phrase matches with up to
 * MAX_PHRASE_GAP words between its parts ("pulled its troops out", "imposed a complete
 * siege"). Where the object decides the sense ("released prisoners" is RETREAT,
 * "released a statement" is no event), `senses` list object classes (OBJECT_CLASSES
 * below) tried on the words after the trigger, nearest first; `event` is the default
 * when no sense matches (null: no event without a telling object).
 */
import type { PloverEventType } from "./types.js";

export type WordClass = "verb" | "noun" | "any";

export interface ObjectSense {
  /** Names of OBJECT_CLASSES, or literal base forms. */
  objects: readonly string[];
  /** Type this object gives; null when it shows the word is no event here. */
  event: PloverEventType | null;
  mode?: string;
}

export interface TriggerEntry {
  /** Base forms in text order: "arrest", "pull out", "hunger strike". */
  words: string;
  /** Part of speech the first word must have (nouns also match mis-tagged PROPN/ADJ). */
  pos: WordClass;
  /** Default type; null when only a sense (or a complement) makes it an event. */
  event: PloverEventType | null;
  mode?: string;
  /** 0..1: how reliably the words code this type (default 1). */
  weight?: number;
  senses?: readonly ObjectSense[];
  /**
   * Governs a "to"-infinitive or "that"-clause: "refused to lift" is one REJECT event,
   * the lifting is its content.
   */
  control?: boolean;
  /** Type when it governs an act, whatever the act ("declined to resign" is REJECT; "prices declined" no event). */
  complementEvent?: PloverEventType;
  /** Type when the governed act is hostile (ASSAULT, COERCE, SANCTION, ...): "vowed to fight" is THREATEN. */
  hostileComplement?: PloverEventType;
  /**
   * Speech act: the actor is the speaker of the sentence and the recipient the subject
   * of the word ("Russia said Sudan must return the helicopter").
   */
  speechAct?: boolean;
  /** When the actor list has two or more members or "joint" modifies it: "joint war games" are COOPERATE. */
  jointEvent?: PloverEventType;
  /** Noun that counts only as the object of a verb, never alone ("aid" in "aid convoys arrived"). */
  governedOnly?: boolean;
  /**
   * Type when the verb is used as a verb of saying ("..., a rights group protested
   * Wednesday", "protested that ..."): the saying is the event, not a street protest.
   */
  speechEvent?: PloverEventType;
  /** Words that, right after the trigger, show another sense ("return to Geneva" is no RETREAT). */
  notBefore?: readonly string[];
}

/** Largest number of words allowed between the parts of a phrase. */
export const MAX_PHRASE_GAP = 3;

/**
 * Object classes for senses: base forms of nouns. Named so that one list serves many
 * verbs and reads as meaning ("a DETAINED object").
 */
export const OBJECT_CLASSES: Record<string, readonly string[]> = {
  DOCUMENT: [
    "statement", "report", "video", "tape", "recording", "footage", "photo", "photograph", "picture", "image",
    "detail", "figure", "data", "list", "result", "book", "album", "film", "song", "product", "version", "update",
    "communique", "document", "transcript", "audio", "poll", "survey", "study", "findings", "memoir", "record",
  ],
  DETAINED: [
    "prisoner", "hostage", "captive", "detainee", "inmate", "abductee", "convict", "political prisoner",
  ],
  PEOPLE: [
    "people", "civilian", "resident", "family", "refugee", "migrant", "worker", "journalist", "activist", "woman",
    "child", "minor", "man", "person", "citizen", "national", "student", "villager", "inhabitant",
  ],
  AID_GOODS: [
    "aid", "assistance", "supply", "supplies", "food", "medicine", "medical", "fuel", "water", "relief", "goods",
    "equipment", "money", "dollar", "fund", "funding", "loan", "grant", "shelter", "tent", "vaccine", "arms", "weapon",
    "ammunition", "asylum", "refuge", "convoy", "delivery", "shipment", "flour", "blanket", "doctor",
  ],
  FORCES: [
    "troop", "force", "soldier", "army", "unit", "battalion", "brigade", "tank", "warship", "reservist", "police",
    "patrol", "reinforcement", "militia", "fighter", "division", "personnel", "marine", "jet", "aircraft", "navy",
    "squadron", "paratrooper", "commando", "policeman", "hacker",
  ],
  MONITORS: ["observer", "inspector", "monitor", "investigator", "peacekeeper", "mission", "fact-finding"],
  DIPLOMATS: ["ambassador", "diplomat", "envoy", "embassy", "consul", "consulate", "attache", "staff", "worker"],
  RESTRICTIONS: [
    "restriction", "curfew", "ban", "sanction", "embargo", "blockade", "siege", "measure", "emergency", "closure",
    "checkpoint", "limit", "control", "martial", "lockdown", "travel ban",
  ],
  TALKS: [
    "talk", "negotiation", "meeting", "visit", "trip", "summit", "mediation", "dialogue", "contact", "relation", "tie",
    "cooperation", "link", "flight", "consultation", "discussion", "membership", "participation", "process",
  ],
  DEMANDS: ["demand", "condition", "request", "call", "appeal", "ultimatum", "precondition"],
  PROPOSALS: [
    "proposal", "offer", "plan", "initiative", "formula", "deal", "agreement", "proposition", "framework",
    "invitation", "peace plan", "settlement", "idea", "solution", "bid", "resolution",
  ],
  ROADS: ["road", "street", "highway", "traffic", "transport", "route", "entrance", "bridge", "railway", "motorway", "junction", "port"],
  PROTEST_ACTS: ["strike", "protest", "demonstration", "rally", "march", "boycott", "sit-in", "walkout", "hunger"],
  ALLEGATIONS: ["allegation", "accusation", "charge", "claim", "report", "rumor", "rumour", "involvement", "responsibility"],
  TERRITORY: [
    "territory", "land", "village", "town", "city", "area", "region", "island", "position", "base", "hill",
    "stronghold", "district", "province", "outpost", "airport", "capital",
  ],
  ENDORSABLE: [
    "statement", "decision", "move", "resolution", "plan", "proposal", "agreement", "deal", "initiative",
    "announcement", "step", "effort", "news", "release", "result", "outcome", "report", "ceasefire", "cease-fire",
    "truce", "election", "victory", "offer", "policy", "appointment", "progress", "accord", "role",
  ],
  VISITORS: [
    "delegation", "delegate", "envoy", "minister", "president", "leader", "official", "visitor", "counterpart",
    "king", "premier", "chancellor", "secretary", "prime", "head", "emir", "prince", "chief",
  ],
  TRUCE: ["ceasefire", "cease-fire", "truce", "armistice"],
  LEGISLATION: ["resolution", "law", "bill", "measure", "amendment", "motion", "decree", "budget", "constitution"],
  TREATY: ["treaty", "agreement", "accord", "deal", "memorandum", "pact", "protocol", "declaration", "contract", "convention", "charter"],
  DISMISSED: ["minister", "official", "coach", "manager", "employee", "chief", "director", "general", "commander", "staff"],
  MUNITIONS: ["rocket", "missile", "shell", "mortar", "artillery", "bomb", "grenade", "shot", "round", "bullet", "projectile", "drone", "fire", "salvo", "barrage"],
  UTILITIES: ["fuel", "electricity", "water", "power", "food", "supply", "supplies", "internet", "gas", "communication"],
  SUSPECTS: ["suspect", "fugitive", "militant", "terrorist", "criminal", "murderer", "bomber"],
};

/** Verbs of giving: with an AID_GOODS object they code AID, with FORCES MOBILIZE. */
const GIVING_SENSES: readonly ObjectSense[] = [
  { objects: ["AID_GOODS"], event: "AID" },
  { objects: ["FORCES"], event: "AID", mode: "military" },
];

/** Verbs of reducing or breaking off: relations and aid -> SANCTION; a strike or protest -> CONCEDE. */
const REDUCING_SENSES: readonly ObjectSense[] = [
  { objects: ["PROTEST_ACTS"], event: "CONCEDE" },
  { objects: ["RESTRICTIONS"], event: "CONCEDE" },
  { objects: ["TALKS", "AID_GOODS", "DIPLOMATS", "MONITORS"], event: "SANCTION" },
];

const v = (words: string, event: PloverEventType | null, extra: Partial<TriggerEntry> = {}): TriggerEntry => ({ words, pos: "verb", event, ...extra });
const n = (words: string, event: PloverEventType | null, extra: Partial<TriggerEntry> = {}): TriggerEntry => ({ words, pos: "noun", event, ...extra });
const a = (words: string, event: PloverEventType | null, extra: Partial<TriggerEntry> = {}): TriggerEntry => ({ words, pos: "any", event, ...extra });

export const TRIGGERS: readonly TriggerEntry[] = [
  // AGREE: offers, promises, agreements, intentions to cooperate.
  v("agree", "AGREE", { control: true }),
  v("reach agreement", "AGREE"), v("reach deal", "AGREE"), v("reach accord", "AGREE"), v("reach consensus", "AGREE"),
  v("reach understanding", "AGREE"), v("reach compromise", "AGREE"), v("reach settlement", "AGREE"), v("reach breakthrough", "AGREE"),
  v("strike deal", "AGREE"), v("clinch deal", "AGREE"), v("clinch agreement", "AGREE"),
  v("promise", "AGREE", { control: true, hostileComplement: "THREATEN" }),
  v("pledge", "AGREE", { control: true, hostileComplement: "THREATEN" }),
  v("vow", "AGREE", { control: true, hostileComplement: "THREATEN" }),
  v("swear", "AGREE", { control: true, hostileComplement: "THREATEN", weight: 0.8 }),
  v("offer", "AGREE", { control: true }),
  v("propose", "AGREE", { control: true, weight: 0.9 }),
  v("accept", "AGREE", { senses: [{ objects: ["DEMANDS"], event: "CONCEDE" }] }),
  v("consent", "AGREE", { control: true }),
  v("commit", "AGREE", { weight: 0.8 }),
  v("settle", "AGREE", { weight: 0.6 }),
  n("agreement", "AGREE", { weight: 0.5, governedOnly: true }),
  n("proposal", "AGREE", { weight: 0.5 }),
  n("offer", "AGREE", { weight: 0.5 }),
  n("pledge", "AGREE", { weight: 0.6 }),
  n("promise", "AGREE", { weight: 0.5 }),
  n("willingness", "AGREE", { weight: 0.7 }),
  n("readiness", "AGREE", { weight: 0.6 }),

  // CONSULT: meetings, visits, hosting, talks, calls.
  v("meet", "CONSULT", { senses: [{ objects: ["DEMANDS"], event: "CONCEDE" }] }),
  n("meeting", "CONSULT", { weight: 0.8 }),
  v("talk", "CONSULT", { weight: 0.7, notBefore: ["of"] }),
  n("talk", "CONSULT", { weight: 0.9, notBefore: ["of"] }),
  v("negotiate", "CONSULT"),
  n("negotiation", "CONSULT", { weight: 0.9 }),
  v("discuss", "CONSULT", { weight: 0.8 }),
  n("discussion", "CONSULT", { weight: 0.7 }),
  v("consult", "CONSULT"),
  n("consultation", "CONSULT", { weight: 0.8 }),
  v("visit", "CONSULT", { mode: "visit" }),
  n("visit", "CONSULT", { mode: "visit", weight: 0.9 }),
  v("arrive", "CONSULT", { mode: "visit" }),
  n("arrival", "CONSULT", { mode: "visit", weight: 0.8 }),
  v("travel", "CONSULT", { mode: "visit", weight: 0.8 }),
  v("fly to", "CONSULT", { mode: "visit", weight: 0.7 }),
  v("head to", "CONSULT", { mode: "visit", weight: 0.6 }),
  v("go to", "CONSULT", { mode: "visit", weight: 0.5 }),
  n("trip", "CONSULT", { mode: "visit", weight: 0.8 }),
  n("tour", "CONSULT", { mode: "visit", weight: 0.6 }),
  v("host", "CONSULT", { mode: "host" }),
  v("receive", "CONSULT", {
    mode: "host",
    weight: 0.6,
    senses: [
      { objects: ["MONITORS"], event: "RETREAT" },
      { objects: ["AID_GOODS", "DOCUMENT", "support", "call", "letter", "message", "sentence", "award", "prize", "vote"], event: null },
    ],
  }),
  n("welcome", "CONSULT", { mode: "host", weight: 0.8 }),
  v("engage with", "CONSULT"),
  v("convene", "CONSULT", { mode: "multilateral", weight: 0.8 }),
  n("summit", "CONSULT", { mode: "multilateral", weight: 0.8 }),
  n("conference", "CONSULT", { mode: "multilateral", weight: 0.6 }),
  v("mediate", "CONSULT", { mode: "third-party" }),
  n("mediation", "CONSULT", { mode: "third-party", weight: 0.8 }),
  v("broker", "CONSULT", { mode: "third-party", weight: 0.8 }),
  v("facilitate", null, { senses: [{ objects: ["TALKS"], event: "CONSULT", mode: "third-party" }] }),
  v("speak", "CONSULT", {
    weight: 0.6,
    senses: [{ objects: ["reporter", "journalist", "press", "media", "television", "radio", "newspaper", "agency", "condition", "anonymity", "channel"], event: null }],
  }),
  a("phone call", "CONSULT", { mode: "phone" }),
  a("telephone call", "CONSULT", { mode: "phone" }),
  v("phone", "CONSULT", { mode: "phone" }),
  v("telephone", "CONSULT", { mode: "phone" }),
  n("dialogue", "CONSULT", { weight: 0.6 }),

  // SUPPORT: praise, endorsement, signing and ratifying, diplomatic recognition.
  v("praise", "SUPPORT"), v("commend", "SUPPORT"), v("hail", "SUPPORT"), v("applaud", "SUPPORT"), v("laud", "SUPPORT"),
  v("endorse", "SUPPORT"), v("support", "SUPPORT"), v("back", "SUPPORT", { weight: 0.7, notBefore: ["to", "into", "away", "off", "up"] }),
  v("welcome", "SUPPORT", { weight: 0.9, senses: [{ objects: ["VISITORS"], event: "CONSULT", mode: "host" }] }),
  v("approve", "SUPPORT", { weight: 0.8 }),
  v("ratify", "SUPPORT"),
  v("sign", "SUPPORT", { weight: 0.9, senses: [{ objects: ["TREATY", "LEGISLATION"], event: "SUPPORT" }] }),
  // Passing or adopting a resolution is coded SUPPORT (a collective endorsement, non-material);
  // what the resolution demands is a REQUEST of its own where the text says so ("the resolution demanded ...").
  v("pass", null, { senses: [{ objects: ["LEGISLATION"], event: "SUPPORT", mode: "resolution" }] }),
  v("adopt", null, { senses: [{ objects: ["LEGISLATION", "PROPOSALS"], event: "SUPPORT", mode: "resolution" }] }),
  v("vote for", "SUPPORT", { weight: 0.8 }),
  v("recognize", null, { senses: [{ objects: ["state", "statehood", "independence", "government", "sovereignty", "republic"], event: "SUPPORT" }] }),
  v("recognise", null, { senses: [{ objects: ["state", "statehood", "independence", "government", "sovereignty", "republic"], event: "SUPPORT" }] }),
  v("apologize", "SUPPORT"), v("apologise", "SUPPORT"), v("forgive", "SUPPORT"),
  v("congratulate", "SUPPORT"), v("thank", "SUPPORT", { weight: 0.6 }),
  v("defend", "SUPPORT", { weight: 0.6 }),
  v("establish tie", "SUPPORT"), v("establish relation", "SUPPORT"), v("restore tie", "SUPPORT"), v("restore relation", "SUPPORT"),
  v("normalize relation", "SUPPORT"), v("express support", "SUPPORT"), v("express solidarity", "SUPPORT"),
  n("endorsement", "SUPPORT", { weight: 0.7 }), n("praise", "SUPPORT", { weight: 0.6 }), n("apology", "SUPPORT", { weight: 0.7 }),
  n("support", "SUPPORT", { weight: 0.4, governedOnly: true }),

  // CONCEDE: concessions without immediate material effect.
  v("concede", "CONCEDE"),
  v("declare", null, { senses: [{ objects: ["TRUCE"], event: "CONCEDE", mode: "ceasefire" }] }),
  v("announce", null, { senses: [{ objects: ["TRUCE"], event: "CONCEDE", mode: "ceasefire" }] }),
  v("ease", "CONCEDE"), v("relax", "CONCEDE", { weight: 0.7 }),
  v("soften", "CONCEDE", { weight: 0.8 }),
  v("lift", "CONCEDE", { senses: [{ objects: ["blockade", "siege", "closure"], event: "RETREAT" }, { objects: ["RESTRICTIONS"], event: "CONCEDE" }] }),
  v("allow", "CONCEDE", { weight: 0.8, senses: [{ objects: ["AID_GOODS", "MONITORS", "access", "entry", "passage"], event: "RETREAT" }] }),
  v("permit", "CONCEDE", { weight: 0.8, senses: [{ objects: ["AID_GOODS", "MONITORS", "access", "entry", "passage"], event: "RETREAT" }] }),
  v("let in", "RETREAT", { weight: 0.8 }),
  v("back down", "CONCEDE"), v("give in", "CONCEDE"), v("yield", "CONCEDE", { weight: 0.6 }),
  v("pardon", "CONCEDE"), n("amnesty", "CONCEDE", { weight: 0.7 }),
  v("drop", null, { senses: [{ objects: ["DEMANDS", "charge", "objection", "opposition", "claim", "case"], event: "CONCEDE" }] }),
  v("waive", "CONCEDE", { weight: 0.8 }),
  v("cancel", null, { senses: [...REDUCING_SENSES] }),
  v("call off", "CONCEDE", { senses: [{ objects: ["TALKS"], event: "SANCTION" }] }),
  n("concession", "CONCEDE", { weight: 0.8 }),
  n("flexibility", "CONCEDE", { weight: 0.6 }),

  // COOPERATE: material cooperation and exchange.
  v("cooperate", "COOPERATE"), v("collaborate", "COOPERATE"), v("coordinate", "COOPERATE", { weight: 0.7 }),
  v("share", "COOPERATE", { weight: 0.8 }),
  v("exchange", "COOPERATE", { senses: [{ objects: ["DETAINED"], event: "RETREAT" }, { objects: ["MUNITIONS", "gunfire"], event: "ASSAULT" }] }),
  v("extradite", "COOPERATE"),
  n("cooperation", "COOPERATE", { weight: 0.5 }),
  n("joint exercise", "COOPERATE"), n("joint patrol", "COOPERATE"), n("joint operation", "COOPERATE", { weight: 0.8 }),

  // AID: material aid.
  v("aid", "AID", { weight: 0.8 }),
  v("donate", "AID"),
  v("supply", "AID", { weight: 0.8 }),
  v("fund", "AID", { weight: 0.7 }), v("finance", "AID", { weight: 0.7 }),
  v("send", null, { senses: [{ objects: ["FORCES"], event: "MOBILIZE", mode: "troops" }, { objects: ["AID_GOODS"], event: "AID" }, { objects: ["MONITORS"], event: "ACCUSE", mode: "investigate" }, { objects: ["DIPLOMATS", "delegation"], event: "CONSULT" }] }),
  v("dispatch", null, { senses: [{ objects: ["FORCES"], event: "MOBILIZE", mode: "troops" }, { objects: ["AID_GOODS"], event: "AID" }, { objects: ["MONITORS"], event: "ACCUSE", mode: "investigate" }, { objects: ["DIPLOMATS", "delegation"], event: "CONSULT" }] }),
  v("give", null, { senses: GIVING_SENSES }),
  v("provide", null, { senses: GIVING_SENSES }),
  v("deliver", null, { senses: GIVING_SENSES }),
  v("ship", null, { senses: GIVING_SENSES }),
  v("contribute", null, { senses: GIVING_SENSES }),
  v("airlift", "AID"),
  v("grant", null, { senses: [{ objects: ["asylum", "refuge", "AID_GOODS"], event: "AID" }, { objects: ["amnesty", "pardon", "permission", "concession", "access"], event: "CONCEDE" }] }),
  v("hand over", "RETREAT", { senses: [{ objects: ["AID_GOODS"], event: "AID" }, { objects: ["SUSPECTS"], event: "COOPERATE" }] }),
  v("rescue", "AID", { weight: 0.6 }),
  v("evacuate", "AID", { weight: 0.6, senses: [{ objects: ["FORCES"], event: "RETREAT" }] }),
  n("donation", "AID", { weight: 0.7 }), n("airlift", "AID", { weight: 0.8 }),
  n("aid", "AID", { weight: 0.4, governedOnly: true }),
  n("assistance", "AID", { weight: 0.4, governedOnly: true }),

  // RETREAT: concessions with immediate material effect.
  v("release", "RETREAT", { senses: [{ objects: ["DOCUMENT"], event: null }] }),
  v("free", "RETREAT", { notBefore: ["of", "from", "trade"] }),
  v("withdraw", "RETREAT", { senses: [{ objects: ["DIPLOMATS", "MONITORS", "TALKS", "PROPOSALS", "support"], event: "SANCTION" }] }),
  v("pull out", "RETREAT"), v("pull back", "RETREAT"), v("retreat", "RETREAT", { weight: 0.8 }),
  v("demobilize", "RETREAT"), v("demobilise", "RETREAT"), v("disarm", "RETREAT", { weight: 0.8 }),
  v("surrender", "RETREAT"),
  v("resign", "RETREAT"), v("step down", "RETREAT"),
  v("repatriate", "RETREAT", { weight: 0.8 }),
  v("return", "RETREAT", { weight: 0.6, notBefore: ["to", "home", "from"], senses: [{ objects: ["TERRITORY", "DETAINED", "body", "remains", "property", "asset"], event: "RETREAT" }] }),
  v("pay", null, { senses: [{ objects: ["compensation", "reparation", "ransom", "damages"], event: "RETREAT" }] }),
  v("dismantle", null, { senses: [{ objects: ["settlement", "outpost", "checkpoint", "barrier", "camp", "roadblock", "base", "wall"], event: "RETREAT" }] }),
  v("observe", null, { senses: [{ objects: ["TRUCE"], event: "RETREAT", mode: "ceasefire" }] }),
  v("respect", null, { senses: [{ objects: ["TRUCE"], event: "RETREAT", mode: "ceasefire" }] }),
  v("open", null, { senses: [{ objects: ["crossing", "border", "corridor", "checkpoint", "passage", "route"], event: "RETREAT" }] }),
  n("withdrawal", "RETREAT", { weight: 0.9 }), n("pullout", "RETREAT"), n("pullback", "RETREAT"),
  n("release", "RETREAT", { weight: 0.8, senses: [{ objects: ["DOCUMENT"], event: null }] }),
  n("surrender", "RETREAT", { weight: 0.7 }), n("resignation", "RETREAT", { weight: 0.8 }),
  n("demobilization", "RETREAT", { weight: 0.8 }),
  n("prisoner exchange", "RETREAT", { weight: 0.6 }), n("prisoner swap", "RETREAT", { weight: 0.6 }),

  // REQUEST: requests, demands, orders, appeals.
  v("request", "REQUEST", { control: true }),
  v("demand", "REQUEST", { control: true }),
  v("urge", "REQUEST", { control: true }),
  v("call for", "REQUEST"), v("call on", "REQUEST", { control: true }), v("call upon", "REQUEST", { control: true }),
  v("appeal", "REQUEST", { control: true }),
  v("ask", "REQUEST", { control: true, weight: 0.8 }),
  v("plead", "REQUEST", { control: true }),
  v("implore", "REQUEST", { control: true }),
  v("press for", "REQUEST"), v("push for", "REQUEST"), v("lobby", "REQUEST", { weight: 0.7 }),
  v("pressure", "REQUEST", { control: true, weight: 0.8 }), v("pressurize", "REQUEST", { control: true, weight: 0.8 }),
  v("insist on", "REQUEST"),
  v("order", "REQUEST", { control: true, weight: 0.8, senses: [{ objects: ["FORCES"], event: "MOBILIZE", mode: "troops" }] }),
  v("seek", null, { senses: [{ objects: ["refuge", "asylum", "help", "support", "mediation", "assistance", "AID_GOODS", "clarification", "explanation", "extradition", "release"], event: "REQUEST" }] }),
  v("invite", "REQUEST", { weight: 0.6 }),
  a("must", "REQUEST", { speechAct: true, control: true, weight: 0.7 }),
  n("demand", "REQUEST", { weight: 0.8 }), n("request", "REQUEST", { weight: 0.8 }), n("appeal", "REQUEST", { weight: 0.8 }),
  n("plea", "REQUEST", { weight: 0.8 }), n("call", null, { senses: [{ objects: ["for"], event: "REQUEST" }] }),

  // ACCUSE: disapproval, accusations, complaints, investigations.
  v("accuse", "ACCUSE", { control: true }), v("condemn", "ACCUSE", { control: true }), v("criticize", "ACCUSE", { control: true }),
  v("criticise", "ACCUSE", { control: true }), v("blame", "ACCUSE", { control: true }), v("denounce", "ACCUSE", { control: true }),
  v("deplore", "ACCUSE"), v("decry", "ACCUSE"), v("slam", "ACCUSE", { weight: 0.8 }), v("lambaste", "ACCUSE"),
  v("censure", "ACCUSE"), v("rebuke", "ACCUSE"), v("reproach", "ACCUSE"), v("chide", "ACCUSE"),
  v("complain", "ACCUSE"), v("charge", "ACCUSE", { control: true, weight: 0.7 }),
  v("indict", "ACCUSE"), v("sue", "ACCUSE"), v("prosecute", "ACCUSE"),
  v("investigate", "ACCUSE", { mode: "investigate" }), v("probe", "ACCUSE", { mode: "investigate", weight: 0.8 }),
  v("summon", "ACCUSE", { weight: 0.8 }),
  v("lodge protest", "ACCUSE"), v("file complaint", "ACCUSE"), v("lodge complaint", "ACCUSE"),
  v("allege", "ACCUSE", { weight: 0.5 }),
  n("accusation", "ACCUSE", { weight: 0.8 }), n("condemnation", "ACCUSE", { weight: 0.8 }), n("criticism", "ACCUSE", { weight: 0.7 }),
  n("complaint", "ACCUSE", { weight: 0.7 }), n("indictment", "ACCUSE", { weight: 0.8 }), n("lawsuit", "ACCUSE", { weight: 0.7 }),
  n("investigation", "ACCUSE", { mode: "investigate", weight: 0.9 }), n("probe", "ACCUSE", { mode: "investigate", weight: 0.8 }),
  n("inquiry", "ACCUSE", { mode: "investigate", weight: 0.8 }), n("hearing", "ACCUSE", { mode: "investigate", weight: 0.5 }),
  n("allegation", "ACCUSE", { weight: 0.4 }),

  // REJECT: rejections and refusals.
  v("reject", "REJECT", { control: true }), v("refuse", "REJECT", { control: true }),
  v("decline", null, { control: true, complementEvent: "REJECT", senses: [{ objects: ["PROPOSALS", "TALKS", "DEMANDS"], event: "REJECT" }] }),
  v("dismiss", "REJECT", { weight: 0.7, senses: [{ objects: ["DISMISSED"], event: null }] }),
  v("deny", "REJECT", { weight: 0.8, senses: [{ objects: ["entry", "visa", "access"], event: "SANCTION" }] }),
  v("oppose", "REJECT"), v("veto", "REJECT"), v("defy", "REJECT"), v("resist", "REJECT", { weight: 0.6 }),
  v("turn down", "REJECT"), v("rule out", "REJECT"), v("disagree", "REJECT", { weight: 0.6 }),
  v("ignore", "REJECT", { weight: 0.5 }), v("snub", "REJECT"), v("object to", "REJECT"), v("vote against", "REJECT"),
  v("violate", "REJECT", { weight: 0.7, senses: [{ objects: ["TRUCE"], event: "ASSAULT" }] }),
  v("breach", "REJECT", { weight: 0.7, senses: [{ objects: ["TRUCE"], event: "ASSAULT" }] }),
  v("stand firm", "REJECT", { weight: 0.6 }),
  n("rejection", "REJECT", { weight: 0.8 }), n("refusal", "REJECT", { weight: 0.8 }), n("veto", "REJECT", { weight: 0.6 }),

  // THREATEN: threats, warnings, ultimatums.
  v("threaten", "THREATEN", { control: true }), v("warn", "THREATEN", { control: true, weight: 0.8 }),
  n("threat", "THREATEN", { weight: 0.6 }), n("ultimatum", "THREATEN", { weight: 0.9 }), n("warning", "THREATEN", { weight: 0.6 }),

  // PROTEST: collective civilian protest.
  v("protest", "PROTEST", { speechEvent: "ACCUSE" }), v("demonstrate", "PROTEST", { weight: 0.8 }), v("rally", "PROTEST", { weight: 0.8 }),
  v("march", "PROTEST", { weight: 0.7 }), v("riot", "PROTEST", { mode: "riot" }), v("picket", "PROTEST"),
  v("go on strike", "PROTEST", { mode: "strike" }), v("take to street", "PROTEST", { mode: "demo" }),
  v("throw stone", "PROTEST", { mode: "riot" }),
  v("block", null, { senses: [{ objects: ["ROADS"], event: "PROTEST", mode: "obstruct" }, { objects: ["AID_GOODS"], event: "COERCE", mode: "restrict" }, { objects: ["LEGISLATION", "PROPOSALS"], event: "REJECT" }] }),
  n("protest", "PROTEST", { mode: "demo", weight: 0.9 }), n("demonstration", "PROTEST", { mode: "demo", weight: 0.9 }),
  n("rally", "PROTEST", { mode: "demo", weight: 0.8 }), n("riot", "PROTEST", { mode: "riot", weight: 0.9 }),
  n("march", "PROTEST", { mode: "demo", weight: 0.6 }),
  n("hunger strike", "PROTEST", { mode: "strike-hunger" }), n("general strike", "PROTEST", { mode: "strike-general" }),
  n("sit-in", "PROTEST", { mode: "demo" }), n("walkout", "PROTEST", { mode: "strike", weight: 0.7 }),

  // SANCTION: reducing relations.
  v("sanction", "SANCTION"), v("embargo", "SANCTION"),
  v("expel", "SANCTION", { senses: [{ objects: ["PEOPLE", "DETAINED"], event: "COERCE", mode: "deport" }] }),
  v("cut tie", "SANCTION"), v("cut relation", "SANCTION"), v("sever tie", "SANCTION"), v("sever relation", "SANCTION"),
  v("break off", "SANCTION"), v("break relation", "SANCTION"), v("break tie", "SANCTION"),
  v("recall", null, { senses: [{ objects: ["DIPLOMATS"], event: "SANCTION" }] }),
  v("suspend", null, { senses: [...REDUCING_SENSES, { objects: ["publication", "broadcast", "newspaper"], event: "COERCE", mode: "censor" }] }),
  v("halt", null, { senses: REDUCING_SENSES }),
  v("freeze", null, { senses: [...REDUCING_SENSES, { objects: ["asset", "account", "fund"], event: "SANCTION" }] }),
  v("reduce", null, { senses: REDUCING_SENSES }),
  v("end", null, { senses: [{ objects: ["TALKS"], event: "SANCTION" }] }),
  v("boycott", "SANCTION"), v("downgrade", "SANCTION", { weight: 0.8 }), v("blacklist", "SANCTION"),
  v("prohibit", "COERCE", { mode: "ban", senses: [{ objects: ["AID_GOODS"], event: "SANCTION" }] }),
  n("sanction", "SANCTION", { weight: 0.8 }), n("embargo", "SANCTION", { weight: 0.8 }), n("suspension", "SANCTION", { weight: 0.8 }),
  n("expulsion", "SANCTION", { weight: 0.8 }), n("boycott", "SANCTION", { weight: 0.8 }),

  // MOBILIZE: military or police moves short of force.
  v("mobilize", "MOBILIZE", { mode: "troops" }), v("mobilise", "MOBILIZE", { mode: "troops" }),
  v("deploy", "MOBILIZE", { mode: "troops" }), v("reinforce", "MOBILIZE", { mode: "troops" }),
  v("strengthen", null, { senses: [{ objects: ["FORCES"], event: "MOBILIZE", mode: "troops" }] }),
  v("mass", null, { senses: [{ objects: ["FORCES"], event: "MOBILIZE", mode: "troops" }] }),
  v("station", null, { senses: [{ objects: ["FORCES"], event: "MOBILIZE", mode: "troops" }] }),
  v("call up", "MOBILIZE", { mode: "troops" }),
  v("train", null, { senses: [{ objects: ["FORCES", "recruit"], event: "MOBILIZE", mode: "troops" }] }),
  v("patrol", "MOBILIZE", { mode: "police", weight: 0.7 }),
  v("arm", "MOBILIZE", { mode: "weapons", weight: 0.6 }),
  v("prepare", null, { control: true, hostileComplement: "MOBILIZE" }),
  v("test", null, { senses: [{ objects: ["missile", "weapon", "rocket", "bomb", "warhead"], event: "MOBILIZE", mode: "weapons" }] }),
  a("on alert", "MOBILIZE", { mode: "troops" }), a("high alert", "MOBILIZE", { mode: "troops" }),
  n("deployment", "MOBILIZE", { mode: "troops", weight: 0.8 }), n("mobilization", "MOBILIZE", { mode: "troops", weight: 0.8 }),
  n("reinforcement", "MOBILIZE", { mode: "troops", weight: 0.6 }), n("buildup", "MOBILIZE", { mode: "troops", weight: 0.8 }),
  n("military exercise", "MOBILIZE", { jointEvent: "COOPERATE" }), n("war game", "MOBILIZE", { jointEvent: "COOPERATE" }),
  n("naval exercise", "MOBILIZE", { jointEvent: "COOPERATE" }), n("drill", "MOBILIZE", { weight: 0.5, jointEvent: "COOPERATE" }),
  n("patrol", "MOBILIZE", { mode: "police", weight: 0.6 }),

  // COERCE: repression short of violence.
  v("arrest", "COERCE", { mode: "arrest" }), v("detain", "COERCE", { mode: "detain" }), v("jail", "COERCE", { mode: "detain" }),
  v("imprison", "COERCE", { mode: "detain" }), v("round up", "COERCE", { mode: "arrest" }),
  v("kidnap", "COERCE", { mode: "detain" }), v("abduct", "COERCE", { mode: "detain" }),
  v("take hostage", "COERCE", { mode: "detain" }), v("hold hostage", "COERCE", { mode: "detain" }),
  v("confiscate", "COERCE", { mode: "confiscate" }), v("impound", "COERCE", { mode: "confiscate" }),
  v("seize", "COERCE", { mode: "confiscate", senses: [{ objects: ["TERRITORY"], event: "ASSAULT", mode: "occupy" }, { objects: ["PEOPLE", "DETAINED", "FORCES"], event: "COERCE", mode: "detain" }] }),
  v("capture", "COERCE", { mode: "detain", senses: [{ objects: ["TERRITORY"], event: "ASSAULT", mode: "occupy" }] }),
  v("demolish", "COERCE", { mode: "destroy" }), v("raze", "COERCE", { mode: "destroy" }), v("bulldoze", "COERCE", { mode: "destroy" }),
  v("destroy", "COERCE", { mode: "destroy", weight: 0.8 }), v("set fire", "COERCE", { mode: "destroy" }), v("torch", "COERCE", { mode: "destroy" }),
  v("ban", "COERCE", { mode: "ban" }), v("outlaw", "COERCE", { mode: "ban" }),
  v("censor", "COERCE", { mode: "censor" }), v("shut down", "COERCE", { mode: "censor", weight: 0.6 }),
  v("deport", "COERCE", { mode: "deport" }), v("evict", "COERCE", { mode: "deport" }), v("force out", "COERCE", { mode: "deport" }),
  v("crack down", "COERCE", { mode: "repress" }), v("disperse", "COERCE", { mode: "repress", weight: 0.8 }),
  v("besiege", "COERCE", { mode: "siege" }), v("blockade", "COERCE", { mode: "blockade" }),
  v("cut off", "COERCE", { mode: "restrict", weight: 0.7, senses: [{ objects: ["TALKS"], event: "SANCTION" }] }),
  v("restrict", "COERCE", { mode: "restrict", weight: 0.7 }),
  v("sentence", "COERCE", { mode: "detain", weight: 0.8 }),
  v("hack", "COERCE", { mode: "cyber", weight: 0.7 }), v("deface", "COERCE", { mode: "cyber", weight: 0.8 }),
  v("intercept", "COERCE", { mode: "seize", weight: 0.6 }),
  v("close", null, { senses: [{ objects: ["embassy", "consulate", "mission"], event: "SANCTION" }, { objects: ["border", "crossing", "checkpoint", "newspaper", "school", "mosque", "office"], event: "COERCE", mode: "restrict" }] }),
  n("arrest", "COERCE", { mode: "arrest", weight: 0.8 }), n("detention", "COERCE", { mode: "detain", weight: 0.7 }),
  n("curfew", "COERCE", { mode: "curfew", weight: 0.9 }), n("blockade", "COERCE", { mode: "blockade", weight: 0.9 }),
  n("siege", "COERCE", { mode: "siege", weight: 0.9 }), n("crackdown", "COERCE", { mode: "repress", weight: 0.9 }),
  n("demolition", "COERCE", { mode: "destroy", weight: 0.9 }), n("ban", "COERCE", { mode: "ban", weight: 0.6 }),
  n("deportation", "COERCE", { mode: "deport", weight: 0.8 }), n("kidnapping", "COERCE", { mode: "detain", weight: 0.8 }),
  n("abduction", "COERCE", { mode: "detain", weight: 0.8 }), n("martial law", "COERCE", { mode: "martial-law" }),
  n("state of emergency", "COERCE", { mode: "emergency" }), n("human shield", "COERCE", { mode: "detain" }),
  n("tear gas", "COERCE", { mode: "repress", weight: 0.8 }), n("restriction", "COERCE", { mode: "restrict", weight: 0.4 }),
  n("confiscation", "COERCE", { mode: "confiscate", weight: 0.7 }), n("censorship", "COERCE", { mode: "censor", weight: 0.7 }),

  // ASSAULT: uses of force.
  v("attack", "ASSAULT"), v("assault", "ASSAULT"),
  v("strike", "ASSAULT", { weight: 0.9, senses: [{ objects: ["deal", "agreement", "balance", "chord", "tone", "note"], event: null }] }),
  v("bomb", "ASSAULT", { mode: "explosives" }), v("bombard", "ASSAULT", { mode: "heavy-weapons" }),
  v("shell", "ASSAULT", { mode: "heavy-weapons" }), v("kill", "ASSAULT"), v("murder", "ASSAULT"),
  v("shoot", "ASSAULT", { mode: "firearms" }), v("open fire", "ASSAULT", { mode: "firearms" }), v("gun down", "ASSAULT", { mode: "firearms" }),
  v("fire", "ASSAULT", { weight: 0.8, senses: [{ objects: ["MUNITIONS"], event: "ASSAULT", mode: "heavy-weapons" }, { objects: ["DISMISSED"], event: null }] }),
  v("wound", "ASSAULT"), v("injure", "ASSAULT", { weight: 0.8 }), v("massacre", "ASSAULT"),
  v("assassinate", "ASSAULT", { mode: "assassinate" }), v("blow up", "ASSAULT", { mode: "explosives" }),
  v("explode", "ASSAULT", { mode: "explosives", weight: 0.7 }), v("detonate", "ASSAULT", { mode: "explosives" }),
  v("invade", "ASSAULT", { mode: "occupy" }), v("occupy", "ASSAULT", { mode: "occupy", weight: 0.7 }), v("reoccupy", "ASSAULT", { mode: "occupy" }),
  v("torture", "ASSAULT", { mode: "torture" }), v("beat up", "ASSAULT", { mode: "beat" }), v("beat", "ASSAULT", { mode: "beat", weight: 0.6 }),
  v("ambush", "ASSAULT"), v("storm", "ASSAULT", { weight: 0.8 }), v("raid", "ASSAULT", { weight: 0.8 }),
  v("clash", "ASSAULT", { weight: 0.8 }), v("fight", "ASSAULT", { weight: 0.7 }),
  v("retake", "ASSAULT", { mode: "occupy" }), v("overrun", "ASSAULT", { mode: "occupy" }), v("recapture", "ASSAULT", { mode: "occupy" }),
  v("wage", "ASSAULT", { weight: 0.8 }), v("execute", "ASSAULT", { weight: 0.7 }), v("behead", "ASSAULT"),
  v("stab", "ASSAULT", { mode: "primitive" }), v("lynch", "ASSAULT", { mode: "beat" }),
  n("attack", "ASSAULT"), n("assault", "ASSAULT"), n("airstrike", "ASSAULT", { mode: "aerial" }), n("air strike", "ASSAULT", { mode: "aerial" }),
  n("air raid", "ASSAULT", { mode: "aerial" }), n("strike", "ASSAULT", { weight: 0.6 }), n("raid", "ASSAULT", { weight: 0.8 }),
  n("bombing", "ASSAULT", { mode: "explosives" }), n("bombardment", "ASSAULT", { mode: "heavy-weapons" }),
  n("shelling", "ASSAULT", { mode: "heavy-weapons" }), n("offensive", "ASSAULT", { weight: 0.9 }), n("invasion", "ASSAULT", { mode: "occupy" }),
  n("incursion", "ASSAULT", { weight: 0.9 }), n("killing", "ASSAULT", { weight: 0.8 }), n("massacre", "ASSAULT"),
  n("assassination", "ASSAULT", { mode: "assassinate" }), n("clash", "ASSAULT", { weight: 0.8 }), n("fighting", "ASSAULT", { weight: 0.7 }),
  n("hostility", "ASSAULT", { weight: 0.7 }), n("battle", "ASSAULT", { weight: 0.7 }), n("gunbattle", "ASSAULT", { mode: "firearms" }),
  n("ambush", "ASSAULT"), n("gunfire", "ASSAULT", { mode: "firearms", weight: 0.8 }), n("shooting", "ASSAULT", { mode: "firearms", weight: 0.8 }),
  n("rocket fire", "ASSAULT", { mode: "heavy-weapons" }), n("mortar fire", "ASSAULT", { mode: "heavy-weapons" }),
  n("artillery", "ASSAULT", { mode: "heavy-weapons", weight: 0.6 }), n("ethnic cleansing", "ASSAULT", { mode: "mass-violence" }),
  n("suicide bombing", "ASSAULT", { mode: "suicide-attack" }), n("suicide attack", "ASSAULT", { mode: "suicide-attack" }),
  n("genocide", "ASSAULT", { mode: "mass-violence", weight: 0.4 }), n("aggression", "ASSAULT", { weight: 0.5 }),
  n("explosion", "ASSAULT", { mode: "explosives", weight: 0.5 }), n("occupation", "ASSAULT", { mode: "occupy", weight: 0.3 }),
  n("torture", "ASSAULT", { mode: "torture", weight: 0.7 }), n("bloodshed", "ASSAULT", { weight: 0.4 }),
];
