import type { VaultIndex } from "../index/vault-index";

/**
 * The concept map: the most mentioned concepts as nodes, their relations and co-mentions as
 * edges, laid out on a plane of fixed size. Deterministic (no randomness), so the map does not
 * jump around between refreshes: nodes start on a circle in rank order and a fixed number of
 * force steps pull related concepts together.
 */

export interface MapNode {
  id: string;
  name: string;
  mentions: number;
  x: number;
  y: number;
  /** Radius, by mentions. */
  r: number;
}

export interface MapEdge {
  from: string;
  to: string;
  weight: number;
  /** A curated relation rather than (only) co-mention. */
  curated: boolean;
}

export interface ConceptMap {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface ConceptMapOptions {
  maxNodes?: number;
  width?: number;
  height?: number;
  /** Only concepts mentioned in these notes. */
  scope?: ReadonlySet<string>;
}

export function buildConceptMap(index: VaultIndex, options: ConceptMapOptions = {}): ConceptMap {
  const width = options.width ?? 640;
  const height = options.height ?? 420;
  const counts = new Map<string, number>();
  for (const id of index.mentionedConcepts()) {
    let total = 0;
    for (const [path, count] of index.notesMentioning(id)) if (!options.scope || options.scope.has(path)) total += count;
    if (total > 0) counts.set(id, total);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, options.maxNodes ?? 16);
  const chosen = new Set(top.map(([id]) => id));
  const max = top[0]?.[1] ?? 1;
  const nodes: MapNode[] = top.map(([id, mentions], rank) => {
    const angle = (2 * Math.PI * rank) / Math.max(top.length, 1) - Math.PI / 2;
    return {
      id,
      name: index.concepts.get(id)?.name ?? id,
      mentions,
      x: width / 2 + (width / 2.8) * Math.cos(angle),
      y: height / 2 + (height / 2.8) * Math.sin(angle),
      r: 8 + 14 * Math.sqrt(mentions / max),
    };
  });

  const edges = new Map<string, MapEdge>();
  for (const node of nodes) {
    for (const related of index.related(node.id)) {
      if (!chosen.has(related.conceptId) || related.conceptId === node.id) continue;
      const [from, to] = node.id < related.conceptId ? [node.id, related.conceptId] : [related.conceptId, node.id];
      const key = `${from}|${to}`;
      const edge = edges.get(key) ?? { from, to, weight: related.weight, curated: false };
      edge.curated = edge.curated || related.relation !== undefined;
      edges.set(key, edge);
    }
  }
  const edgeList = [...edges.values()].filter((e) => e.curated || e.weight > 0).sort((a, b) => (a.from + a.to).localeCompare(b.from + b.to));
  relax(nodes, edgeList, width, height);
  return { width, height, nodes, edges: edgeList };
}

/** A few steps of a spring layout: edges pull, every pair pushes, the frame holds. */
function relax(nodes: MapNode[], edges: MapEdge[], width: number, height: number): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ideal = Math.min(width, height) / 3;
  for (let step = 0; step < 120; step++) {
    const cooling = 1 - step / 120;
    const force = new Map(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i] as MapNode;
        const b = nodes[j] as MapNode;
        const dx = a.x - b.x || 0.01;
        const dy = a.y - b.y || 0.01;
        const distance = Math.max(Math.hypot(dx, dy), 1);
        const push = (ideal * ideal) / distance / 40;
        push2(force, a.id, (dx / distance) * push, (dy / distance) * push);
        push2(force, b.id, (-dx / distance) * push, (-dy / distance) * push);
      }
    }
    for (const edge of edges) {
      const a = byId.get(edge.from) as MapNode;
      const b = byId.get(edge.to) as MapNode;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const distance = Math.max(Math.hypot(dx, dy), 1);
      const pull = ((distance - ideal) / 20) * Math.min(1 + edge.weight / 5, 3);
      push2(force, a.id, (dx / distance) * pull, (dy / distance) * pull);
      push2(force, b.id, (-dx / distance) * pull, (-dy / distance) * pull);
    }
    for (const node of nodes) {
      const f = force.get(node.id) as { x: number; y: number };
      node.x = clamp(node.x + f.x * cooling, node.r + 4, width - node.r - 4);
      node.y = clamp(node.y + f.y * cooling, node.r + 14, height - node.r - 14);
    }
  }
  for (const node of nodes) {
    node.x = Math.round(node.x * 10) / 10;
    node.y = Math.round(node.y * 10) / 10;
    node.r = Math.round(node.r * 10) / 10;
  }
}

function push2(force: Map<string, { x: number; y: number }>, id: string, x: number, y: number): void {
  const f = force.get(id);
  if (!f) return;
  f.x += x;
  f.y += y;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
