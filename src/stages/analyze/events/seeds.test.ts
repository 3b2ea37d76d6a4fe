/**
 * The coder on the five seed articles, read in place from ../shared/seeds (never copied
 * into the repository). Skipped when the folder is absent (a user's fresh clone).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../sentences.js";
import { codeEvents } from "./code-events.js";
import type { EventCandidate } from "./types.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const seedsDir = path.resolve(repoRoot, "../shared/seeds");
const present = existsSync(seedsDir);
if (!present) console.warn(`events seeds test: no seed articles at ${seedsDir}; skipped`);

function codeSeed(file: string): { text: string; events: EventCandidate[] } {
  const text = readFileSync(path.join(seedsDir, file), "utf8");
  const sentences = splitSentences(text);
  return { text, events: codeEvents({ text, sentences, mentions: [], times: [], published: "2024-01-01" }) };
}

describe.skipIf(!present)("seed articles", () => {
  const files = present ? readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort() : [];
  const coded = files.map((file) => ({ file, ...codeSeed(file) }));

  it("codes events in every article", () => {
    for (const { file, events } of coded) expect(events.length, file).toBeGreaterThan(3);
  });

  it("gives spans inside the text: triggers and participants inside their sentence", () => {
    for (const { text, events } of coded) {
      for (const e of events) {
        expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
        for (const p of [...e.actor, ...e.recipient, ...e.mediator]) {
          expect(p.start).toBeGreaterThanOrEqual(e.sentence.start);
          expect(p.end).toBeLessThanOrEqual(e.sentence.end);
          expect(text.slice(p.start, p.end)).toBe(p.text);
        }
      }
    }
  });

  it("finds an arrival for talks located in Cairo in most articles", () => {
    const withArrival = coded.filter(({ events }) =>
      events.some((e) => e.event === "CONSULT" && e.mode === "visit" && e.status === "factual" && e.location?.text === "Cairo"),
    );
    expect(withArrival.length).toBeGreaterThanOrEqual(3);
  });

  it("never codes an expected trip as a factual arrival", () => {
    for (const { text, events } of coded) {
      for (const e of events) {
        const sentence = text.slice(e.sentence.start, e.sentence.end);
        if (/expected to (?:travel|arrive)/u.test(sentence) && e.trigger.text === "travel") expect(e.status).toBe("expected");
      }
    }
  });

  it("dates nothing when no time expression is given (never the publication date)", () => {
    for (const { events } of coded) expect(events.filter((e) => e.date !== null)).toEqual([]);
  });
});
