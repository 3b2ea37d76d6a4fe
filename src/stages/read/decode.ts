/**
 * Byte sniffing and decoding. Articles come from the open web and from people's
 * disks: UTF-8 (with or without BOM), UTF-16 with a BOM (Windows "Unicode" saves),
 * and Windows-1252 / Latin-1 from older CMSs. Anything else is reported, not guessed.
 */
import type { RawDocument } from "./types.js";

export type DecodeResult =
  | { ok: true; content: string; encoding: RawDocument["encoding"] }
  | { ok: false; reason: string };

/** How much of the start of a file is inspected for binary content. */
const SNIFF_BYTES = 8192;
/** Share of control bytes (other than tab, CR, LF, FF) above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.02;
/** Bytes that Windows-1252 leaves undefined: a file containing them is not cp1252 text. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const MAGIC_NUMBERS: Array<{ bytes: number[]; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: "PDF document" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: "PNG image" },
  { bytes: [0xff, 0xd8, 0xff], name: "JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "GIF image" },
  { bytes: [0x1f, 0x8b], name: "gzip archive" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "ZIP archive (or Office document)" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: "ELF executable" },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes input bytes to text, or says why it cannot.
 *
 * @example decodeBytes(new TextEncoder().encode("héllo")) // { ok: true, content: "héllo", encoding: "utf-8" }
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: "empty input (0 bytes)" };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), "utf-16be");
  const magic = MAGIC_NUMBERS.find((m) => startsWith(bytes, m.bytes));
  if (magic) return { ok: false, reason: `binary file: looks like a ${magic.name}, not an article` };
  const bomless16 = sniffBomlessUtf16(bytes);
  if (bomless16) return decodeUtf16(bytes, bomless16);
  if (looksBinary(bytes)) return { ok: false, reason: "binary file: contains NUL or control bytes, not text" };
  const utf8 = decodeUtf8(bytes);
  if (utf8.ok) return utf8;
  if (hasValidUtf8Sequences(bytes)) {
    // Real UTF-8 multibyte characters next to broken ones: a damaged UTF-8 file, not cp1252.
    return utf8;
  }
  if (bytes.some((b) => CP1252_UNDEFINED.has(b))) {
    return { ok: false, reason: "invalid UTF-8, and bytes undefined in Windows-1252: unknown encoding" };
  }
  return { ok: true, content: decodeWindows1252(bytes), encoding: "windows-1252" };
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, euro...).
 * Mapped here because Node builds without full ICU decode "windows-1252" as Latin-1.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, content: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: `invalid UTF-8 at byte ${at}` };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodeResult {
  if (bytes.length % 2 !== 0) return { ok: false, reason: `invalid ${encoding}: odd number of bytes` };
  try {
    return { ok: true, content: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, reason: `invalid ${encoding}: broken surrogate pairs` };
  }
}

/** UTF-16 without a BOM shows as ASCII with a NUL in every other byte. */
function sniffBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.9 && evenNul === 0) return "utf-16le";
  if (evenNul > pairs * 0.9 && oddNul === 0) return "utf-16be";
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}

function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
  if (need < 0 || b > 0xf4) return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
  }
  return need + 1;
}

function hasValidUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) return true;
  }
  return false;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length - 1;
  }
  return -1;
}
