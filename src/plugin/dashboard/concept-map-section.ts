import { buildConceptMap, type ConceptMap, type MapEdge } from "../../engine/dashboard/concept-map";
import type { VaultIndex } from "../../engine/index/vault-index";
import { t } from "../i18n/strings";
import { conceptLabelOf } from "../ui/concept-label";
import { relationWord } from "../ui/relation-words";
import { renderConceptMap } from "./concept-map-svg";

/**
 * The concept map section: a legend (relation or co-mention), a threshold for co-mentions, zoom
 * buttons, "Open as canvas", and the map itself, laid out for the width of the pane so that a
 * unit is a pixel and labels stay legible on a phone.
 */

export interface MapSectionActions {
  pickConcept: (conceptId: string) => void;
  setMinWeight: (weight: number) => void;
  openCanvas: (map: ConceptMap) => void;
}

export function renderConceptMapSection(body: HTMLElement, index: VaultIndex, scope: ReadonlySet<string> | undefined, minWeight: number | undefined, width: number, actions: MapSectionActions): void {
  const label = (id: string, name: string): string => conceptLabelOf(index.concepts.get(id), name);
  const map = buildConceptMap(index, { width, label, ...(scope ? { scope } : {}), ...(minWeight !== undefined ? { minWeight } : {}) });
  if (map.nodes.length === 0) {
    body.createEl("p", { cls: "ldn-empty", text: t("mapEmpty") });
    return;
  }
  const controls = body.createDiv({ cls: "ldn-map-controls" });
  const legend = controls.createDiv({ cls: "ldn-map-legend" });
  for (const [cls, key] of [["is-curated", "mapLegendRelation"], ["is-co-mention", "mapLegendCoMention"]] as const) {
    const item = legend.createSpan({ cls: `ldn-map-legend-item ${cls}` });
    const swatch = item.createSvg("svg", { cls: "ldn-map-swatch", attr: { viewBox: "0 0 24 8", width: 24, height: 8, "aria-hidden": "true" } });
    swatch.createSvg("line", { cls: `ldn-map-edge ${cls}`, attr: { x1: 0, y1: 4, x2: 24, y2: 4, "stroke-width": 2 } });
    item.createSpan({ text: t(key) });
  }
  const threshold = controls.createEl("label", { cls: "ldn-map-threshold" });
  const thresholdText = threshold.createSpan({ text: t("mapThreshold", { count: map.minWeight }) });
  const slider = threshold.createEl("input", { type: "range", attr: { min: 1, max: Math.max(map.maxWeight, map.minWeight), step: 1, "aria-valuetext": String(map.minWeight), "data-ldn-focus": "map-threshold" } });
  slider.value = String(map.minWeight);
  slider.addEventListener("input", () => thresholdText.setText(t("mapThreshold", { count: slider.value })));
  slider.addEventListener("change", () => actions.setMinWeight(Number(slider.value)));
  const buttons = controls.createDiv({ cls: "ldn-map-buttons" });
  const zoomIn = buttons.createEl("button", { cls: "ldn-map-zoom-in", text: "+", attr: { "aria-label": t("mapZoomIn") } });
  const zoomOut = buttons.createEl("button", { cls: "ldn-map-zoom-out", text: "−", attr: { "aria-label": t("mapZoomOut") } });
  const fit = buttons.createEl("button", { cls: "ldn-map-fit", text: t("mapFit") });
  const canvas = buttons.createEl("button", { cls: "ldn-map-canvas", text: t("mapOpenCanvas") });
  canvas.addEventListener("click", () => actions.openCanvas(map));

  const frame = body.createDiv({ cls: "ldn-map-frame" });
  const describe = (edge: MapEdge): string => {
    const source = map.nodes.find((node) => node.id === (edge.relation?.source ?? edge.from))?.label ?? edge.from;
    const target = map.nodes.find((node) => node.id === (edge.relation?.target ?? edge.to))?.label ?? edge.to;
    return edge.relation ? `${source} → ${relationWord(edge.relation.kind, "to")} → ${target}` : `${source} · ${target} · ${t("mapLegendCoMention")} (${edge.weight})`;
  };
  const view = renderConceptMap(frame, map, actions.pickConcept, describe);
  zoomIn.addEventListener("click", () => view.zoom(1.25));
  zoomOut.addEventListener("click", () => view.zoom(0.8));
  fit.addEventListener("click", () => view.fit());
}
