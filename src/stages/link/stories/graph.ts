/**
 * The neighbour graph behind the stories: each article keeps links to its k most
 * similar articles (above the link threshold), whichever came first; a story is a
 * connected component of the links taken both ways.
 *
 * Because an article's list is updated when a closer article arrives later, the graph
 * at any moment is the k-nearest-neighbour graph of the articles seen so far, whatever
 * their order: the first report of a new event, linked at first to a similar older
 * event for want of anything better, drops that link once reports of its own event
 * arrive, and its story splits off.
 */

export interface Link {
  id: string;
  similarity: number;
}

interface GraphNode {
  /** The node's own best links, most similar first, at most k. */
  out: Link[];
  /** Nodes whose own lists hold this node. */
  inbound: Set<string>;
}

/** What offering a new neighbour to a node changed. */
export interface Offer {
  accepted: boolean;
  /** Neighbours pushed out of the node's list (by a closer one, or now too weak next to it). */
  dropped: string[];
}

export class NeighbourGraph {
  private readonly nodes = new Map<string, GraphNode>();

  /**
   * @param k links kept per node
   * @param share a link beyond a node's best is kept only while at least this share of the best
   */
  constructor(
    private readonly k: number,
    private readonly share: number = 0,
  ) {}

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds a node with its own links (best first; the first k within `share` of the best are kept). */
  addNode(id: string, out: Link[]): void {
    const best = out[0]?.similarity ?? 0;
    const links = out.slice(0, this.k).filter((l) => l.similarity >= this.share * best);
    this.nodes.set(id, { out: links, inbound: this.nodes.get(id)?.inbound ?? new Set() });
    for (const link of links) this.node(link.id).inbound.add(id);
  }

  /** Offers `link` to the list of `id`: accepted when it beats the weakest link or fills a free place. */
  offer(id: string, link: Link): Offer {
    const node = this.node(id);
    const best = Math.max(node.out[0]?.similarity ?? 0, link.similarity);
    const weakest = node.out[this.k - 1];
    const full = node.out.length >= this.k && weakest !== undefined && link.similarity <= weakest.similarity;
    if (full || link.similarity < this.share * best) return { accepted: false, dropped: [] };
    const at = node.out.findIndex((l) => l.similarity < link.similarity);
    node.out.splice(at === -1 ? node.out.length : at, 0, link);
    this.node(link.id).inbound.add(id);
    const dropped: string[] = [];
    while (node.out.length > this.k || node.out[node.out.length - 1]!.similarity < this.share * best) {
      const gone = node.out.pop()!.id;
      this.node(gone).inbound.delete(id);
      dropped.push(gone);
    }
    return { accepted: true, dropped };
  }

  /** Removes every link to and from a node (kept as an isolated node); returns the nodes it was linked with. */
  detach(id: string): string[] {
    const node = this.node(id);
    const former = new Set([...node.out.map((l) => l.id), ...node.inbound]);
    for (const link of node.out) this.node(link.id).inbound.delete(id);
    for (const from of node.inbound) {
      const other = this.node(from);
      other.out = other.out.filter((l) => l.id !== id);
    }
    node.out = [];
    node.inbound.clear();
    return [...former];
  }

  /** Own links of a node, best first. */
  links(id: string): readonly Link[] {
    return this.nodes.get(id)?.out ?? [];
  }

  /** True when either node lists the other. */
  linked(a: string, b: string): boolean {
    return this.links(a).some((l) => l.id === b) || this.links(b).some((l) => l.id === a);
  }

  /**
   * Whether `a` and `b` are still connected. Searches from both ends at once, one node
   * each in turn, so the cost is bounded by the smaller of the two components when
   * they are apart, and by the neighbourhood between them when they are not; never the
   * whole graph. Returns null when connected, else the complete component of the side
   * whose search ran out first (the smaller side, give or take a node).
   */
  separated(a: string, b: string): { side: Set<string>; holds: "a" | "b" } | null {
    const searches = [new Search(a, "a"), new Search(b, "b")];
    for (;;) {
      for (const [i, search] of searches.entries()) {
        const other = searches[1 - i]!;
        const next = search.step((id) => this.neighbours(id));
        if (next === null) return { side: search.seen, holds: search.label };
        if (next.some((id) => other.seen.has(id))) return null;
      }
    }
  }

  private neighbours(id: string): string[] {
    const node = this.node(id);
    return [...node.out.map((l) => l.id), ...node.inbound];
  }

  private node(id: string): GraphNode {
    let node = this.nodes.get(id);
    if (!node) {
      node = { out: [], inbound: new Set() };
      this.nodes.set(id, node);
    }
    return node;
  }
}

/** One side of the two-ended search in `separated`: breadth first. */
class Search {
  readonly seen: Set<string>;
  private readonly queue: string[];
  private head = 0;

  constructor(
    start: string,
    readonly label: "a" | "b",
  ) {
    this.seen = new Set([start]);
    this.queue = [start];
  }

  /** Expands one node; returns the nodes newly reached, or null when the side is exhausted. */
  step(neighbours: (id: string) => string[]): string[] | null {
    if (this.head >= this.queue.length) return null;
    const reached: string[] = [];
    for (const next of neighbours(this.queue[this.head++]!)) {
      if (this.seen.has(next)) continue;
      this.seen.add(next);
      this.queue.push(next);
      reached.push(next);
    }
    return reached;
  }
}
