import type { DashboardModel, QueueEntry } from "../../engine/dashboard/dashboard-model";
import { t, type StringKey } from "../i18n/strings";
import { statusWord } from "../ui/status-words";

/**
 * The sections of the dashboard, each drawn from the plain model with `createEl`. The actions
 * (open a note, pick a concept, set a note aside) come from the view.
 */

export interface DashboardActions {
  openNote(path: string, line?: number): void;
  pickConcept(conceptId: string): void;
  /** Mark reviewed: the note leaves the queue until it changes or its time aside is over. */
  setAside(path: string): void;
  setTag(tag: string | undefined): void;
}


export function renderHeader(parent: HTMLElement, model: DashboardModel, actions: DashboardActions): void {
  const header = parent.createDiv({ cls: "ldn-header" });
  header.createEl("h2", { text: t("dashboardTitle") });
  const label = header.createEl("label", { cls: "ldn-tag-filter" });
  label.createSpan({ text: t("tagFilter") });
  const select = label.createEl("select", { cls: "dropdown" });
  select.createEl("option", { text: t("allTags"), value: "" });
  for (const { tag, notes } of model.tags) {
    const option = select.createEl("option", { text: `#${tag} (${notes.length})`, value: tag });
    if (tag === model.tagFilter) option.selected = true;
  }
  if (model.tagFilter && !model.tags.some((entry) => entry.tag === model.tagFilter)) {
    select.createEl("option", { text: `#${model.tagFilter}`, value: model.tagFilter }).selected = true;
  }
  select.addEventListener("change", () => actions.setTag(select.value || undefined));
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

export function renderQuestions(parent: HTMLElement, model: DashboardModel, actions: DashboardActions): void {
  const section = parent.createDiv({ cls: "ldn-section ldn-questions" });
  section.createEl("h3", { text: t("openQuestions") });
  if (model.questionsByNote.length === 0) {
    section.createEl("p", { cls: "ldn-empty", text: t("noOpenQuestions") });
    return;
  }
  for (const group of model.questionsByNote) {
    const block = section.createDiv({ cls: "ldn-question-group" });
    const title = block.createEl("a", { cls: "ldn-note-link", text: group.title, href: "#" });
    title.addEventListener("click", (event) => {
      event.preventDefault();
      actions.openNote(group.path);
    });
    const list = block.createEl("ul", { cls: "ldn-question-list" });
    for (const question of group.questions) {
      const item = list.createEl("li", { cls: `ldn-question is-${question.status}` });
      const button = item.createEl("button", { cls: "ldn-question-open", attr: { "aria-label": `${statusWord(question.status)}: ${question.text}` } });
      button.createSpan({ cls: `ldn-badge is-${question.status}`, text: statusWord(question.status) });
      button.createSpan({ cls: "ldn-question-text", text: question.text });
      button.createSpan({ cls: "ldn-question-line", text: t("line", { line: question.line }) });
      button.addEventListener("click", () => actions.openNote(group.path, question.line));
      if (question.concepts.length > 0) item.createDiv({ cls: "ldn-question-concepts", text: question.concepts.join(" · ") });
      if (question.status === "unsure" && question.answer) item.createDiv({ cls: "ldn-question-answer", text: question.answer.split("\n")[0] ?? "" });
    }
  }
}

export function renderConcepts(parent: HTMLElement, model: DashboardModel, actions: DashboardActions, limit = 30): void {
  const section = parent.createDiv({ cls: "ldn-section ldn-concepts" });
  section.createEl("h3", { text: t("concepts") });
  const wrapper = section.createDiv({ cls: "ldn-table-scroll" });
  const table = wrapper.createEl("table", { cls: "ldn-concept-table" });
  const head = table.createEl("thead").createEl("tr");
  for (const key of ["concept", "mentions", "notes", "linked", "unlinked", "related"] as const) head.createEl("th", { text: t(key) });
  const body = table.createEl("tbody");
  for (const concept of model.concepts.slice(0, limit)) {
    const row = body.createEl("tr", { cls: "ldn-concept-row", attr: { "data-concept": concept.id } });
    const nameCell = row.createEl("td");
    const button = nameCell.createEl("button", { cls: "ldn-concept-name", text: concept.name });
    button.addEventListener("click", () => actions.pickConcept(concept.id));
    row.createEl("td", { cls: "ldn-num", text: String(concept.mentions) });
    row.createEl("td", { cls: "ldn-num", text: String(concept.notes) });
    row.createEl("td", { cls: "ldn-num", text: String(concept.linkedNotes) });
    row.createEl("td", { cls: "ldn-num", text: String(concept.unlinkedNotes) });
    row.createEl("td", { cls: "ldn-related", text: concept.related.slice(0, 3).map((r) => r.name).join(", ") });
  }
}

export function renderSetAsideQueue(parent: HTMLElement, model: DashboardModel, actions: DashboardActions): void {
  const section = parent.createDiv({ cls: "ldn-section ldn-queue" });
  section.createEl("h3", { text: t("setAsideQueue") });
  if (model.setAsideQueue.length === 0) {
    section.createEl("p", { cls: "ldn-empty", text: t("queueEmpty") });
    return;
  }
  const list = section.createEl("ul", { cls: "ldn-queue-list" });
  for (const entry of model.setAsideQueue) renderQueueEntry(list, entry, actions);
}

function renderQueueEntry(list: HTMLElement, entry: QueueEntry, actions: DashboardActions): void {
  const item = list.createEl("li", { cls: "ldn-queue-entry", attr: { "data-path": entry.path } });
  const main = item.createDiv({ cls: "ldn-queue-main" });
  const link = main.createEl("a", { cls: "ldn-note-link", text: entry.title, href: "#" });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    actions.openNote(entry.path);
  });
  const facts = main.createDiv({ cls: "ldn-queue-facts" });
  if (entry.open > 0) facts.createSpan({ cls: "ldn-badge is-open", text: `${entry.open} ${t("statusOpen")}` });
  if (entry.unsure > 0) facts.createSpan({ cls: "ldn-badge is-unsure", text: `${entry.unsure} ${t("statusUnsure")}` });
  if (entry.emptyFields.length > 0) facts.createSpan({ cls: "ldn-fact", text: `${t("emptyFields")}: ${entry.emptyFields.join(", ")}` });
  if (entry.unresolvedLinks.length > 0) facts.createSpan({ cls: "ldn-fact", text: `${t("unresolvedLinks")}: ${entry.unresolvedLinks.join(", ")}` });
  const button = item.createEl("button", { cls: "ldn-mark-reviewed", text: t("setAside") });
  button.addEventListener("click", () => actions.setAside(entry.path));
}
