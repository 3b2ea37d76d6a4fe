import type { AnalysisField, AnalysisParts } from "../analyze/types.js";
import type { Article } from "../extract/types.js";

/**
 * What the story views read: each article with its analysis and its mentions' actor ids.
 * `F` names the analysis parts a view reads; a large story's analyses are tens of MB of
 * JSON, and the timeline, for one, reads only the mentions and the events.
 */
export interface StoryArticle<F extends AnalysisField = AnalysisField> {
  article: Article;
  analysis: AnalysisParts<F>;
  /** Actor id of each entity mention (same order as analysis.mentions), from the link stage. */
  actorIds: string[];
}
