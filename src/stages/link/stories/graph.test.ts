import { describe, expect, it } from "vitest";
import { NeighbourGraph } from "./graph.js";

const link = (id: string, similarity: number) => ({ id, similarity });

describe("NeighbourGraph.offer", () => {
  const rows: Array<{ name: string; share: number; start: Array<{ id: string; similarity: number }>; offer: number; accepted: boolean; dropped: string[]; after: string[] }> = [
    { name: "fills a free place", share: 0, start: [link("a", 0.5)], offer: 0.3, accepted: true, dropped: [], after: ["a", "new"] },
    { name: "refuses a link weaker than a full list's weakest", share: 0, start: [link("a", 0.5), link("b", 0.4)], offer: 0.3, accepted: false, dropped: [], after: ["a", "b"] },
    { name: "pushes out the weakest of a full list", share: 0, start: [link("a", 0.5), link("b", 0.4)], offer: 0.45, accepted: true, dropped: ["b"], after: ["a", "new"] },
    { name: "refuses a spare-place link under the share of the best", share: 0.5, start: [link("a", 0.8)], offer: 0.3, accepted: false, dropped: [], after: ["a"] },
    { name: "a new best drops links now under the share of it", share: 0.5, start: [link("a", 0.4), link("b", 0.3)], offer: 0.9, accepted: true, dropped: ["b", "a"], after: ["new"] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const graph = new NeighbourGraph(2, row.share);
      graph.addNode("node", row.start);
      const offer = graph.offer("node", link("new", row.offer));
      expect(offer).toEqual({ accepted: row.accepted, dropped: row.dropped });
      expect(graph.links("node").map((l) => l.id)).toEqual(row.after);
    });
  }
});

describe("NeighbourGraph.separated", () => {
  // a - b - c    d - e      (links listed on either end count both ways)
  const graph = new NeighbourGraph(2);
  graph.addNode("a", []);
  graph.addNode("b", [link("a", 0.5)]);
  graph.addNode("c", [link("b", 0.5)]);
  graph.addNode("d", []);
  graph.addNode("e", [link("d", 0.5)]);
  const rows: Array<{ a: string; b: string; side: string[] | null }> = [
    { a: "a", b: "c", side: null },
    { a: "c", b: "a", side: null },
    { a: "a", b: "d", side: ["d", "e"] },
    { a: "e", b: "b", side: ["d", "e"] },
  ];
  for (const row of rows) {
    it(`${row.a} and ${row.b}: ${row.side ? "apart" : "connected"}`, () => {
      const apart = graph.separated(row.a, row.b);
      expect(apart === null ? null : [...apart.side].sort()).toEqual(row.side);
    });
  }
});
