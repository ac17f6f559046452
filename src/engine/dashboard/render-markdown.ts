import type { DashboardModel, QuestionRow } from "./dashboard-model";
import type { QueueReason } from "./queue-reasons";

/**
 * The dashboard as an Obsidian note. It starts with a marker comment, so the export can tell a
 * dashboard it wrote from a note the user wrote (and refuse to overwrite the latter).
 */

export const DASHBOARD_MARKER = "%% linked-devops-notes:dashboard %%";

export interface MarkdownOptions {
  /** Date shown as "generated on"; passed in, the engine never reads the clock. */
  generatedOn?: string;
  /** How many concepts the table lists. */
  conceptLimit?: number;
}

const STATUS_MARK: Record<QuestionRow["status"], string> = { open: "❓ open", unsure: "🤔 unsure", answered: "✅ answered" };

const REASON_TEXT: Record<QueueReason, string> = { open: "open questions", unsure: "unsure answers", "empty-fields": "empty fields", "missing-links": "missing links" };

export function renderDashboardMarkdown(model: DashboardModel, options: MarkdownOptions = {}): string {
  const out: string[] = [DASHBOARD_MARKER, "", "# DevOps study dashboard", ""];
  const scope = model.tagFilter ? ` Notes tagged #${model.tagFilter} only.` : "";
  out.push(`> Written by Linked DevOps Notes${options.generatedOn ? ` on ${options.generatedOn}` : ""}.${scope} Edits here are replaced on the next export.`, "");

  const t = model.totals;
  out.push("## Totals", "", "| Notes | Concepts | Mentions | Questions | Open | Unsure | Answered | Unresolved links | Empty fields |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  out.push(`| ${t.notes} | ${t.concepts} | ${t.mentions} | ${t.questions} | ${t.open} | ${t.unsure} | ${t.answered} | ${t.unresolvedLinks} | ${t.emptyFields} |`, "");

  out.push("## Open questions", "");
  if (model.questionsByNote.length === 0) out.push("No open or unsure questions.", "");
  for (const group of model.questionsByNote) {
    out.push(`### ${link(group.path, group.title)}`, "");
    for (const q of group.questions) {
      const concepts = q.concepts.length > 0 ? ` · ${q.concepts.join(", ")}` : "";
      const target = q.heading ? `${group.path.replace(/\.md$/i, "")}#${headingAnchor(q.heading)}` : group.path;
      out.push(`- ${STATUS_MARK[q.status]} · ${inline(q.text)} · ${link(target, `line ${q.line}`)}${concepts}`);
      if (q.status === "unsure" && q.answer) out.push(`    - ${inline(q.answer.split("\n")[0] ?? "")}`);
    }
    out.push("");
  }

  const limit = options.conceptLimit ?? 40;
  out.push("## Concepts", "", "| Concept | Mentions | Notes | Linked | Unlinked | Related |", "|---|---:|---:|---:|---:|---|");
  for (const c of model.concepts.slice(0, limit)) {
    const name = c.conceptNote ? cellLink(c.conceptNote, c.name) : cell(c.name);
    const related = c.related.slice(0, 4).map((r) => cell(r.name)).join(", ");
    out.push(`| ${name} | ${c.mentions} | ${c.notes} | ${c.linkedNotes} | ${c.unlinkedNotes} | ${related} |`);
  }
  if (model.concepts.length > limit) out.push("", `…and ${model.concepts.length - limit} more concepts.`);
  out.push("");

  out.push("## Review queue", "");
  if (model.queueReasons) out.push(`Only notes with ${model.queueReasons.map((reason) => REASON_TEXT[reason]).join(" or ")}.`, "");
  if (model.setAsideQueue.length === 0) out.push("Nothing waits for review.", "");
  else {
    out.push("| Note | Open | Unsure | Empty fields | Unresolved links |", "|---|---:|---:|---|---|");
    for (const entry of model.setAsideQueue) {
      out.push(`| ${cellLink(entry.path, entry.title)} | ${entry.open} | ${entry.unsure} | ${cell(entry.emptyFields.join(", "))} | ${cell(entry.unresolvedLinks.join(", "))} |`);
    }
    out.push("");
  }

  if (model.tags.length > 0) {
    out.push("## Tags", "");
    for (const { tag, notes } of model.tags) out.push(`- #${tag} (${notes.length}): ${notes.map((path) => link(path)).join(", ")}`);
    out.push("");
  }
  return out.join("\n");
}

/** A wikilink to a note by its path (without `.md`). */
function link(path: string, label?: string): string {
  const target = path.replace(/\.md$/i, "");
  return label ? `[[${target}|${label.replace(/[|\]]/g, " ")}]]` : `[[${target}]]`;
}

/** The same wikilink inside a table cell, where the pipe must be escaped. */
function cellLink(path: string, label: string): string {
  return link(path, label).replace("|", "\\|");
}

/** A heading as a link subpath: Obsidian drops the characters links cannot hold. */
function headingAnchor(heading: string): string {
  return heading.replace(/[#|^:[\]%]/g, " ").replace(/\s+/g, " ").trim();
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function inline(text: string): string {
  return text.replace(/\n/g, " ");
}
