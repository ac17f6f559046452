import type { ConceptMap, MapEdge } from "../../engine/dashboard/concept-map";
import { t } from "../i18n/strings";

/**
 * Draws the concept map as SVG, edges in a group under the nodes' group (so a line never crosses
 * a circle or its label), curated relations solid and co-mentions dashed, each with a tooltip.
 * Nodes are buttons that open the concept. The view pans (drag, one finger) and zooms (wheel,
 * two fingers, the buttons) by moving the viewBox; a drag never counts as a click on a node.
 */

export interface MapControls {
  zoom(factor: number): void;
  fit(): void;
  /** The viewBox shown now: `x y width height`. */
  viewBox(): string;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 4;
/** Pixels a pointer must move before a press is a drag rather than a click. */
const DRAG_SLOP = 4;

export function renderConceptMap(parent: HTMLElement, map: ConceptMap, onPick: (conceptId: string) => void, describe: (edge: MapEdge) => string): MapControls {
  const svg = parent.createSvg("svg", {
    cls: "ldn-map",
    attr: { viewBox: `0 0 ${map.width} ${map.height}`, width: map.width, height: map.height, role: "group", "aria-label": t("conceptMap"), "data-nodes": map.nodes.length },
  });
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const maxWeight = Math.max(1, ...map.edges.map((edge) => edge.weight));
  const edges = svg.createSvg("g", { cls: "ldn-map-edges" });
  for (const edge of map.edges) {
    const a = byId.get(edge.from);
    const b = byId.get(edge.to);
    if (!a || !b) continue;
    const line = edges.createSvg("line", {
      cls: edge.curated ? "ldn-map-edge is-curated" : "ldn-map-edge is-co-mention",
      attr: { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": Math.round((1 + (3 * edge.weight) / maxWeight) * 10) / 10, "data-weight": edge.weight },
    });
    line.createSvg("title").textContent = describe(edge);
  }
  const nodes = svg.createSvg("g", { cls: "ldn-map-nodes" });
  let dragged = false;
  for (const node of map.nodes) {
    const group = nodes.createSvg("g", { cls: "ldn-map-node", attr: { tabindex: 0, role: "button", "aria-label": `${node.label}, ${node.mentions}`, "data-concept": node.id } });
    group.createSvg("circle", { attr: { cx: node.x, cy: node.y, r: node.r } });
    group.createSvg("text", { cls: "ldn-map-label", attr: { x: node.x, y: node.y + node.r + 12, "text-anchor": "middle" } }).textContent = node.label;
    group.addEventListener("click", () => {
      if (!dragged) onPick(node.id);
    });
    group.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onPick(node.id);
      }
    });
  }

  const full: Box = { x: 0, y: 0, w: map.width, h: map.height };
  let view: Box = { ...full };
  const show = (next: Box): void => {
    const scale = full.w / next.w;
    const clamped = scale < MIN_ZOOM ? MIN_ZOOM : scale > MAX_ZOOM ? MAX_ZOOM : scale;
    const w = full.w / clamped;
    const h = full.h / clamped;
    // Keep some of the map on screen: the view's centre stays over the plane.
    const cx = Math.min(Math.max(next.x + next.w / 2, 0), full.w);
    const cy = Math.min(Math.max(next.y + next.h / 2, 0), full.h);
    view = { x: cx - w / 2, y: cy - h / 2, w, h };
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map((n) => Math.round(n * 10) / 10).join(" "));
  };
  const zoomAt = (factor: number, px: number, py: number): void => {
    // (px, py) in map units stays under the pointer.
    show({ x: px - (px - view.x) / factor, y: py - (py - view.y) / factor, w: view.w / factor, h: view.h / factor });
  };
  const toMap = (clientX: number, clientY: number): [number, number] => {
    const rect = svg.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return [view.x + view.w / 2, view.y + view.h / 2];
    return [view.x + ((clientX - rect.left) / rect.width) * view.w, view.y + ((clientY - rect.top) / rect.height) * view.h];
  };

  svg.addEventListener("wheel", (event) => {
    event.preventDefault();
    const [px, py] = toMap(event.clientX, event.clientY);
    zoomAt(event.deltaY < 0 ? 1.15 : 1 / 1.15, px, py);
  }, { passive: false });

  const pointers = new Map<number, { x: number; y: number }>();
  let start: { x: number; y: number; view: Box; spread: number } | undefined;
  const spread = (): number => {
    const [a, b] = [...pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };
  svg.addEventListener("pointerdown", (event) => {
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    start = { x: event.clientX, y: event.clientY, view: { ...view }, spread: spread() };
    dragged = false;
  });
  svg.addEventListener("pointermove", (event) => {
    if (!pointers.has(event.pointerId) || !start) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const rect = svg.getBoundingClientRect();
    if (pointers.size >= 2 && start.spread > 0) {
      dragged = true;
      const [cx, cy] = toMap((start.x + event.clientX) / 2, (start.y + event.clientY) / 2);
      view = { ...start.view };
      zoomAt(spread() / start.spread, cx, cy);
      return;
    }
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!dragged && Math.hypot(dx, dy) < DRAG_SLOP) return;
    if (!dragged) svg.setPointerCapture?.(event.pointerId);
    dragged = true;
    const perPixel = rect.width > 0 ? start.view.w / rect.width : 1;
    show({ ...start.view, x: start.view.x - dx * perPixel, y: start.view.y - dy * perPixel });
  });
  const release = (event: PointerEvent): void => {
    pointers.delete(event.pointerId);
    if (pointers.size === 0) start = undefined;
  };
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", release);

  return {
    zoom: (factor) => zoomAt(factor, view.x + view.w / 2, view.y + view.h / 2),
    fit: () => show({ ...full }),
    viewBox: () => svg.getAttribute("viewBox") ?? "",
  };
}
