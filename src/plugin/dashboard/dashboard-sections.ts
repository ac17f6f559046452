import type { AnswerQuestion } from "../../engine/answers/suggest-answers";
import type { DashboardModel } from "../../engine/dashboard/dashboard-model";
import { t, type StringKey } from "../i18n/strings";
import { conceptLabel } from "../ui/concept-label";
import { statusWord } from "../ui/status-words";

/**
 * The header, the totals and the open questions, each drawn from the plain model with
 * `createEl`. The actions (open a note, pick a concept or a tag, find answers) come from the view.
 */

export interface DashboardActions {
  openNote: (path: string, line?: number) => void;
  pickConcept: (conceptId: string) => void;
  /** Mark reviewed: the note leaves the queue until it changes or its time aside is over. */
  setAside: (path: string) => void;
  /** Opens the tag picker. */
  pickTag: () => void;
  setTag: (tag: string | undefined) => void;
  /** Fills `el` with the notes that may answer the question, now or a moment later. */
  findAnswers: (el: HTMLElement, question: AnswerQuestion) => void;
  /** Creates the notes of these concepts, one after another. */
  createConceptNotes: (conceptIds: readonly string[]) => void;
}

/** Notes whose questions are listed before "Show more". */
const QUESTION_NOTES_SHOWN = 10;

export function renderHeader(parent: HTMLElement, model: DashboardModel, actions: DashboardActions): void {
  const header = parent.createDiv({ cls: "ldn-header" });
  header.createEl("h2", { text: t("dashboardTitle") });
  const filter = header.createDiv({ cls: "ldn-tag-filter" });
  filter.createSpan({ text: t("tagFilter") });
  const tag = model.tagFilter;
  const count = tag === undefined ? model.totals.notes : model.tags.find((entry) => entry.tag === tag)?.notes.length ?? model.totals.notes;
  const button = filter.createEl("button", { cls: "ldn-tag-button", text: tag === undefined ? t("tagPickerAll", { count }) : `#${tag} (${count})`, attr: { "aria-haspopup": "dialog" } });
  button.addEventListener("click", () => actions.pickTag());
  if (tag !== undefined) {
    const clear = filter.createEl("button", { cls: "ldn-tag-clear clickable-icon", text: "×", attr: { "aria-label": t("allTags") } });
    clear.addEventListener("click", () => actions.setTag(undefined));
  }
}

export function renderTotals(parent: HTMLElement, model: DashboardModel): void {
  const totals = parent.createDiv({ cls: "ldn-totals" });
  const cells: Array<[StringKey, number, string]> = [
    ["totalsNotes", model.totals.notes, ""],
    ["totalsConcepts", model.totals.concepts, ""],
    ["totalsMentions", model.totals.mentions, ""],
    ["totalsQuestions", model.totals.questions, ""],
    ["totalsOpen", model.totals.open, "is-open"],
    ["totalsUnsure", model.totals.unsure, "is-unsure"],
    ["totalsAnswered", model.totals.answered, "is-answered"],
    ["totalsUnresolved", model.totals.unresolvedLinks, ""],
  ];
  for (const [key, value, cls] of cells) {
    const cell = totals.createDiv({ cls: `ldn-total ${cls}`.trim() });
    cell.createDiv({ cls: "ldn-total-value", text: String(value) });
    cell.createDiv({ cls: "ldn-total-label", text: t(key) });
  }
}

/**
 * Open and unsure questions by note, each with the notes that may answer it. A vault with no
 * question at all is shown how to write one; the list grows by "Show more", ten notes a step.
 */
export function renderQuestions(body: HTMLElement, model: DashboardModel, actions: DashboardActions, shown: { notes: number; more(): void }): void {
  if (model.totals.questions === 0) {
    renderHowToAsk(body);
    return;
  }
  if (model.questionsByNote.length === 0) {
    body.createEl("p", { cls: "ldn-empty", text: t("noOpenQuestions") });
    return;
  }
  const names = new Map(model.concepts.map((c) => [c.id, conceptLabel(c.name, c.koName)]));
  const groups = model.questionsByNote.slice(0, Math.max(shown.notes, QUESTION_NOTES_SHOWN));
  for (const group of groups) {
    const block = body.createDiv({ cls: "ldn-question-group", attr: { "data-path": group.path } });
    const title = block.createEl("a", { cls: "ldn-note-link", text: group.title, href: "#" });
    title.addEventListener("click", (event) => {
      event.preventDefault();
      actions.openNote(group.path);
    });
    const folder = group.path.includes("/") ? group.path.slice(0, group.path.lastIndexOf("/")) : "";
    if (folder !== "") block.createSpan({ cls: "ldn-note-folder", text: folder });
    const list = block.createEl("ul", { cls: "ldn-question-list" });
    for (const question of group.questions) {
      const item = list.createEl("li", { cls: `ldn-question is-${question.status}` });
      const button = item.createEl("button", { cls: "ldn-question-open", attr: { "aria-label": `${statusWord(question.status)}: ${question.text}` } });
      button.createSpan({ cls: `ldn-badge is-${question.status}`, text: statusWord(question.status) });
      button.createSpan({ cls: "ldn-question-text", text: question.text });
      button.createSpan({ cls: "ldn-question-line", text: t("line", { line: question.line }) });
      button.addEventListener("click", () => actions.openNote(group.path, question.line));
      const concepts = question.conceptIds.map((id, i) => names.get(id) ?? question.concepts[i] ?? id);
      if (concepts.length > 0) item.createDiv({ cls: "ldn-question-concepts", text: concepts.join(" · ") });
      if (question.status === "unsure" && question.answer) item.createDiv({ cls: "ldn-question-answer", text: question.answer.split("\n")[0] ?? "" });
      const answers = item.createDiv({ cls: "ldn-answers" });
      actions.findAnswers(answers, { path: group.path, text: question.text, line: question.line, ...(question.heading ? { heading: question.heading } : {}) });
    }
  }
  const hidden = model.questionsByNote.length - groups.length;
  if (hidden > 0) {
    const more = body.createEl("button", { cls: "ldn-show-more", text: t("showMore", { count: Math.min(hidden, QUESTION_NOTES_SHOWN) }) });
    more.addEventListener("click", () => shown.more());
  }
}

/** The empty state of a vault without questions: how to write one, and how it gets answered. */
function renderHowToAsk(body: HTMLElement): void {
  const empty = body.createDiv({ cls: "ldn-empty ldn-how-to-ask" });
  empty.createEl("p", { text: t("emptyNoQuestions") });
  empty.createEl("pre").createEl("code", { text: `${t("emptyNoQuestionsExample")}\n-> …` });
  empty.createEl("p", { text: t("emptyNoQuestionsAnswer") });
}
