import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { buildConceptMap } from "../../../src/engine/dashboard/concept-map";
import { VaultIndex } from "../../../src/engine/index/vault-index";

const index = VaultIndex.build(readVault("example-vault").files.map((f) => [f.path, f.text] as const));

describe("concept map", () => {
  it("takes the most mentioned concepts as nodes, inside the frame", () => {
    const map = buildConceptMap(index, { maxNodes: 10, width: 600, height: 400 });
    expect(map.nodes).toHaveLength(10);
    expect(map.nodes[0]?.name).toBe("Container");
    for (const node of map.nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(0);
      expect(node.x + node.r).toBeLessThanOrEqual(600);
      expect(node.y - node.r).toBeGreaterThanOrEqual(0);
      expect(node.y + node.r).toBeLessThanOrEqual(400);
    }
  });

  it("draws relations and co-mentions only between nodes on the map", () => {
    const map = buildConceptMap(index, { maxNodes: 8 });
    const ids = new Set(map.nodes.map((n) => n.id));
    expect(map.edges.length).toBeGreaterThan(0);
    for (const edge of map.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    expect(map.edges.some((e) => e.curated && [e.from, e.to].sort().join() === "container,kubernetes")).toBe(true);
  });

  it("lays out the same vault the same way every time", () => {
    expect(buildConceptMap(index)).toEqual(buildConceptMap(index));
  });

  it("narrows to the notes in scope", () => {
    const map = buildConceptMap(index, { scope: new Set(["회의록 - 배포 파이프라인.md"]) });
    const meeting = index.note("회의록 - 배포 파이프라인.md");
    expect(map.nodes.every((n) => meeting?.concepts.some((c) => c.conceptId === n.id))).toBe(true);
  });
});
