import type { RelationKind } from "../concepts/glossary/concept-types";
import type { VaultIndex } from "../index/vault-index";
import { labelWidth, layOutMap } from "./map-layout";
import { compareCodeUnits, compareText } from "../text/compare-text";

/**
 * The concept map: the most mentioned concepts as nodes, their curated relations and co-mentions
 * as edges, laid out on a plane the caller sizes (the width of the pane it is drawn in, so that a
 * unit is a pixel and labels stay readable on a phone). Deterministic: the same vault is laid out
 * the same way on every refresh.
 *
 * Co-mentions are many and mostly weak: `minWeight` keeps only those of concepts mentioned
 * together in at least that many sections (curated relations are always kept), and its default
 * keeps the strongest few dozen, so thirty nodes are not a hairball.
 */

export interface MapNode {
  id: string;
  name: string;
  /** What the node is labelled with (the caller's `label`, else the name). */
  label: string;
  mentions: number;
  x: number;
  y: number;
  /** Radius, by mentions. */
  r: number;
}

export interface MapEdge {
  from: string;
  to: string;
  /** Sections of the scope where both are mentioned. */
  weight: number;
  /** A curated relation rather than (only) co-mention. */
  curated: boolean;
  /** The curated relation, read from `source` to `target` (Podman alternative-to Docker). */
  relation?: { kind: RelationKind; source: string; target: string };
}

export interface ConceptMap {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  /** The co-mention threshold applied, and the heaviest co-mention among the nodes (the slider's range). */
  minWeight: number;
  maxWeight: number;
}

export interface ConceptMapOptions {
  maxNodes?: number;
  /** The plane's width; its height follows from the nodes it must hold unless given. */
  width?: number;
  height?: number;
  /** Only concepts mentioned in these notes. */
  scope?: ReadonlySet<string>;
  /** Co-mentions lighter than this are left out; by default the strongest `DEFAULT_EDGES` are kept. */
  minWeight?: number;
  /** A node's label in the caller's language (`쿠버네티스`); the concept's name by default. */
  label?: (conceptId: string, name: string) => string;
}

export const DEFAULT_MAP_NODES = 30;
/** Co-mention edges the default threshold keeps, at most. */
const DEFAULT_EDGES = 45;

export function buildConceptMap(index: VaultIndex, options: ConceptMapOptions = {}): ConceptMap {
  const counts = new Map<string, number>();
  for (const id of index.mentionedConcepts()) {
    let total = 0;
    for (const [path, count] of index.notesMentioning(id)) if (!options.scope || options.scope.has(path)) total += count;
    if (total > 0) counts.set(id, total);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, options.maxNodes ?? DEFAULT_MAP_NODES);
  const chosen = new Set(top.map(([id]) => id));
  const max = top[0]?.[1] ?? 1;
  const nodes: MapNode[] = top.map(([id, mentions]) => {
    const name = index.concepts.get(id)?.name ?? id;
    return { id, name, label: options.label?.(id, name) ?? name, mentions, x: 0, y: 0, r: Math.round((7 + 11 * Math.sqrt(mentions / max)) * 10) / 10 };
  });

  const byPair = new Map<string, MapEdge>();
  for (const node of nodes) {
    for (const related of index.related(node.id)) {
      if (!chosen.has(related.conceptId) || related.conceptId === node.id) continue;
      const [from, to] = node.id < related.conceptId ? [node.id, related.conceptId] : [related.conceptId, node.id];
      const key = `${from}|${to}`;
      const edge = byPair.get(key) ?? { from, to, weight: related.weight, curated: false };
      if (related.relation) {
        edge.curated = true;
        const [source, target] = related.relation.direction === "to" ? [node.id, related.conceptId] : [related.conceptId, node.id];
        edge.relation = { kind: related.relation.kind, source, target };
      }
      byPair.set(key, edge);
    }
  }
  const all = [...byPair.values()];
  const coMentions = all.filter((edge) => !edge.curated && edge.weight > 0).map((edge) => edge.weight).sort((a, b) => b - a);
  const maxWeight = Math.max(1, ...all.map((edge) => edge.weight));
  const minWeight = Math.max(1, Math.floor(options.minWeight ?? coMentions[DEFAULT_EDGES - 1] ?? 1));
  const edges = all.filter((edge) => edge.curated || edge.weight >= minWeight).sort((a, b) => compareCodeUnits(a.from + "|" + a.to, b.from + "|" + b.to));

  const width = Math.max(240, Math.round(options.width ?? 640));
  const height = Math.round(options.height ?? heightFor(nodes, width));
  layOutMap(nodes, edges, width, height);
  return { width, height, nodes, edges, minWeight, maxWeight };
}

/** Room for every node and its label (twice the area of their boxes, for the gaps), never flatter than 3:2. */
function heightFor(nodes: readonly MapNode[], width: number): number {
  let area = 0;
  for (const node of nodes) area += (Math.max(2 * node.r, labelWidth(node.label)) + 24) * (2 * node.r + 34);
  return Math.max(240, Math.round(width / 1.5), Math.ceil((2 * area) / width));
}
