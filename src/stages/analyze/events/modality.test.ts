import { describe, expect, it } from "vitest";
import type { Modality } from "./modality.js";
import { isHistorical, recode } from "./modality.js";
import type { EventStatus, PloverEventType } from "./types.js";

const NONE: Modality = { negated: false, future: false, expected: false, hypothetical: false, conditional: false, past: false };

interface Row {
  name: string;
  event: PloverEventType;
  modality: Partial<Modality>;
  verbal?: boolean;
  expected: { event: PloverEventType; status: EventStatus; intended?: PloverEventType };
}

const ROWS: Row[] = [
  { name: "a factual meeting stays CONSULT", event: "CONSULT", modality: {}, expected: { event: "CONSULT", status: "factual" } },
  { name: "'will meet' is AGREE, the meeting kept as intended", event: "CONSULT", modality: { future: true }, expected: { event: "AGREE", status: "future", intended: "CONSULT" } },
  { name: "'is expected to travel' stays CONSULT, expected", event: "CONSULT", modality: { expected: true }, expected: { event: "CONSULT", status: "expected" } },
  { name: "'would blockade' is THREATEN", event: "COERCE", modality: { future: true }, expected: { event: "THREATEN", status: "future", intended: "COERCE" } },
  { name: "'may halt aid if ...' is THREATEN", event: "SANCTION", modality: { hypothetical: true, conditional: true }, expected: { event: "THREATEN", status: "hypothetical", intended: "SANCTION" } },
  { name: "'could attack' without a condition stays ASSAULT", event: "ASSAULT", modality: { hypothetical: true }, expected: { event: "ASSAULT", status: "hypothetical" } },
  { name: "'did not release' stays RETREAT, negated", event: "RETREAT", modality: { negated: true }, expected: { event: "RETREAT", status: "negated" } },
  { name: "'failed to agree' is REJECT", event: "AGREE", modality: { negated: true }, expected: { event: "REJECT", status: "factual", intended: "AGREE" } },
  { name: "'will not accept' is REJECT", event: "CONCEDE", modality: { negated: true, future: true }, expected: { event: "REJECT", status: "factual", intended: "CONCEDE" } },
  { name: "a bare noun 'the talks will ...' only gets a status", event: "CONSULT", modality: { future: true }, verbal: false, expected: { event: "CONSULT", status: "future" } },
  { name: "'previous talks' are historical", event: "CONSULT", modality: { past: true }, expected: { event: "CONSULT", status: "historical" } },
];

describe("recode", () => {
  it.each(ROWS)("$name", (row) => {
    const result = recode(row.event, null, { ...NONE, ...row.modality }, row.verbal ?? true);
    expect(result.event).toBe(row.expected.event);
    expect(result.status).toBe(row.expected.status);
    expect(result.intended?.event).toBe(row.expected.intended);
  });
});

describe("isHistorical", () => {
  it.each([
    { value: "2023-10-07", published: "2023-12-24", historical: true },
    { value: "2023-12-20", published: "2023-12-24", historical: false },
    { value: "2023-11", published: "2023-12-24", historical: false },
    { value: "1961", published: "2023-12-24", historical: true },
    { value: "2023-W52", published: "2023-12-24", historical: false },
    { value: "2023-10-07", published: null, historical: false },
  ])("$value published $published -> $historical", ({ value, published, historical }) => {
    expect(isHistorical(value, undefined, published)).toBe(historical);
  });
});
