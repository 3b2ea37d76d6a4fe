/**
 * Whether an article reports a game: read by the team rule (teams.ts) and by the names
 * of things (things.ts: "Drake 5" in a game report is a score, not a version). Kept
 * apart from both so that neither imports the other.
 */
import type { DocumentContext } from "./records.js";

/** Lower-case words of game reports; an article writing this many different ones is about a game. */
const SPORTS_WORDS = new Set([
  "game", "games", "season", "coach", "points", "scored", "scoring", "playoff", "playoffs", "play-offs", "quarterback",
  "touchdown", "touchdowns", "rebounds", "assists", "innings", "inning", "tournament", "league", "seed", "seeded",
  "semifinal", "semifinals", "quarterfinal", "quarterfinals", "basketball", "football", "baseball", "hockey", "soccer",
  "halftime", "half-time", "overtime", "unbeaten", "undefeated", "roster", "stadium", "yards", "striker", "pitcher",
  "lineup", "starters", "rookie", "teammates", "teammate", "preseason", "postseason", "standings",
]);

/** Distinct sports words that make an article a game report. */
const MIN_SPORTS_WORDS = 3;

/** True when the article writes MIN_SPORTS_WORDS different sports words in lower case. */
export function isGameReport(context: DocumentContext): boolean {
  let count = 0;
  for (const word of SPORTS_WORDS) if (context.lowercaseWords.has(word) && ++count >= MIN_SPORTS_WORDS) return true;
  return false;
}
