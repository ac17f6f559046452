import type { ConceptModel } from "../../engine/dashboard/concept-model";
import { describeRelation } from "../../engine/report/scan-report";
import { t } from "../i18n/strings";
import { statusWord } from "../ui/status-words";

/**
 * The panel of one concept, drawn from the engine's concept model: its aliases, its concept note
 * (or an offer to create it), the notes that mention it with the line of each mention, its
 * questions and its related concepts.
 */

export interface ConceptPanelActions {
  openNote(path: string, line?: number): void;
  pickConcept(conceptId: string): void;
  createConceptNote(conceptId: string): void;
  close(): void;
}

/** Lines and related concepts the panel has room for. */
const PANEL_LINES = 12;
const PANEL_RELATED = 12;

export function renderConceptPanel(parent: HTMLElement, model: ConceptModel, actions: ConceptPanelActions): void {
  const { conceptId } = model;
  const panel = parent.createDiv({ cls: "ldn-section ldn-concept-panel", attr: { "data-concept": conceptId } });
  const header = panel.createDiv({ cls: "ldn-panel-header" });
  header.createEl("h3", { text: model.name });
  const close = header.createEl("button", { cls: "ldn-panel-close", text: "×", attr: { "aria-label": t("close") } });
  close.addEventListener("click", () => actions.close());
  if (model.aliases.length > 0) panel.createDiv({ cls: "ldn-aliases", text: model.aliases.join(" · ") });

  const notePath = model.conceptNote;
  const noteRow = panel.createDiv({ cls: "ldn-panel-note" });
  if (notePath) {
    noteRow.createSpan({ text: `${t("conceptNote")}: ` });
    linkTo(noteRow, notePath.replace(/\.md$/i, ""), "ldn-note-link", () => actions.openNote(notePath));
  } else {
    noteRow.createSpan({ text: t("noConceptNote") + " " });
    const create = noteRow.createEl("button", { cls: "mod-cta ldn-create-note", text: t("createIt") });
    create.addEventListener("click", () => actions.createConceptNote(conceptId));
  }

  panel.createEl("h4", { text: t("mentionedIn") });
  const notes = panel.createEl("ul", { cls: "ldn-panel-notes" });
  for (const note of model.notes) {
    const item = notes.createEl("li");
    linkTo(item, `${note.title} (${note.count})`, "ldn-note-link", () => actions.openNote(note.path));
    const lineList = item.createSpan({ cls: "ldn-panel-lines" });
    for (const line of note.lines.slice(0, PANEL_LINES)) linkTo(lineList, t("line", { line }), "ldn-line-link", () => actions.openNote(note.path, line));
  }

  if (model.questions.length > 0) {
    panel.createEl("h4", { text: t("questions") });
    const list = panel.createEl("ul", { cls: "ldn-question-list" });
    for (const question of model.questions) {
      const item = list.createEl("li", { cls: `ldn-question is-${question.status}` });
      const button = item.createEl("button", { cls: "ldn-question-open" });
      button.createSpan({ cls: `ldn-badge is-${question.status}`, text: statusWord(question.status) });
      button.createSpan({ cls: "ldn-question-text", text: question.text });
      button.addEventListener("click", () => actions.openNote(question.path, question.line));
    }
  }

  const related = model.related.slice(0, PANEL_RELATED);
  if (related.length > 0) {
    panel.createEl("h4", { text: t("related") });
    const list = panel.createDiv({ cls: "ldn-related-list" });
    for (const r of related) {
      const chip = list.createEl("button", { cls: "ldn-chip", text: r.relation ? `${r.name} · ${describeRelation(r.relation.kind, r.relation.direction)}` : `${r.name} · ${r.weight}` });
      chip.addEventListener("click", () => actions.pickConcept(r.conceptId));
    }
  }
}

function linkTo(parent: HTMLElement, text: string, cls: string, open: () => void): void {
  const link = parent.createEl("a", { cls, text, href: "#" });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    open();
  });
}
