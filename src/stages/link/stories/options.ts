/**
 * Default options of the story clusterer, each with the reason for its value.
 * Figures quoted come from the ECB+ story task (src/eval/tasks/stories.ts, all topics
 * mixed): they were read off the similarity distributions, then checked on three
 * shuffled orders, not tuned one value at a time to the best F1.
 */
import { requireInRange, requirePositiveIntegers } from "../options.js";
import type { StoryOptions } from "./types.js";

/**
 * 0.2: on ECB+, pairs of articles about one event have a median similarity of 0.38 and
 * a 10th percentile of 0.21; pairs about a similar but different event (the other half
 * of a topic: another earthquake on the same island) a median of 0.11 but a 90th
 * percentile of 0.31. So the threshold only keeps weak links out; keeping each
 * article's two best links (NEIGHBOURS) does the rest. 0.15 to 0.25 score within 0.005.
 */
export const LINK_THRESHOLD = 0.2;

/**
 * Two links per article: with one, each article's single best partner forms small
 * trees and stories fall apart (B-cubed recall 0.49 on ECB+); with three, a report links
 * to a similar event's reports as soon as its own event has two (precision 0.82). With
 * two, 98% of the links join reports of one event.
 */
export const NEIGHBOURS = 2;

/**
 * A second link must be at least half as strong as the article's best: otherwise the
 * spare place goes to whatever older article is least unlike it, and a young story of
 * one or two reports hangs on an older similar story through it (on ECB+ the rule
 * changes F1 by less than 0.005; on the tests' two Valmora strikes it is what keeps
 * them apart once dates are close).
 */
export const SECOND_LINK_SHARE = 0.5;

/**
 * 0.6 content words (with months), 0.4 names: names tell apart events of one kind
 * (Klitschko-Rahman from Klitschko-Thompson), words tell apart what happened to one
 * name; on ECB+ any weight from 0.4 to 0.8 scores within 0.01 F1.
 */
export const TEXT_WEIGHT = 0.6;

/**
 * The headline counts as one more sentence of the text (the body does not repeat it).
 * On ECB+ weights from 0.5 to 1.5 score within 0.005; without the headline, articles
 * whose body is a line or two have almost nothing to link by.
 */
export const TITLE_WEIGHT = 1;

/**
 * A week of grace, then a half-life of 30 days, floored at a quarter: reports of one
 * round of talks come out over days and a follow-up weeks later still links (decay
 * 0.7 after three weeks); articles months or a year apart link only when nearly the
 * same text (similarity 0.8 and more), so a new round of talks on the same subject
 * opens a new story. ECB+ puts trials a year after a crime in the crime's story: there
 * this decay costs 0.006 F1 against none at all.
 */
export const GRACE_DAYS = 7;
export const HALF_LIFE_DAYS = 30;
export const DECAY_FLOOR = 0.25;

/**
 * An undated article and a dated one: the gap between them may be a day or a year, so
 * their similarity takes the decay of a gap a week past the grace period, not none. An
 * undated report of one event otherwise links as readily to another event of the same
 * kind months away as to its own. On ECB+ (its `ecb` half is undated) story B-cubed F1
 * over 8 orders: 0.899 with 1 (no decay), 0.903 with 0.9, 0.906 with 0.8 to 0.85, 0.899
 * with 0.75, 0.893 with 0.7.
 */
export const UNDATED_DECAY = 0.85;

/** 150 terms and 50 names hold nearly all of an article's weight: keeping every key scores the same on ECB+, 75 terms 0.01 less. */
export const MAX_ARTICLE_TERMS = 150;
export const MAX_ARTICLE_NAMES = 50;

/**
 * Index and look up by the 30 rarest terms and 15 rarest names: an article's own event
 * shows in its rare words (15 or 60 terms, 20 or 200 candidates: same figures on ECB+).
 */
export const INDEX_TERMS = 30;
export const INDEX_NAMES = 15;

/** 200 most recent articles per key, 50 candidates compared: bounds the work per article. */
export const MAX_POSTING_ARTICLES = 200;
export const MAX_CANDIDATES = 50;

/**
 * 20 imaginary articles in the IDF: with only a handful of articles seen, every shared
 * word would otherwise look common and every rare word decisive.
 */
export const IDF_PRIOR_DOCUMENTS = 20;

export const DEFAULT_STORY_OPTIONS: Required<StoryOptions> = {
  linkThreshold: LINK_THRESHOLD,
  neighbours: NEIGHBOURS,
  secondLinkShare: SECOND_LINK_SHARE,
  textWeight: TEXT_WEIGHT,
  titleWeight: TITLE_WEIGHT,
  graceDays: GRACE_DAYS,
  halfLifeDays: HALF_LIFE_DAYS,
  decayFloor: DECAY_FLOOR,
  undatedDecay: UNDATED_DECAY,
  maxArticleTerms: MAX_ARTICLE_TERMS,
  maxArticleNames: MAX_ARTICLE_NAMES,
  indexTerms: INDEX_TERMS,
  indexNames: INDEX_NAMES,
  maxPostingArticles: MAX_POSTING_ARTICLES,
  maxCandidates: MAX_CANDIDATES,
  idfPriorDocuments: IDF_PRIOR_DOCUMENTS,
};

/** Checks every option up front, so a bad configuration fails at construction, not mid-stream. */
export function validateStoryOptions(options: Required<StoryOptions>): Required<StoryOptions> {
  const owner = "StoryClusterer";
  requirePositiveIntegers(owner, options, [
    "neighbours",
    "maxArticleTerms",
    "maxArticleNames",
    "indexTerms",
    "indexNames",
    "maxPostingArticles",
    "maxCandidates",
  ]);
  requireInRange(owner, options, ["linkThreshold", "textWeight", "decayFloor", "undatedDecay", "secondLinkShare"], { min: 0, max: 1 });
  requireInRange(owner, options, ["titleWeight", "graceDays", "idfPriorDocuments"], { min: 0 });
  requireInRange(owner, options, ["halfLifeDays"], { min: 0, minExclusive: true });
  return options;
}
