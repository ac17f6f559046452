import type { RelationKind } from "../concepts/glossary/concept-types";
import { stableHash } from "../text/stable-hash";
import type { ConceptMap, MapNode } from "./concept-map";

/**
 * The concept map as a JSON Canvas 1.0 file (`.canvas`), which Obsidian opens natively: a group
 * framing the map, a file node for each concept that has a note (a text node for one that has
 * not), an edge for each relation (an arrow, labelled) and co-mention (a plain line).
 *
 * The group's id marks the file as ours: the plugin replaces a canvas only when it carries it,
 * so a canvas the learner made at that path is never overwritten (as the dashboard's export
 * never overwrites a note it did not write).
 */

export const CANVAS_MARKER_ID = "linked-devops-notes-concept-map";

export interface CanvasNode {
  id: string;
  type: "text" | "file" | "group";
  x: number;
  y: number;
  width: number;
  height: number;
  color?: string;
  text?: string;
  file?: string;
  label?: string;
}

export interface CanvasEdge {
  id: string;
  fromNode: string;
  fromSide?: "top" | "right" | "bottom" | "left";
  fromEnd?: "none" | "arrow";
  toNode: string;
  toSide?: "top" | "right" | "bottom" | "left";
  toEnd?: "none" | "arrow";
  color?: string;
  label?: string;
}

export interface CanvasData {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

export interface CanvasOptions {
  /** The concept's note, when it has one: it becomes a file node. */
  notePath(conceptId: string): string | undefined;
  /** A relation's name in the UI's language (`uses`, `사용함`), read from source to target. */
  relationLabel(kind: RelationKind): string;
  /** The group's label: `Concept map · Linked DevOps Notes`. */
  title: string;
  /** The second line of a concept without a note: how much the vault says of it (`12 mentions in 4 notes`). */
  detail(node: MapNode): string;
}

/** Canvas pixels per map unit: canvas cards are far bigger than the map's dots. */
const SCALE = 3.2;
const NODE_WIDTH = 260;
const NODE_HEIGHT = 80;
const PADDING = 80;
/** JSON Canvas preset colours: 6 purple for curated relations, 4 green for concepts with a note. */
const RELATION_COLOR = "6";
const NOTE_COLOR = "4";

export function conceptMapCanvas(map: ConceptMap, options: CanvasOptions): CanvasData {
  const ids = new Map(map.nodes.map((node) => [node.id, nodeId(node.id)]));
  const cards: CanvasNode[] = map.nodes.map((node) => card(node, ids.get(node.id) as string, options.notePath(node.id), options.detail(node)));
  const left = Math.min(0, ...cards.map((c) => c.x)) - PADDING;
  const top = Math.min(0, ...cards.map((c) => c.y)) - PADDING;
  const right = Math.max(0, ...cards.map((c) => c.x + c.width)) + PADDING;
  const bottom = Math.max(0, ...cards.map((c) => c.y + c.height)) + PADDING;
  const group: CanvasNode = { id: CANVAS_MARKER_ID, type: "group", x: left, y: top, width: right - left, height: bottom - top, label: options.title };
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const edges: CanvasEdge[] = map.edges.map((edge) => {
    const [from, to] = edge.relation ? [edge.relation.source, edge.relation.target] : [edge.from, edge.to];
    const sides = sidesBetween(byId.get(from) as MapNode, byId.get(to) as MapNode);
    const out: CanvasEdge = { id: `ldn-edge-${stableHash(`${edge.from}|${edge.to}`)}`, fromNode: ids.get(from) as string, fromSide: sides[0], toNode: ids.get(to) as string, toSide: sides[1] };
    if (edge.relation) {
      out.toEnd = "arrow";
      out.color = RELATION_COLOR;
      out.label = options.relationLabel(edge.relation.kind);
    } else {
      out.toEnd = "none";
      out.label = String(edge.weight);
    }
    return out;
  });
  // The group first: nodes are drawn in order, and the frame belongs under the cards.
  return { nodes: [group, ...cards], edges };
}

/** The file's text: JSON, tab-indented as Obsidian writes canvases. */
export function canvasText(data: CanvasData): string {
  return JSON.stringify(data, null, "\t") + "\n";
}

/** Whether a canvas file's text is a map we wrote (and may be replaced): it holds our group. */
export function isConceptMapCanvas(text: string): boolean {
  try {
    const data = JSON.parse(text) as { nodes?: unknown };
    return Array.isArray(data.nodes) && data.nodes.some((node) => typeof node === "object" && node !== null && (node as { id?: unknown }).id === CANVAS_MARKER_ID);
  } catch {
    return false;
  }
}

function card(node: MapNode, id: string, notePath: string | undefined, detail: string): CanvasNode {
  const x = Math.round(node.x * SCALE - NODE_WIDTH / 2);
  const y = Math.round(node.y * SCALE - NODE_HEIGHT / 2);
  return notePath !== undefined
    ? { id, type: "file", file: notePath, x, y, width: NODE_WIDTH, height: NODE_HEIGHT, color: NOTE_COLOR }
    : { id, type: "text", text: `**${node.label}**\n${detail}`, x, y, width: NODE_WIDTH, height: NODE_HEIGHT };
}

function nodeId(conceptId: string): string {
  return `ldn-${stableHash(conceptId)}`;
}

/** The sides an edge leaves and enters by: the pair facing each other along the longer axis. */
function sidesBetween(a: MapNode, b: MapNode): ["top" | "right" | "bottom" | "left", "top" | "right" | "bottom" | "left"] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? ["right", "left"] : ["left", "right"];
  return dy >= 0 ? ["bottom", "top"] : ["top", "bottom"];
}
