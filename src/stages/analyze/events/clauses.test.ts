import { describe, expect, it } from "vitest";
import type { ClauseRole } from "./clauses.js";
import { mapClauses } from "./clauses.js";
import { tokenizeSpan } from "./nlp.js";

/** Role of the clause the word `word` sits in. */
function roleOf(text: string, word: string): ClauseRole {
  const tokens = tokenizeSpan(text, 0, text.length);
  const roles = mapClauses(tokens);
  const i = tokens.findIndex((t) => t.text === word);
  if (i < 0) throw new Error(`no token ${word} in ${text}`);
  return roles[i]!.role;
}

const ROWS: Array<{ text: string; word: string; role: ClauseRole }> = [
  { text: "Police arrested ten men after the march ended.", word: "arrested", role: "main" },
  { text: "Police arrested ten men after the march ended.", word: "ended", role: "subordinate" },
  { text: "After the talks collapsed, the army shelled the town.", word: "shelled", role: "main" },
  { text: "The army shelled the town, killing five people.", word: "killing", role: "participial" },
  { text: "The envoy, who arrived on Monday, met the king.", word: "arrived", role: "relative" },
  { text: "The envoy, who arrived on Monday, met the king.", word: "met", role: "main" },
  { text: "Officials said the delegation arrived in Cairo.", word: "arrived", role: "complement" },
  { text: "She told reporters that the talks had failed.", word: "failed", role: "complement" },
  { text: "It is a plan that all parties support.", word: "support", role: "relative" },
  { text: "The talks, held in secret, have ended.", word: "held", role: "participial" },
  { text: "The chief, a former general, resigned.", word: "resigned", role: "main" },
  { text: "They will attack if the deadline passes.", word: "passes", role: "subordinate" },
  { text: "The group (known as the Front) protested.", word: "known", role: "parenthetical" },
];

describe("mapClauses", () => {
  it.each(ROWS)("$word in '$text' is $role", ({ text, word, role }) => {
    expect(roleOf(text, word)).toBe(role);
  });
});
