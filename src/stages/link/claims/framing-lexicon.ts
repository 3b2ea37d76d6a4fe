/**
 * Loaded terms, grouped by what they refer to, so a view can set one outlet's words for
 * a thing beside another's ("occupation forces" / "IDF"; "hostages" / "captives" /
 * "prisoners") without a verdict. General news vocabulary; data only (framing.ts reads it).
 *
 * Within a group, longer terms are matched first and a place is counted once: "the
 * Israeli regime" counts as "Israeli regime", not also as "regime".
 */
export interface FramingReferent {
  referent: string;
  /** Terms as written; matched case-insensitively, except those in `caseSensitive`. */
  terms: string[];
  caseSensitive?: string[];
}

export const FRAMING_LEXICON: FramingReferent[] = [
  {
    referent: "Israel / its forces",
    terms: [
      "Israel Defense Forces", "Israeli Defense Forces", "Israeli forces", "Israeli army", "Israeli military", "Israeli troops",
      "occupation forces", "occupation army", "occupying forces", "occupying entity", "occupying power", "the occupation",
      "Zionist entity", "Zionist regime", "Zionist enemy", "Zionist", "Israeli regime", "Tel Aviv regime", "the regime",
      "enemy forces", "the enemy",
    ],
    caseSensitive: ["IDF"],
  },
  {
    referent: "Hamas / armed groups",
    terms: [
      "terrorist organization", "terrorist organisation", "terrorist group", "terror group", "terrorists", "militant group", "militants",
      "gunmen", "fighters", "armed groups", "armed movement", "armed wing", "resistance movement", "resistance groups",
      "resistance factions", "the resistance", "resistance", "Islamist movement", "jihadists",
    ],
  },
  {
    referent: "people held (hostages / captives / prisoners)",
    terms: ["hostages", "hostage", "captives", "abductees", "kidnapped", "prisoners", "detainees", "security prisoners"],
  },
  {
    referent: "the fighting",
    terms: [
      "war", "conflict", "aggression", "offensive", "hostilities", "fighting", "escalation", "military campaign",
      "military operation", "bombardment", "onslaught", "invasion",
    ],
  },
  {
    referent: "the killing",
    terms: ["genocide", "massacres", "massacre", "martyrs", "martyred", "slaughter", "ethnic cleansing", "casualties", "killing of civilians", "war crimes"],
  },
  {
    referent: "Gaza / the territory",
    terms: ["besieged territory", "besieged enclave", "besieged region", "besieged Strip", "coastal enclave", "the enclave", "the Strip", "occupied territories", "open-air prison"],
  },
  {
    referent: "the truce",
    terms: ["humanitarian pause", "humanitarian truce", "cessation of hostilities", "ceasefire", "cease-fire", "truce", "pause", "lull", "calm"],
  },
];
