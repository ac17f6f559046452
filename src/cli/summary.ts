import type { DashboardModel } from "../engine/dashboard/dashboard-model";
import type { ScanSummary } from "../engine/report/scan-summary";
import { terminalSafe as safe } from "./terminal-text";

/**
 * The short human summary `scan` prints without `--json`. Every text taken from the vault goes
 * through `safe`: a file name with a newline or an escape code must not forge a line or
 * reach the terminal as a command.
 */
export function formatSummary(report: ScanSummary, model: DashboardModel): string {
  const s = report.stats;
  const lines = [
    `Vault: ${safe(report.vault)}`,
    `${s.notes} notes · ${s.concepts} concepts · ${s.mentions} mentions · ${s.questions} questions (${s.openQuestions} open, ${s.unsureQuestions} unsure) · indexed in ${s.indexMs} ms`,
    "",
    "Top concepts:",
  ];
  for (const c of model.concepts.slice(0, 10)) {
    const related = c.related.slice(0, 3).map((r) => safe(r.name)).join(", ");
    lines.push(`  ${pad(safe(c.name), 24)} ${pad(String(c.mentions), 4, true)} mentions in ${c.notes} notes (${c.linkedNotes} linked)${related ? ` · related: ${related}` : ""}`);
  }
  const pending = model.questionsByNote.reduce((sum, group) => sum + group.questions.length, 0);
  lines.push("", `Questions to revisit (${pending}):`);
  for (const group of model.questionsByNote.slice(0, 8)) {
    for (const q of group.questions.slice(0, 3)) lines.push(`  [${q.status}] ${safe(group.path)}:${q.line}  ${safe(q.text)}`);
  }
  if (model.setAsideQueue.length > 0) {
    lines.push("", model.queueReasons ? `Review queue (${model.queueReasons.join(", ")}):` : "Review queue:");
    for (const entry of model.setAsideQueue.slice(0, 5)) {
      const parts = [`${entry.open} open`, `${entry.unsure} unsure`];
      if (entry.emptyFields.length > 0) parts.push(`empty: ${entry.emptyFields.map(safe).join(", ")}`);
      if (entry.unresolvedLinks.length > 0) parts.push(`unresolved: ${entry.unresolvedLinks.map(safe).join(", ")}`);
      lines.push(`  ${safe(entry.path)} (${parts.join(" · ")})`);
    }
  }
  const missing = report.unresolvedLinks.flatMap((link) => link.locations.map((at) => ({ ...at, target: link.target })));
  if (missing.length > 0) {
    lines.push("", `Missing links (${missing.length}):`);
    for (const at of missing.slice(0, 10)) lines.push(`  ${safe(at.path)}:${at.line}  ${safe(at.target)}`);
    if (missing.length > 10) lines.push(`  …and ${missing.length - 10} more (scan --json lists them all)`);
  }
  if (report.warnings.length > 0) {
    lines.push("", `Warnings (${report.warnings.length}):`);
    for (const w of report.warnings.slice(0, 10)) lines.push(`  ${safe(w.path)}: ${safe(w.message)}`);
  }
  return lines.join("\n");
}

function pad(text: string, width: number, left = false): string {
  const room = Math.max(0, width - [...text].length);
  return left ? " ".repeat(room) + text : text + " ".repeat(room);
}
