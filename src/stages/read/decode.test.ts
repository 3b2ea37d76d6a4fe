import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);
function utf16le(s: string, bom = true): Uint8Array {
  const body = Buffer.from(s, "utf16le");
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
}
function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
}

describe("decodeBytes: text it decodes", () => {
  it.each([
    { name: "UTF-8", input: utf8("Talks in Cairo — “progress”"), content: "Talks in Cairo — “progress”", encoding: "utf-8" },
    { name: "UTF-8 with BOM", input: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Doha")]), content: "Doha", encoding: "utf-8" },
    { name: "UTF-16 LE with BOM", input: utf16le("Envoy’s visit"), content: "Envoy’s visit", encoding: "utf-16le" },
    { name: "UTF-16 BE with BOM", input: utf16be("Envoy’s visit"), content: "Envoy’s visit", encoding: "utf-16be" },
    { name: "UTF-16 LE without BOM", input: utf16le("A plain ASCII article text", false), content: "A plain ASCII article text", encoding: "utf-16le" },
    // "café “talks”" in Windows-1252: é = E9, curly quotes = 93/94
    { name: "Windows-1252", input: bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x74, 0x61, 0x6c, 0x6b, 0x73, 0x94), content: "café “talks”", encoding: "windows-1252" },
  ])("$name", ({ input, content, encoding }) => {
    expect(decodeBytes(input)).toEqual({ ok: true, content, encoding });
  });
});

describe("decodeBytes: input it refuses, with the reason", () => {
  it.each([
    { name: "empty", input: bytes(), reason: /empty/ },
    { name: "NUL bytes", input: bytes(0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01, 0x02, 0x41, 0x42), reason: /binary/ },
    { name: "PDF", input: utf8("%PDF-1.7 ..."), reason: /PDF/ },
    { name: "PNG", input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), reason: /PNG/ },
    // valid "é" (C3 A9) next to a truncated sequence (C3 28): damaged UTF-8, not cp1252
    { name: "invalid UTF-8", input: bytes(0x63, 0xc3, 0xa9, 0x20, 0xc3, 0x28, 0x61), reason: /invalid UTF-8 at byte 4/ },
    { name: "undefined cp1252 bytes", input: bytes(0x61, 0x81, 0x62, 0x8d), reason: /unknown encoding/ },
  ])("$name", ({ input, reason }) => {
    const result = decodeBytes(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
