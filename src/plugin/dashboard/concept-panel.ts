import type { VaultIndex } from "../../engine/index/vault-index";
import { ConceptSet } from "../../engine/concepts/concept-set";
import { describeRelation } from "../../engine/report/scan-report";
import { t } from "../i18n/strings";

/**
 * The panel of one concept: its aliases, its concept note (or an offer to create it), the notes
 * that mention it with the line of each mention, its questions and its related concepts.
 */

export interface ConceptPanelActions {
  openNote(path: string, line?: number): void;
  pickConcept(conceptId: string): void;
  createConceptNote(conceptId: string): void;
  close(): void;
}

export function renderConceptPanel(parent: HTMLElement, index: VaultIndex, conceptId: string, actions: ConceptPanelActions, scope?: ReadonlySet<string>): void {
  const concept = index.concepts.get(conceptId);
  if (!concept) return;
  const panel = parent.createDiv({ cls: "ldn-section ldn-concept-panel", attr: { "data-concept": conceptId } });
  const header = panel.createDiv({ cls: "ldn-panel-header" });
  header.createEl("h3", { text: concept.name });
  const close = header.createEl("button", { cls: "ldn-panel-close", text: "×", attr: { "aria-label": t("close") } });
  close.addEventListener("click", () => actions.close());
  const aliases = ConceptSet.aliasesOf(concept).slice(1);
  if (aliases.length > 0) panel.createDiv({ cls: "ldn-aliases", text: aliases.join(" · ") });

  const notePath = index.conceptNote(conceptId);
  const noteRow = panel.createDiv({ cls: "ldn-panel-note" });
  if (notePath) {
    noteRow.createSpan({ text: `${t("conceptNote")}: ` });
    const link = noteRow.createEl("a", { cls: "ldn-note-link", text: notePath.replace(/\.md$/i, ""), href: "#" });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      actions.openNote(notePath);
    });
  } else {
    noteRow.createSpan({ text: t("noConceptNote") + " " });
    const create = noteRow.createEl("button", { cls: "mod-cta ldn-create-note", text: t("createIt") });
    create.addEventListener("click", () => actions.createConceptNote(conceptId));
  }

  panel.createEl("h4", { text: t("mentionedIn") });
  const notes = panel.createEl("ul", { cls: "ldn-panel-notes" });
  const mentioning = [...index.notesMentioning(conceptId)].filter(([path]) => !scope || scope.has(path)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [path, count] of mentioning) {
    const item = notes.createEl("li");
    const link = item.createEl("a", { cls: "ldn-note-link", text: `${index.note(path)?.title ?? path} (${count})`, href: "#" });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      actions.openNote(path);
    });
    const lines = [...new Set(index.note(path)?.concepts.find((use) => use.conceptId === conceptId)?.lines ?? [])];
    const lineList = item.createSpan({ cls: "ldn-panel-lines" });
    for (const line of lines.slice(0, 12)) {
      const lineLink = lineList.createEl("a", { cls: "ldn-line-link", text: t("line", { line }), href: "#" });
      lineLink.addEventListener("click", (event) => {
        event.preventDefault();
        actions.openNote(path, line);
      });
    }
  }

  const questions = index.questions().filter((q) => q.concepts.includes(concept.name) && (!scope || scope.has(q.path)));
  if (questions.length > 0) {
    panel.createEl("h4", { text: t("questions") });
    const list = panel.createEl("ul", { cls: "ldn-question-list" });
    for (const question of questions) {
      const item = list.createEl("li", { cls: `ldn-question is-${question.status}` });
      const button = item.createEl("button", { cls: "ldn-question-open" });
      button.createSpan({ cls: `ldn-badge is-${question.status}`, text: question.status });
      button.createSpan({ cls: "ldn-question-text", text: question.text });
      button.addEventListener("click", () => actions.openNote(question.path, question.line));
    }
  }

  const related = index.related(conceptId).slice(0, 12);
  if (related.length > 0) {
    panel.createEl("h4", { text: t("related") });
    const list = panel.createDiv({ cls: "ldn-related-list" });
    for (const r of related) {
      const name = index.concepts.get(r.conceptId)?.name ?? r.conceptId;
      const chip = list.createEl("button", { cls: "ldn-chip", text: r.relation ? `${name} · ${describeRelation(r.relation.kind, r.relation.direction)}` : `${name} · ${r.weight}` });
      chip.addEventListener("click", () => actions.pickConcept(r.conceptId));
    }
  }
}
