import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDashboard } from "../../src/engine/dashboard/build-dashboard";
import type { DashboardModel } from "../../src/engine/dashboard/dashboard-model";
import type { NoteRecord } from "../../src/engine/index/note-record";
import { VaultIndex } from "../../src/engine/index/vault-index";
import type { ParsedNote } from "../../src/engine/parse/note-types";
import { parseNote } from "../../src/engine/parse/parse-note";
import { buildScanReport, type ScanReport } from "../../src/engine/report/scan-report";

/**
 * How a bad note reaches the user: parsed, indexed with the rest of the vault, and shown in the
 * scan report and the dashboard. Every step runs, so a throw anywhere fails the case.
 */

export const NOTES_DIR = fileURLToPath(new URL("./notes/", import.meta.url));

/** A corpus file as the CLI and Obsidian read it: bytes decoded as UTF-8 (bad bytes become U+FFFD). */
export function readCorpusNote(file: string): string {
  return readFileSync(join(NOTES_DIR, file), "utf8");
}

export interface Indexed {
  record: NoteRecord;
  index: VaultIndex;
  report: ScanReport;
  dashboard: DashboardModel;
}

export interface Seen extends Indexed {
  parsed: ParsedNote;
}

/** Parses `text` at `path`, and indexes it among `others`. */
export function indexNote(path: string, text: string, others: ReadonlyArray<[string, string]> = []): Seen {
  return { parsed: parseNote(path, text), ...indexOnly(path, text, others) };
}

/** Indexes without a parse of its own: for notes so large that reading them twice would slow the run. */
export function indexOnly(path: string, text: string, others: ReadonlyArray<[string, string]> = []): Indexed {
  const index = VaultIndex.build([...others, [path, text]]);
  const record = index.note(path);
  if (!record) throw new Error(`${path} is not in the index`);
  return { record, index, report: buildScanReport(index, { vault: "corpus", indexMs: 0 }), dashboard: buildDashboard(index) };
}

/** Concept ids with their mention counts, most mentioned first: what the dashboard counts. */
export function conceptCounts(record: NoteRecord): Record<string, number> {
  return Object.fromEntries(record.concepts.map((use) => [use.conceptId, use.count]));
}

/** What a reader of the note sees of it, for comparing a note with its twins in other encodings. */
export function outline(note: ParsedNote): unknown {
  return {
    warnings: note.warnings,
    frontmatter: note.frontmatter,
    tags: note.tags,
    aliases: note.aliases,
    links: note.links,
    embeds: note.embeds,
    headings: note.headings,
    highlights: note.highlights,
    fields: note.fields,
    emptyFields: note.emptyFields,
    codeBlocks: note.codeBlocks,
    questions: note.questions,
    mentions: note.mentions,
    lineCount: note.lineCount,
  };
}
