import { CONCEPT_COLUMNS, type ConceptColumn } from "../../engine/dashboard/concept-table";
import { isQueueReason, type QueueReason } from "../../engine/dashboard/queue-reasons";

/**
 * What the dashboard remembers, as the view's saved state (the workspace layout reopens it as it
 * was): the concept panel, the tag filter, the sections folded away, how the concept table is
 * narrowed, the queue's reasons and the map's threshold. Only what differs from the defaults is
 * kept, so an untouched dashboard saves `{}`.
 */

export type SectionId = "questions" | "review-cards" | "concepts" | "queue" | "map";

export const SECTION_IDS: readonly SectionId[] = ["questions", "review-cards", "concepts", "queue", "map"];

export interface DashboardState {
  concept?: string;
  tag?: string;
  collapsed?: SectionId[];
  conceptFilter?: string;
  conceptSort?: ConceptColumn;
  conceptDescending?: boolean;
  conceptPage?: number;
  conceptsWithoutNote?: boolean;
  queueReasons?: QueueReason[];
  mapMinWeight?: number;
}

/** The state read back from a saved layout: anything malformed is left out. */
export function readDashboardState(raw: unknown): DashboardState {
  const value = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const state: DashboardState = {};
  if (typeof value.concept === "string") state.concept = value.concept;
  if (typeof value.tag === "string") state.tag = value.tag;
  const collapsed = stringList(value.collapsed).filter((id): id is SectionId => (SECTION_IDS as readonly string[]).includes(id));
  if (collapsed.length > 0) state.collapsed = collapsed;
  if (typeof value.conceptFilter === "string" && value.conceptFilter !== "") state.conceptFilter = value.conceptFilter;
  if (typeof value.conceptSort === "string" && (CONCEPT_COLUMNS as readonly string[]).includes(value.conceptSort)) state.conceptSort = value.conceptSort as ConceptColumn;
  if (typeof value.conceptDescending === "boolean") state.conceptDescending = value.conceptDescending;
  if (typeof value.conceptPage === "number" && Number.isInteger(value.conceptPage) && value.conceptPage > 0) state.conceptPage = value.conceptPage;
  if (value.conceptsWithoutNote === true) state.conceptsWithoutNote = true;
  const reasons = stringList(value.queueReasons).filter(isQueueReason);
  if (reasons.length > 0) state.queueReasons = reasons;
  if (typeof value.mapMinWeight === "number" && Number.isFinite(value.mapMinWeight) && value.mapMinWeight >= 1) state.mapMinWeight = Math.floor(value.mapMinWeight);
  return state;
}

/** Sets or clears one field: `undefined`, `false`, `""` and empty lists are the defaults, and are not kept. */
export function withField<K extends keyof DashboardState>(state: DashboardState, key: K, value: DashboardState[K]): DashboardState {
  const next = { ...state };
  if (value === undefined || value === false || value === "" || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
