import type { VaultIndex } from "../index/vault-index";
import { questionStatusCounts } from "../index/record-questions";
import type { ScanReport } from "./scan-report";

/**
 * What `scan` prints without `--json`: the report's numbers, missing links and warnings, read
 * off the index without making the report's lists. The whole report lists every note's fields
 * and every concept's notes and relations, about a second at 10,000 notes, which the summary
 * never shows.
 */
export type ScanSummary = Pick<ScanReport, "vault" | "stats" | "unresolvedLinks" | "warnings">;

export interface SummaryMeta {
  vault: string;
  indexMs: number;
  /** Files the vault reader could not read; the notes' own warnings are added after them. */
  warnings?: Array<{ path: string; message: string }>;
}

export function buildScanSummary(index: VaultIndex, meta: SummaryMeta): ScanSummary {
  const warnings = [...(meta.warnings ?? [])];
  const stats = { notes: 0, concepts: index.mentionedConcepts().length, mentions: 0, questions: 0, openQuestions: 0, unsureQuestions: 0, indexMs: meta.indexMs };
  for (const path of index.paths()) {
    const note = index.note(path);
    if (!note) continue;
    stats.notes++;
    for (let i = 0; i < note.useCount; i++) stats.mentions += note.useMentions(i);
    const counts = questionStatusCounts(note);
    stats.questions += counts.open + counts.unsure + counts.answered;
    stats.openQuestions += counts.open;
    stats.unsureQuestions += counts.unsure;
    for (const message of note.warnings) warnings.push({ path, message });
  }
  return { vault: meta.vault, stats, unresolvedLinks: unresolvedLinksOf(index), warnings };
}

/** The links that lead to no file, as the report lists them. */
function unresolvedLinksOf(index: VaultIndex): ScanReport["unresolvedLinks"] {
  return index.unresolvedLinks().map((u) => ({ target: u.target, sources: [...u.sources.keys()].sort(), locations: u.locations }));
}
