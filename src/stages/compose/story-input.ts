import type { Analysis } from "../analyze/types.js";
import type { Article } from "../extract/types.js";

/** What the story views read: each article with its analysis and its mentions' actor ids. */
export interface StoryArticle {
  article: Article;
  analysis: Analysis;
  /** Actor id of each entity mention (same order as analysis.mentions), from the link stage. */
  actorIds: string[];
}
