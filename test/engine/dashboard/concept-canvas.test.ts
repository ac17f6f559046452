import { describe, expect, it } from "vitest";
import { CANVAS_MARKER_ID, canvasText, conceptMapCanvas, isConceptMapCanvas, type CanvasData } from "../../../src/engine/dashboard/concept-canvas";
import { buildConceptMap } from "../../../src/engine/dashboard/concept-map";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { studyVault } from "../../vaults/subject-folders-vault";

const index = VaultIndex.build(Object.entries(studyVault()));
const map = buildConceptMap(index, { width: 800 });
const options = {
  notePath: (id: string) => index.conceptNote(id),
  relationLabel: (kind: string) => kind.replace(/-/g, " "),
  title: "Concept map · Linked DevOps Notes",
  detail: (node: { mentions: number }) => `${node.mentions} mentions`,
};
const canvas = conceptMapCanvas(map, options);
const SIDES = ["top", "right", "bottom", "left"];

/** What JSON Canvas 1.0 requires of every node and edge. */
function specProblems(data: CanvasData): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const node of data.nodes) {
    if (ids.has(node.id)) problems.push(`duplicate id ${node.id}`);
    ids.add(node.id);
    for (const key of ["x", "y", "width", "height"] as const) if (!Number.isInteger(node[key])) problems.push(`${node.id}.${key} is not an integer`);
    if (node.type === "file" && typeof node.file !== "string") problems.push(`${node.id} has no file`);
    if (node.type === "text" && typeof node.text !== "string") problems.push(`${node.id} has no text`);
    if (!["text", "file", "group", "link"].includes(node.type)) problems.push(`${node.id} has type ${node.type}`);
  }
  for (const edge of data.edges) {
    if (ids.has(edge.id)) problems.push(`duplicate id ${edge.id}`);
    ids.add(edge.id);
    if (!data.nodes.some((n) => n.id === edge.fromNode) || !data.nodes.some((n) => n.id === edge.toNode)) problems.push(`${edge.id} joins a missing node`);
    for (const side of [edge.fromSide, edge.toSide]) if (side !== undefined && !SIDES.includes(side)) problems.push(`${edge.id} side ${side}`);
  }
  return problems;
}

describe("the concept map as a canvas", () => {
  it("follows JSON Canvas 1.0: unique ids, whole-pixel boxes, edges between its nodes", () => {
    expect(specProblems(canvas)).toEqual([]);
    expect(JSON.parse(canvasText(canvas))).toEqual(canvas);
  });

  it("puts the frame first, under every card, and around all of them", () => {
    const [group, ...cards] = canvas.nodes;
    expect(group).toMatchObject({ id: CANVAS_MARKER_ID, type: "group", label: "Concept map · Linked DevOps Notes" });
    for (const card of cards) {
      expect(card.x).toBeGreaterThanOrEqual(group?.x ?? 0);
      expect(card.y).toBeGreaterThanOrEqual(group?.y ?? 0);
      expect(card.x + card.width).toBeLessThanOrEqual((group?.x ?? 0) + (group?.width ?? 0));
      expect(card.y + card.height).toBeLessThanOrEqual((group?.y ?? 0) + (group?.height ?? 0));
    }
    expect(cards).toHaveLength(map.nodes.length);
  });

  it("shows concepts with a note as the note itself, the others as text", () => {
    const files = canvas.nodes.filter((n) => n.type === "file").map((n) => n.file);
    expect(files).toEqual(expect.arrayContaining(["Concepts/Kubernetes.md", "Concepts/Ingress.md"]));
    expect(files.every((file) => file !== undefined && index.note(file) !== undefined)).toBe(true);
    const texts = canvas.nodes.filter((n) => n.type === "text");
    expect(texts.length).toBe(map.nodes.filter((n) => index.conceptNote(n.id) === undefined).length);
    expect(texts[0]?.text).toMatch(/^\*\*.+\*\*\n\d+ mentions$/);
  });

  it("draws relations as labelled arrows in their direction, co-mentions as plain lines", () => {
    const relations = canvas.edges.filter((e) => e.toEnd === "arrow");
    expect(relations.length).toBe(map.edges.filter((e) => e.curated).length);
    const nodeOf = (conceptId: string) => canvas.nodes.find((n) => n.type === "file" ? n.file === index.conceptNote(conceptId) : n.text?.includes(`**${map.nodes.find((m) => m.id === conceptId)?.label}**`));
    const ingress = relations.find((e) => e.fromNode === nodeOf("ingress")?.id && e.toNode === nodeOf("kubernetes")?.id);
    expect(ingress?.label).toBe("part of");
    expect(canvas.edges.filter((e) => e.toEnd === "none").every((e) => /^\d+$/.test(e.label ?? ""))).toBe(true);
  });

  it("tells a map it wrote from any other canvas", () => {
    expect(isConceptMapCanvas(canvasText(canvas))).toBe(true);
    expect(isConceptMapCanvas(JSON.stringify({ nodes: [{ id: "abc", type: "text", text: "mine", x: 0, y: 0, width: 10, height: 10 }], edges: [] }))).toBe(false);
    expect(isConceptMapCanvas("")).toBe(false);
    expect(isConceptMapCanvas("{ not json")).toBe(false);
    expect(isConceptMapCanvas(JSON.stringify({ nodes: null }))).toBe(false);
  });

  it("is the same file for the same vault", () => {
    expect(canvasText(conceptMapCanvas(buildConceptMap(index, { width: 800 }), options))).toBe(canvasText(canvas));
  });
});
