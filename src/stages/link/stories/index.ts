/** Story clustering: see clusterer.ts. */
export { StoryClusterer, STORY_STATE_VERSION } from "./clusterer.js";
export { DEFAULT_STORY_OPTIONS } from "./options.js";
export type * from "./types.js";
