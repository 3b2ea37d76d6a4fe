/**
 * Fetching an article by URL. Off by default in the API; the CLI fetches what the user
 * names. Refuses private, loopback and link-local addresses unless allowed, so a URL
 * submitted by someone else cannot make Dossier probe the local network.
 */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

export interface FetchOptions {
  /** Allow loopback / private / link-local targets (tests, intranets). Default false. */
  allowPrivate?: boolean;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  /** Time limit for the whole request, in ms. */
  timeoutMs?: number;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 6) {
    const a = address.toLowerCase();
    if (a === "::1" || a === "::") return true;
    if (a.startsWith("fc") || a.startsWith("fd") || a.startsWith("fe80")) return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
    return mapped ? isPrivateAddress(mapped[1]!) : false;
  }
  const [a = 0, b = 0] = address.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

/** Downloads a page's bytes, or throws an Error whose message says what went wrong. */
export async function fetchUrl(url: string, options: FetchOptions & { maxBytes: number }): Promise<Uint8Array> {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error(`fetch: only http and https URLs are fetched, not ${parsed.protocol}`);
  }
  if (!options.allowPrivate) {
    const host = parsed.hostname.replace(/^\[|\]$/g, "");
    const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((r) => r.address);
    const blocked = addresses.find(isPrivateAddress);
    if (blocked) throw new Error(`fetch: ${parsed.hostname} resolves to a private address (${blocked}); refused`);
  }
  const response = await fetch(url, {
    signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS),
    redirect: "follow",
    headers: { "user-agent": "Dossier/0.1 (+news analysis)" },
  });
  if (!response.ok) throw new Error(`fetch: HTTP ${response.status} ${response.statusText}`);
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > options.maxBytes) throw new Error(`fetch: body of ${declared} bytes exceeds the ${options.maxBytes}-byte limit`);
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.length > options.maxBytes) throw new Error(`fetch: body of ${body.length} bytes exceeds the ${options.maxBytes}-byte limit`);
  return body;
}
