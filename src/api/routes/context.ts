import type { Dossier } from "../../dossier.js";

/** What every route file gets: the facade, and the server's settings that routes need. */
export interface RouteContext {
  dossier: Dossier;
  /** Write token (DOSSIER_TOKEN); unset: writes from loopback only. */
  token: string | undefined;
  /** Requests per minute per client for writes (reads use the server-wide limit). */
  writesPerMinute: number;
}
