/**
 * Inverted index from a feature key to the articles indexed under it, each list capped
 * to its most recent articles: a look-up costs at most the cap however many articles
 * are stored. An old article evicted from a crowded list is still found through its
 * rarer keys, and an old article is the one a new report is least likely to follow.
 */
export class Postings {
  /** Key -> article ids, oldest first (Set keeps insertion order). */
  private readonly lists = new Map<string, Set<string>>();

  constructor(private readonly maxArticles: number) {}

  add(key: string, articleId: string): void {
    let list = this.lists.get(key);
    if (!list) {
      list = new Set();
      this.lists.set(key, list);
    }
    list.add(articleId);
    if (list.size > this.maxArticles) list.delete(list.values().next().value!);
  }

  lookup(key: string): ReadonlySet<string> {
    return this.lists.get(key) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
