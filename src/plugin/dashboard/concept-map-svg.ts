import type { ConceptMap } from "../../engine/dashboard/concept-map";

/**
 * Draws the concept map as SVG: edges first (curated relations solid, co-mentions dashed), then
 * the nodes as circles sized by mentions, each a button that opens the concept's panel.
 */
export function renderConceptMap(parent: HTMLElement, map: ConceptMap, onPick: (conceptId: string) => void): void {
  const svg = parent.createSvg("svg", {
    cls: "ldn-map",
    attr: { viewBox: `0 0 ${map.width} ${map.height}`, role: "img", "aria-label": "Concept map" },
  });
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  for (const edge of map.edges) {
    const a = byId.get(edge.from);
    const b = byId.get(edge.to);
    if (!a || !b) continue;
    svg.createSvg("line", {
      cls: edge.curated ? "ldn-map-edge is-curated" : "ldn-map-edge",
      attr: { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": Math.min(1 + edge.weight / 2, 5) },
    });
  }
  for (const node of map.nodes) {
    const group = svg.createSvg("g", { cls: "ldn-map-node", attr: { tabindex: 0, role: "button", "aria-label": `${node.name}, ${node.mentions}`, "data-concept": node.id } });
    group.createSvg("circle", { attr: { cx: node.x, cy: node.y, r: node.r } });
    group.createSvg("text", { attr: { x: node.x, y: node.y + node.r + 12, "text-anchor": "middle" } }).textContent = node.name;
    group.addEventListener("click", () => onPick(node.id));
    group.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") onPick(node.id);
    });
  }
}
