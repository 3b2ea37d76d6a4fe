/**
 * Sports teams named after their place: in a game report "Detroit", "North Carolina"
 * or "Evansville" is mostly the team, an organisation, not the place. A name is read
 * as a team when the article is about a game (several sports words written in lower
 * case) and the name fills a competitor's slot:
 *   before a score or a win-loss record: "Evansville 91-73", "Creighton (25-7)";
 *   after a competition verb or preposition: "beat Drake", "victory over Evansville",
 *   "games against Detroit", "a loss at Chicago", "visiting Evansville";
 *   before a competition verb: "Creighton defeats Drake", "Indianapolis won";
 *   before a team's noun: "Evansville defenders", "North Carolina's scoring record";
 *   joined by "and" to a team: "against Detroit and Carolina".
 * A name found in such a slot is a team wherever else the article uses it, except
 * after a place preposition ("a game in Detroit"). Persons named by a given name or a
 * title, and surnames of such persons, are never retyped: "Nadal beat Federer 6-4"
 * keeps its players when the article names them in full.
 */
import { PLACE_PREPOSITIONS } from "./cues.js";
import { localKey, surnamesOf } from "./consistency.js";
import { isGameReport } from "./game-reports.js";
import type { DocumentContext, Found } from "./records.js";
import type { Word } from "./tokens.js";

/** Words before a competitor: "beat Drake", "victory over Evansville", "visiting Evansville". */
const COMPETITOR_BEFORE = new Set([
  "beat", "beats", "beating", "defeated", "defeats", "defeating", "over", "against", "vs", "vs.", "versus", "v", "v.",
  "topped", "edged", "edges", "routed", "routs", "overcame", "outlasted", "downed", "blanked", "visiting", "host",
  "hosts", "hosted", "hosting", "between", "face", "faces", "faced", "facing", "play", "plays", "played", "playing", "past",
]);

/** Verbs after a competitor: "Creighton defeats Drake", "Indianapolis won". */
const COMPETITOR_VERBS_AFTER = new Set([
  "beat", "beats", "defeated", "defeats", "won", "wins", "lost", "loses", "fell", "falls", "rallied", "rallies",
  "edged", "edges", "routed", "routs", "outlasted", "clinched", "clinches", "overcame", "topped", "tops", "trailed",
  "trails", "led", "leads", "scored", "improved", "dropped", "remain", "remains", "advanced", "advances",
]);

/** Nouns after a competitor's name or its possessive: "Evansville defenders", "North Carolina's scoring record". */
const TEAM_NOUNS_AFTER = new Set([
  "defenders", "players", "player", "coach", "coaches", "quarterback", "offense", "defense", "defence", "roster",
  "basketball", "football", "baseball", "hockey", "soccer", "fans", "all-time", "career", "scoring", "win", "victory",
  "loss", "lineup", "starters", "team", "season", "record",
]);

/** Nouns before "at": "a loss at Chicago", "the win at Detroit". */
const GAME_NOUNS = new Set(["record", "loss", "win", "victory", "defeat", "upset"]);

const POSSESSIVES = new Set(["'s", "’s", "'", "’"]);
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const NUMBER = /^\d{1,3}$/;
const DASHES = new Set(["-", "–"]);

/** Retypes the place names (and names typed only by their shape) that stand for teams in a game report, in place. */
export function markTeams(found: Found[], context: DocumentContext): void {
  if (!isGameReport(context)) return;
  const surnames = surnamesOf(found);
  const teams = new Set<string>();
  const slotted = new Set<Found>();
  let previous: Found | undefined;
  for (const f of found) {
    const words = context.words[f.sentence]!;
    const joined = previous !== undefined && slotted.has(previous) && previous.sentence === f.sentence && joinedByAnd(words, previous.to, f.from);
    if (mayBeTeam(f, surnames) && (joined || inCompetitorSlot(f, words))) {
      slotted.add(f);
      teams.add(localKey(f.text));
    }
    previous = f;
  }
  for (const f of found) {
    if (!teams.has(localKey(f.text)) || !mayBeTeam(f, surnames)) continue;
    const words = context.words[f.sentence]!;
    if (!slotted.has(f) && PLACE_PREPOSITIONS.has(words[f.from - 1]?.text.toLowerCase() ?? "") && words[f.from - 1]!.text !== "at") continue;
    f.type = "ORG";
    f.evidence = "context";
  }
}

/** A place, or a name nothing but its shape or the article typed: never a person named in full or by a title. */
function mayBeTeam(f: Found, surnames: Set<string>): boolean {
  if (f.type === "GPE" || f.type === "LOC") return true;
  if (f.type !== "PERSON") return false;
  if (f.evidence !== "shape" && f.evidence !== "context" && f.evidence !== "document") return false;
  return !f.text.includes(" ") && !surnames.has(localKey(f.text));
}

function joinedByAnd(words: Word[], end: number, from: number): boolean {
  return from === end + 1 && ["and", "&"].includes(words[end]!.text.toLowerCase());
}

function inCompetitorSlot(f: Found, words: Word[]): boolean {
  const before = words[f.from - 1]?.text.toLowerCase() ?? "";
  const before2 = words[f.from - 2]?.text.toLowerCase() ?? "";
  if (COMPETITOR_BEFORE.has(before)) return true;
  if (before === "at" && GAME_NOUNS.has(before2)) return true;
  if (before === "to" && ["lost", "fell", "falls", "fall", "loss", "lose", "loses"].includes(before2)) return true;
  let next = f.to;
  if (words[next]?.text === ",") next++;
  if (followedByScore(words, next)) return true;
  const after = words[f.to]?.text.toLowerCase() ?? "";
  if (COMPETITOR_VERBS_AFTER.has(after) && f.to < words.length - 1) return true;
  if (TEAM_NOUNS_AFTER.has(after)) return true;
  if (POSSESSIVES.has(after)) {
    const noun = words[f.to + 1]?.text.toLowerCase() ?? "";
    return TEAM_NOUNS_AFTER.has(noun);
  }
  return false;
}

/** "91-73", "65 - 53", "(10-0)", "( 25 - 7 )" at word `i`. */
function followedByScore(words: Word[], i: number): boolean {
  let k = i;
  if (words[k]?.text === "(") k++;
  const first = words[k]?.text ?? "";
  if (SCORE.test(first)) return true;
  return NUMBER.test(first) && DASHES.has(words[k + 1]?.text ?? "") && NUMBER.test(words[k + 2]?.text ?? "");
}
