import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { buildConceptMap, type ConceptMap, type MapNode } from "../../../src/engine/dashboard/concept-map";
import { labelWidth } from "../../../src/engine/dashboard/map-layout";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { studyVault } from "../../vaults/subject-folders-vault";

const index = VaultIndex.build(readVault("example-vault").files.map((f) => [f.path, f.text] as const));
const study = VaultIndex.build(Object.entries(studyVault()));

/** The box a node and its label take, as the view draws them (label 11 px under the circle). */
function box(node: MapNode): { left: number; right: number; top: number; bottom: number } {
  const half = Math.max(node.r, labelWidth(node.label) / 2);
  return { left: node.x - half, right: node.x + half, top: node.y - node.r, bottom: node.y + node.r + 15 };
}

function overlaps(map: ConceptMap): string[] {
  const out: string[] = [];
  map.nodes.forEach((a, i) => {
    for (const b of map.nodes.slice(i + 1)) {
      const [p, q] = [box(a), box(b)];
      if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) out.push(`${a.label} × ${b.label}`);
    }
  });
  return out;
}

describe("concept map", () => {
  it("takes the most mentioned concepts as nodes, inside the frame with their labels", () => {
    const map = buildConceptMap(index, { maxNodes: 10, width: 600, height: 400 });
    expect(map.nodes).toHaveLength(10);
    expect(map.nodes[0]?.name).toBe("Container");
    for (const node of map.nodes) {
      const b = box(node);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(600);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(400);
    }
  });

  it.each([360, 640, 1000])("keeps thirty labels apart on a plane %i wide", (width) => {
    const map = buildConceptMap(study, { width });
    expect(map.nodes).toHaveLength(30);
    expect(map.width).toBe(width);
    expect(overlaps(map)).toEqual([]);
  });

  it.each([360, 800])("labels nodes as the caller asks, and makes room for longer labels (%i wide)", (width) => {
    const label = (id: string, name: string): string => {
      const ko = study.concepts.get(id)?.ko[0];
      return ko ? `${ko} (${name})` : name;
    };
    const korean = buildConceptMap(study, { width, label });
    expect(korean.nodes.find((n) => n.id === "kubernetes")?.label).toBe("쿠버네티스 (Kubernetes)");
    expect(overlaps(korean)).toEqual([]);
    expect(korean.height).toBeGreaterThan(buildConceptMap(study, { width }).height);
  });

  it("draws relations and co-mentions only between nodes on the map, relations with their direction", () => {
    const map = buildConceptMap(index, { maxNodes: 8 });
    const ids = new Set(map.nodes.map((n) => n.id));
    expect(map.edges.length).toBeGreaterThan(0);
    for (const edge of map.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    const relation = map.edges.find((e) => e.curated && [e.from, e.to].sort().join() === "container,kubernetes");
    expect(relation?.relation).toMatchObject({ kind: "orchestrates", source: "kubernetes", target: "container" });
  });

  it("leaves out co-mentions under the threshold, never a curated relation", () => {
    const all = buildConceptMap(study, { minWeight: 1 });
    const strong = buildConceptMap(study, { minWeight: 8 });
    expect(all.minWeight).toBe(1);
    expect(strong.edges.length).toBeLessThan(all.edges.length);
    expect(strong.edges.every((e) => e.curated || e.weight >= 8)).toBe(true);
    expect(strong.edges.filter((e) => e.curated)).toEqual(all.edges.filter((e) => e.curated).map((e) => strong.edges.find((s) => s.from === e.from && s.to === e.to)));
    expect(all.maxWeight).toBeGreaterThanOrEqual(8);
    // By default, the strongest few dozen co-mentions: here fewer than that exist, so all of them.
    const byDefault = buildConceptMap(study);
    expect(byDefault.edges.filter((e) => !e.curated).length).toBeLessThanOrEqual(45);
    expect(byDefault.edges).toEqual(all.edges);
  });

  it("lays out the same vault the same way every time", () => {
    expect(buildConceptMap(study)).toEqual(buildConceptMap(study));
  });

  it("narrows to the notes in scope", () => {
    const map = buildConceptMap(index, { scope: new Set(["회의록 - 배포 파이프라인.md"]) });
    const meeting = index.note("회의록 - 배포 파이프라인.md");
    expect(map.nodes.every((n) => meeting?.concepts.some((c) => c.conceptId === n.id))).toBe(true);
  });
});
