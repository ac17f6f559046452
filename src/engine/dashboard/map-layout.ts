import type { MapEdge, MapNode } from "./concept-map";

/**
 * Lays the concept map out, deterministically (no randomness: the map does not jump between
 * refreshes). Nodes start on an ellipse in rank order; a spring layout pulls related concepts
 * together and pushes every pair apart; then labels, not only circles, are pushed out of each
 * other's way, so that thirty names stay legible. Every node ends inside the frame with its label.
 */

/** Label font size the map is drawn with, and the gap under a circle before its label. */
const LABEL_SIZE = 11;
const LABEL_GAP = 4;
const MARGIN = 6;

export function layOutMap(nodes: MapNode[], edges: readonly MapEdge[], width: number, height: number): void {
  const n = nodes.length;
  if (n === 0) return;
  nodes.forEach((node, rank) => {
    const angle = (2 * Math.PI * rank) / n - Math.PI / 2;
    // Two rings: the most mentioned inside, so the hubs start near the middle.
    const ring = rank < Math.ceil(n / 3) ? 0.22 : 0.4;
    node.x = width / 2 + width * ring * Math.cos(angle);
    node.y = height / 2 + height * ring * Math.sin(angle);
  });
  const byId = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.map((edge) => [byId.get(edge.from) as number, byId.get(edge.to) as number, edge] as const);
  const maxWeight = Math.max(1, ...edges.map((edge) => edge.weight));
  // Fruchterman and Reingold: pairs push apart by k²/d, edges pull by d²/k, moves are capped by a
  // temperature that cools; a pull toward the centre keeps unlinked nodes off the frame.
  const k = 0.6 * Math.sqrt((width * height) / n);
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  const steps = 300;
  for (let step = 0; step < steps; step++) {
    const temperature = (Math.min(width, height) / 8) * (1 - step / steps) + 0.5;
    fx.fill(0);
    fy.fill(0);
    for (let i = 0; i < n; i++) {
      const a = nodes[i] as MapNode;
      for (let j = i + 1; j < n; j++) {
        const b = nodes[j] as MapNode;
        const dx = a.x - b.x || 0.01 * (j - i);
        const dy = a.y - b.y || 0.01;
        const distance = Math.max(Math.hypot(dx, dy), 1);
        const push = (k * k) / distance;
        fx[i] = (fx[i] as number) + (dx / distance) * push;
        fy[i] = (fy[i] as number) + (dy / distance) * push;
        fx[j] = (fx[j] as number) - (dx / distance) * push;
        fy[j] = (fy[j] as number) - (dy / distance) * push;
      }
    }
    for (const [i, j, edge] of links) {
      const a = nodes[i] as MapNode;
      const b = nodes[j] as MapNode;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const distance = Math.max(Math.hypot(dx, dy), 1);
      const strength = edge.curated ? 1 : 0.4 + (0.6 * edge.weight) / maxWeight;
      const pull = ((distance * distance) / k) * strength;
      fx[i] = (fx[i] as number) + (dx / distance) * pull;
      fy[i] = (fy[i] as number) + (dy / distance) * pull;
      fx[j] = (fx[j] as number) - (dx / distance) * pull;
      fy[j] = (fy[j] as number) - (dy / distance) * pull;
    }
    nodes.forEach((node, i) => {
      const gx = ((width / 2 - node.x) * k * 4) / (width / 2);
      const gy = ((height / 2 - node.y) * k * 4) / (height / 2);
      const x = (fx[i] as number) + gx;
      const y = (fy[i] as number) + gy;
      const length = Math.max(Math.hypot(x, y), 1e-9);
      const move = Math.min(length, temperature);
      node.x += (x / length) * move;
      node.y += (y / length) * move;
      keepInFrame(node, width, height);
    });
  }
  separateLabels(nodes, width, height);
  for (const node of nodes) {
    node.x = Math.round(node.x * 10) / 10;
    node.y = Math.round(node.y * 10) / 10;
  }
}

/** A node with its label under it, as a box: half its width, and how far it reaches up and down. */
function box(node: MapNode): { half: number; up: number; down: number } {
  return { half: Math.max(node.r, labelWidth(node.label) / 2), up: node.r, down: node.r + LABEL_GAP + LABEL_SIZE };
}

/** Pushes overlapping boxes apart along the axis they overlap least on, until none overlap or the rounds run out. */
function separateLabels(nodes: MapNode[], width: number, height: number): void {
  const boxes = nodes.map(box);
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i] as MapNode;
        const b = nodes[j] as MapNode;
        const ba = boxes[i] as ReturnType<typeof box>;
        const bb = boxes[j] as ReturnType<typeof box>;
        const overlapX = ba.half + bb.half + 4 - Math.abs(a.x - b.x);
        const [top, bottom, upper, lower] = a.y <= b.y ? [a, b, ba, bb] : [b, a, bb, ba];
        const overlapY = upper.down + lower.up + 2 - (bottom.y - top.y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        if (overlapX < overlapY) {
          const shift = overlapX / 2 + 0.5;
          const sign = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
          a.x += sign * shift;
          b.x -= sign * shift;
        } else {
          const shift = overlapY / 2 + 0.5;
          top.y -= shift;
          bottom.y += shift;
        }
        keepInFrame(a, width, height);
        keepInFrame(b, width, height);
      }
    }
    if (!moved) return;
  }
}

function keepInFrame(node: MapNode, width: number, height: number): void {
  const { half, up, down } = box(node);
  node.x = clamp(node.x, half + MARGIN, width - half - MARGIN);
  node.y = clamp(node.y, up + MARGIN, height - down - MARGIN);
}

/** About how wide a label is drawn: Hangul and wide signs a full em, Latin a little over half. */
export function labelWidth(label: string): number {
  let em = 0;
  for (const char of label) {
    const code = char.codePointAt(0) ?? 0;
    em += code >= 0x1100 ? 1 : char === " " ? 0.3 : /[A-Z]/.test(char) ? 0.68 : 0.56;
  }
  return em * LABEL_SIZE;
}

function clamp(value: number, low: number, high: number): number {
  return high < low ? (low + high) / 2 : Math.min(Math.max(value, low), high);
}
