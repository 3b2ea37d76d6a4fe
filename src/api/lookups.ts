/**
 * Finding the story or actor a request names, with the API's errors: 404 for one that
 * does not exist, 400 for a name that fits several. The facade throws plain errors for
 * both; the routes look up here first so that clients get the right status.
 */
import type { Dossier } from "../dossier.js";
import type { Actor } from "../stages/link/actors/index.js";
import type { Story } from "../stages/link/stories/index.js";
import { ApiError } from "./errors.js";

const STORY_PREFIX = "story:";

/**
 * The story with this id, also written without its "story:" prefix or shortened to a
 * unique prefix (as article ids may be).
 *
 * @example await findStory(dossier, "3308b4") // the story "story:3308b46e8dff"
 */
export async function findStory(dossier: Dossier, id: string): Promise<Story> {
  const wanted = (id.startsWith(STORY_PREFIX) ? id : STORY_PREFIX + id).toLowerCase();
  const exact = await dossier.storyById(wanted);
  if (exact) return exact;
  const matches = (await dossier.stories()).filter((s) => s.id.startsWith(wanted));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new ApiError(404, "not_found", `no story "${id}"; GET /api/stories lists them`);
  throw new ApiError(400, "bad_request", `"${id}" is the start of several story ids (${matches.map((s) => s.id).join(", ")}); give more of it`);
}

/** The actor with this id, canonical name or name variant (case-insensitive). */
export async function findActor(dossier: Dossier, query: string): Promise<Actor> {
  try {
    return await dossier.actor(query);
  } catch (error) {
    throw actorError(error);
  }
}

/**
 * Linker.findActor and the resolver say "no actor" / "names several" / why a correction
 * is refused in their messages (coupled to src/stages/link/index.ts and
 * actors/resolver.ts): an unknown actor is a 404, the rest is the request's fault.
 */
export function actorError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const message = error.message.replace(/^actors?(?: resolver)?: /, "");
  if (/^no actor named/.test(message) || /unknown id/.test(message)) return new ApiError(404, "not_found", message.replace(/\(see `dossier actors`\)/, "(GET /api/actors lists them)"));
  if (error.message.startsWith("actors: ") || error.message.startsWith("actor resolver: ")) return new ApiError(400, "bad_request", message);
  return error;
}
