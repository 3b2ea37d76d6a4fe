/**
 * Who may write. Reads are open; writes need the server's token (`DOSSIER_TOKEN`,
 * sent as `Authorization: Bearer <token>`). Without a token, writes are accepted from
 * this machine only, and only when they cannot come from another web site: a page
 * open in the analyst's browser could otherwise post to a loopback server (CSRF), or
 * reach it under its own host name (DNS rebinding).
 */
import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import { ApiError } from "./errors.js";

const LOOPBACK_ADDRESSES = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function isLoopbackAddress(address: string): boolean {
  return LOOPBACK_ADDRESSES.has(address) || address.startsWith("127.");
}

/** An onRequest hook that lets a write through or raises 401 / 403 with the reason. */
export function writeGuard(token: string | undefined): onRequestAsyncHookHandler {
  return async (request) => {
    if (token) return checkToken(request, token);
    if (!isLoopbackAddress(request.ip)) {
      throw new ApiError(403, "forbidden", "writes from other machines need a token: start the server with DOSSIER_TOKEN set and send Authorization: Bearer <token>");
    }
    checkSameSite(request);
  };
}

function checkToken(request: FastifyRequest, token: string): void {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) throw new ApiError(401, "unauthorized", "this server needs a token for writes: send Authorization: Bearer <token>");
  if (!sameSecret(match[1]!, token)) throw new ApiError(403, "forbidden", "the token does not match the server's DOSSIER_TOKEN");
}

/** Constant-time comparison, so the response time does not reveal how much of a guess was right. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function checkSameSite(request: FastifyRequest): void {
  const host = (request.headers.host ?? "").toLowerCase();
  const hostname = host.replace(/:\d+$/, "");
  if (!LOOPBACK_HOSTS.has(hostname)) {
    throw new ApiError(403, "forbidden", `writes without a token must address the server as localhost or 127.0.0.1, not "${host}"`);
  }
  // Browsers send Origin on cross-origin posts and Sec-Fetch-Site on all of them.
  const origin = request.headers.origin;
  if (origin !== undefined && !sameHost(origin, host)) {
    throw new ApiError(403, "forbidden", `writes from another site (${origin}) are refused`);
  }
  const fetchSite = request.headers["sec-fetch-site"];
  if (fetchSite === "cross-site" || fetchSite === "same-site") {
    throw new ApiError(403, "forbidden", "writes from another site are refused");
  }
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host.toLowerCase() === host;
  } catch {
    return false;
  }
}
