import { normalizeForm } from "../search/search-keys";
import type { ConceptRow } from "./dashboard-model";

/**
 * The dashboard's concept table as the learner narrows it: every mentioned concept (not the first
 * thirty), filtered by what is typed (any of its names, Korean or English) and by whether it has
 * a note yet, sorted by a column, and cut into pages. Pure, so the view only draws a page.
 */

export type ConceptColumn = "name" | "mentions" | "notes" | "linked" | "unlinked";

export const CONCEPT_COLUMNS: readonly ConceptColumn[] = ["name", "mentions", "notes", "linked", "unlinked"];

export interface ConceptTableQuery {
  /** Words every shown concept has among its names; empty for all. */
  filter?: string;
  /** Only concepts without a note of their own. */
  withoutNote?: boolean;
  sort?: ConceptColumn;
  /** Largest first (names: Z to A); numbers sort largest first unless told otherwise. */
  descending?: boolean;
  /** 0-based; a page past the end shows the last. */
  page?: number;
  pageSize?: number;
}

export interface ConceptTablePage {
  rows: ConceptRow[];
  /** Concepts that pass the filters, on every page. */
  total: number;
  page: number;
  pages: number;
  /** 1-based places of the first and last row shown (0 and 0 when none). */
  from: number;
  to: number;
}

export const DEFAULT_PAGE_SIZE = 25;

export function conceptTablePage(rows: readonly ConceptRow[], query: ConceptTableQuery = {}): ConceptTablePage {
  const words = normalizeForm(query.filter ?? "").split(" ").filter((word) => word !== "");
  const kept = rows.filter((row) => (!query.withoutNote || row.conceptNote === undefined) && (words.length === 0 || namesHold(row, words)));
  const column = query.sort ?? "mentions";
  const descending = query.descending ?? column !== "name";
  const sign = descending ? -1 : 1;
  // Ties keep the model's order (most mentioned first): the sort is stable.
  const sorted = [...kept].sort((a, b) => sign * compareBy(column, a, b));
  const size = Math.max(1, Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE));
  const pages = Math.max(1, Math.ceil(sorted.length / size));
  const page = Math.min(Math.max(0, Math.floor(query.page ?? 0)), pages - 1);
  const shown = sorted.slice(page * size, (page + 1) * size);
  return { rows: shown, total: sorted.length, page, pages, from: shown.length === 0 ? 0 : page * size + 1, to: page * size + shown.length };
}

function namesHold(row: ConceptRow, words: readonly string[]): boolean {
  const names = [row.name, ...row.aliases].map(normalizeForm).join(" | ");
  return words.every((word) => names.includes(word));
}

function compareBy(column: ConceptColumn, a: ConceptRow, b: ConceptRow): number {
  switch (column) {
    case "name":
      return a.name.localeCompare(b.name, "en", { sensitivity: "base" });
    case "mentions":
      return a.mentions - b.mentions;
    case "notes":
      return a.notes - b.notes;
    case "linked":
      return a.linkedNotes - b.linkedNotes;
    case "unlinked":
      return a.unlinkedNotes - b.unlinkedNotes;
  }
}
