import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs } from "./index.js";
import type { ReadResult } from "./types.js";

async function collect(inputs: string[], options = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const r of readInputs(inputs, options)) results.push(r);
  return results;
}

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dossier-read-"));
  mkdirSync(path.join(dir, "nested", "deeper"), { recursive: true });
  writeFileSync(path.join(dir, "one.txt"), "A short report from Cairo.");
  writeFileSync(path.join(dir, "nested", "two.html"), "<html><body><p>Second report.</p></body></html>");
  writeFileSync(path.join(dir, "nested", "deeper", "three.md"), "# Third\n\nA third report.");
  writeFileSync(path.join(dir, "nested", "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0x00]));
  writeFileSync(path.join(dir, ".hidden.txt"), "not read");
  return dir;
}

describe("readInputs", () => {
  it("walks folders recursively, skipping hidden files and non-article extensions", async () => {
    const results = await collect([folder()]);
    const names = results.map((r) => (r.ok ? path.basename(r.document.origin.location) : "FAIL"));
    expect(names).toEqual(["three.md", "two.html", "one.txt"].sort((a, b) => names.indexOf(a) - names.indexOf(b)));
    expect(names.sort()).toEqual(["one.txt", "three.md", "two.html"]);
    const formats = Object.fromEntries(results.map((r) => (r.ok ? [path.basename(r.document.origin.location), r.document.format] : ["", ""])));
    expect(formats).toEqual({ "one.txt": "text", "two.html": "html", "three.md": "markdown" });
  });

  it("reads a named file whatever its extension, and reports the reason for bad ones", async () => {
    const dir = folder();
    const results = await collect([path.join(dir, "nested", "photo.jpg"), path.join(dir, "missing.txt")]);
    expect(results.map((r) => (r.ok ? "ok" : r.failure.reason))).toEqual([expect.stringMatching(/JPEG/), "no such file or folder"]);
  });

  it("reads JSONL line by line, keeping each line's origin and reporting a broken line", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dossier-jsonl-"));
    const file = path.join(dir, "feed.jsonl");
    writeFileSync(file, [JSON.stringify({ text: "First.", outlet: "Gulf Monitor", published: "2024-05-01" }), "{not json", "", JSON.stringify({ html: "<p>Third.</p>", url: "https://example.org/a" }), JSON.stringify({ title: "no body" })].join("\n"));
    const results = await collect([file], { supplied: { outlet: "Overridden Outlet" } });
    expect(results.map((r) => (r.ok ? r.document.origin.line : `fail:${r.failure.origin.line}`))).toEqual([1, "fail:2", 4, "fail:5"]);
    const first = results[0]!;
    if (!first.ok) throw new Error("expected a document");
    expect(first.document.supplied.feed).toEqual({ outlet: "Gulf Monitor", published: "2024-05-01" });
    expect(first.document.supplied.user).toEqual({ outlet: "Overridden Outlet" });
    expect(new TextDecoder().decode(first.document.raw)).toContain("Gulf Monitor");
    const third = results[2]!;
    expect(third.ok && third.document.format).toBe("html");
  });

  it("refuses a 50 MB file that is not JSONL, and streams a large JSONL file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dossier-big-"));
    const big = path.join(dir, "big.txt");
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, "word "));
    const [bigResult] = await collect([big]);
    expect(bigResult!.ok ? "ok" : bigResult!.failure.reason).toMatch(/too large for one article: 50\.0 MB/);

    const feed = path.join(dir, "big.jsonl");
    const line = JSON.stringify({ text: "x ".repeat(500) });
    writeFileSync(feed, Array.from({ length: 30 }, () => line).join("\n"));
    const streamed = await collect([feed], { maxArticleBytes: 2048 });
    expect(streamed).toHaveLength(30);
    expect(streamed.every((r) => r.ok)).toBe(true);
  });

  it("reads standard input for -", async () => {
    const results = await collect(["-"], { readStdin: async () => new TextEncoder().encode("Piped article text.") });
    expect(results[0]!.ok && results[0]!.document.origin).toEqual({ kind: "stdin", location: "stdin" });
  });

  it("reports an empty file and a file of white space", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dossier-empty-"));
    writeFileSync(path.join(dir, "empty.txt"), "");
    writeFileSync(path.join(dir, "blank.txt"), "  \n\n ");
    const results = await collect([path.join(dir, "empty.txt"), path.join(dir, "blank.txt")]);
    expect(results.map((r) => (r.ok ? "ok" : r.failure.reason))).toEqual([expect.stringMatching(/empty/), expect.stringMatching(/white space/)]);
  });

  it("refuses to fetch loopback URLs unless allowed", async () => {
    const [result] = await collect(["http://127.0.0.1:9/article"]);
    expect(result!.ok ? "ok" : result!.failure.reason).toMatch(/private address/);
  });
});
