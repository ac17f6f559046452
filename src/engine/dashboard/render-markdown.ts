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
  /** The words of the page, in the language the learner reads (English unless given). */
  labels?: MarkdownLabels;
}

/** Every word the export writes: the plugin passes its UI language's, the CLI writes English. */
export interface MarkdownLabels {
  title: string;
  writtenBy(date: string | undefined, tag: string | undefined): string;
  totals: string;
  /** Notes, concepts, mentions, questions, open, unsure, answered, unresolved links, empty fields. */
  totalsHeader: readonly string[];
  openQuestions: string;
  noOpenQuestions: string;
  status: Record<QuestionRow["status"], string>;
  line(line: number): string;
  concepts: string;
  /** Concept, mentions, notes, linked, unlinked, related. */
  conceptsHeader: readonly string[];
  moreConcepts(count: number): string;
  reviewQueue: string;
  onlyReasons(reasons: readonly QueueReason[]): string;
  queueEmpty: string;
  /** Note, open, unsure, empty fields, unresolved links. */
  queueHeader: readonly string[];
  tags: string;
  /** A concept's name as shown (`쿠버네티스 (Kubernetes)` in Korean). */
  conceptName(concept: { name: string; koName?: string }): string;
}

const REASON_TEXT: Record<QueueReason, string> = { open: "open questions", unsure: "unsure answers", "empty-fields": "empty fields", "missing-links": "missing links" };

export const ENGLISH_MARKDOWN: MarkdownLabels = {
  title: "DevOps study dashboard",
  writtenBy: (date, tag) => `Written by Linked DevOps Notes${date ? ` on ${date}` : ""}.${tag ? ` Notes tagged #${tag} only.` : ""} Edits here are replaced on the next export.`,
  totals: "Totals",
  totalsHeader: ["Notes", "Concepts", "Mentions", "Questions", "Open", "Unsure", "Answered", "Unresolved links", "Empty fields"],
  openQuestions: "Open questions",
  noOpenQuestions: "No open or unsure questions.",
  status: { open: "❓ open", unsure: "🤔 unsure", answered: "✅ answered" },
  line: (line) => `line ${line}`,
  concepts: "Concepts",
  conceptsHeader: ["Concept", "Mentions", "Notes", "Linked", "Unlinked", "Related"],
  moreConcepts: (count) => `…and ${count} more concepts.`,
  reviewQueue: "Review queue",
  onlyReasons: (reasons) => `Only notes with ${reasons.map((reason) => REASON_TEXT[reason]).join(" or ")}.`,
  queueEmpty: "Nothing waits for review.",
  queueHeader: ["Note", "Open", "Unsure", "Empty fields", "Unresolved links"],
  tags: "Tags",
  conceptName: (concept) => concept.name,
};

export function renderDashboardMarkdown(model: DashboardModel, options: MarkdownOptions = {}): string {
  const words = options.labels ?? ENGLISH_MARKDOWN;
  const out: string[] = [DASHBOARD_MARKER, "", `# ${words.title}`, ""];
  out.push(`> ${words.writtenBy(options.generatedOn, model.tagFilter)}`, "");

  const t = model.totals;
  out.push(`## ${words.totals}`, "", row(words.totalsHeader), "|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  out.push(`| ${t.notes} | ${t.concepts} | ${t.mentions} | ${t.questions} | ${t.open} | ${t.unsure} | ${t.answered} | ${t.unresolvedLinks} | ${t.emptyFields} |`, "");

  out.push(`## ${words.openQuestions}`, "");
  if (model.questionsByNote.length === 0) out.push(words.noOpenQuestions, "");
  const nameOf = new Map(model.concepts.map((c) => [c.id, words.conceptName(c)]));
  for (const group of model.questionsByNote) {
    out.push(`### ${link(group.path, group.title)}`, "");
    for (const q of group.questions) {
      const names = q.concepts.map((name, i) => nameOf.get(q.conceptIds[i] ?? "") ?? name);
      const concepts = names.length > 0 ? ` · ${names.join(", ")}` : "";
      const target = q.heading ? `${group.path.replace(/\.md$/i, "")}#${headingAnchor(q.heading)}` : group.path;
      out.push(`- ${words.status[q.status]} · ${inline(q.text)} · ${link(target, words.line(q.line))}${concepts}`);
      if (q.status === "unsure" && q.answer) out.push(`    - ${inline(q.answer.split("\n")[0] ?? "")}`);
    }
    out.push("");
  }

  const limit = options.conceptLimit ?? 40;
  out.push(`## ${words.concepts}`, "", row(words.conceptsHeader), "|---|---:|---:|---:|---:|---|");
  for (const c of model.concepts.slice(0, limit)) {
    const name = c.conceptNote ? cellLink(c.conceptNote, words.conceptName(c)) : cell(words.conceptName(c));
    const related = c.related.slice(0, 4).map((r) => cell(words.conceptName(r))).join(", ");
    out.push(`| ${name} | ${c.mentions} | ${c.notes} | ${c.linkedNotes} | ${c.unlinkedNotes} | ${related} |`);
  }
  if (model.concepts.length > limit) out.push("", words.moreConcepts(model.concepts.length - limit));
  out.push("");

  out.push(`## ${words.reviewQueue}`, "");
  if (model.queueReasons) out.push(words.onlyReasons(model.queueReasons), "");
  if (model.setAsideQueue.length === 0) out.push(words.queueEmpty, "");
  else {
    out.push(row(words.queueHeader), "|---|---:|---:|---|---|");
    for (const entry of model.setAsideQueue) {
      out.push(`| ${cellLink(entry.path, entry.title)} | ${entry.open} | ${entry.unsure} | ${cell(entry.emptyFields.join(", "))} | ${cell(entry.unresolvedLinks.join(", "))} |`);
    }
    out.push("");
  }

  if (model.tags.length > 0) {
    out.push(`## ${words.tags}`, "");
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

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(" | ")} |`;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function inline(text: string): string {
  return text.replace(/\n/g, " ");
}
