import type { AnswerCandidate } from "../../../engine/answers/suggest-answers";
import type { ConceptPage, MentionRow, NoteGroup, PageQuestion } from "../../../engine/concept-page/concept-page-model";
import { t, type StringKey } from "../../i18n/strings";
import { statusWord } from "../../ui/status-words";
import { reasonText } from "../../ui/answer-links";
import { conceptLabel } from "../../ui/concept-label";
import { relationGroup } from "../../ui/relation-groups";
import { renderMentionSection } from "./render-mentions";

export { NOTES_STEP } from "./render-mentions";

/**
 * A concept's page in the dashboard, drawn from the engine's `ConceptPage` with `createEl` only:
 * the concept and its note (or the notes that could be it), its mentions, its questions with the
 * notes that may answer the open ones, its related concepts by relation. No Obsidian call is made
 * here: every action goes back through `ConceptPageActions`.
 */

export interface ConceptPageActions {
  openNote(path: string, line?: number): void;
  pickConcept(conceptId: string): void;
  createConceptNote(conceptId: string): void;
  close(): void;
  /** Links one unlinked mention (a row's Link button). */
  linkRow(group: NoteGroup, row: MentionRow): void;
  /** Previews every unlinked mention of the concept that may be linked, across notes. */
  linkAll(): void;
  /** Names a note as the concept's note (a suggestion confirmed). */
  useAsNote(path: string): void;
  setMuted(muted: boolean): void;
  /** Lists more notes of a section. */
  showMore(section: "linked" | "unlinked"): void;
  /** A group was folded or unfolded by the user: remembered across redraws. */
  groupToggled(section: "linked" | "unlinked", path: string, open: boolean): void;
  setGroupsOpen(section: "linked" | "unlinked", paths: readonly string[], open: boolean): void;
  /** Looks for the notes that may answer a question the page did not suggest for. */
  findAnswers(question: PageQuestion): void;
  /** Lists more of the concept's questions. */
  moreQuestions(): void;
}

/** What the page remembers between redraws: folded groups, answers found on demand. */
export interface ConceptPageUi {
  /** `section:path` → open (true) or folded (false), as the user left it. */
  toggled: Map<string, boolean>;
  /** Questions listed: the first ones, until the user asks for all. */
  questions: number;
  /** `path:line` → the notes found for a question, after the page was drawn or on demand. */
  answers: Map<string, AnswerCandidate[]>;
  /** `path:line` of the questions whose answers are being looked for now. */
  pending: Set<string>;
  /** Rows drawn so far in this draw (the row budget is shared by both sections). */
  rowsDrawn: number;
}

export function newConceptPageUi(): ConceptPageUi {
  return { toggled: new Map(), questions: QUESTIONS_STEP, answers: new Map(), pending: new Set(), rowsDrawn: 0 };
}

/** Questions listed at first (open and unsure ones come first), and how many more each click adds. */
const QUESTIONS_STEP = 12;
const RELATED_SHOWN = 24;

export function renderConceptPage(parent: HTMLElement, page: ConceptPage, ui: ConceptPageUi, actions: ConceptPageActions, scopeTag?: string): HTMLElement {
  const { concept } = page;
  ui.rowsDrawn = 0;
  const root = parent.createDiv({ cls: "ldn-section ldn-concept-panel ldn-concept-page", attr: { "data-concept": concept.conceptId } });
  root.toggleClass("is-muted", page.muted);
  const header = root.createDiv({ cls: "ldn-panel-header" });
  header.createEl("h3", { text: conceptLabel(concept.name, concept.korean) });
  const mute = header.createEl("button", { cls: "ldn-cp-mute", text: t(page.muted ? "cpUnmute" : "cpMute"), attr: page.muted ? {} : { "aria-label": t("cpMuteDesc") } });
  mute.addEventListener("click", () => actions.setMuted(!page.muted));
  const close = header.createEl("button", { cls: "ldn-panel-close", text: "×", attr: { "aria-label": t("cpClose") } });
  close.addEventListener("click", () => actions.close());
  if (concept.aliases.length > 0) {
    const aliases = root.createDiv({ cls: "ldn-aliases" });
    aliases.createSpan({ cls: "ldn-cp-label", text: `${t("cpAliases")}: ` });
    aliases.appendText(concept.aliases.join(" · "));
  }
  if (page.muted) root.createEl("p", { cls: "ldn-cp-muted", text: t("cpMuted") });
  renderNoteRow(root, page, actions);
  const counts = root.createDiv({ cls: "ldn-cp-counts" });
  counts.createSpan({ text: t("cpCounts", { mentions: page.counts.mentions, notes: page.counts.notes }) });
  if (scopeTag !== undefined) counts.createSpan({ cls: "ldn-cp-scope", text: t("cpScope", { tag: scopeTag }) });

  renderMentionSection(root, page, "linked", ui, actions);
  renderMentionSection(root, page, "unlinked", ui, actions);
  renderQuestions(root, page, ui, actions);
  renderRelated(root, page, actions);
  return root;
}

function renderNoteRow(parent: HTMLElement, page: ConceptPage, actions: ConceptPageActions): void {
  const row = parent.createDiv({ cls: "ldn-panel-note" });
  const notePath = page.concept.conceptNote;
  if (notePath) {
    row.createSpan({ text: `${t("conceptNote")}: ` });
    const link = row.createEl("a", { cls: "ldn-note-link", text: notePath.replace(/\.md$/i, ""), href: "#" });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      actions.openNote(notePath);
    });
    return;
  }
  row.createSpan({ text: t("noConceptNote") + " " });
  row.createEl("button", { cls: "mod-cta ldn-create-note", text: t("createIt") }).addEventListener("click", () => actions.createConceptNote(page.concept.conceptId));
  if (page.noteCandidates.length === 0) return;
  const offer = parent.createDiv({ cls: "ldn-cp-candidates" });
  offer.createEl("p", { text: t("cpCandidates") });
  const list = offer.createEl("ul");
  for (const candidate of page.noteCandidates) {
    const item = list.createEl("li", { attr: { "data-path": candidate.path } });
    const open = item.createEl("a", { cls: "ldn-note-link", text: candidate.path.replace(/\.md$/i, ""), href: "#" });
    open.addEventListener("click", (event) => {
      event.preventDefault();
      actions.openNote(candidate.path);
    });
    item.createEl("button", { cls: "ldn-cp-use-note", text: t("cpUseAsNote") }).addEventListener("click", () => actions.useAsNote(candidate.path));
  }
}

function renderQuestions(parent: HTMLElement, page: ConceptPage, ui: ConceptPageUi, actions: ConceptPageActions): void {
  const box = parent.createDiv({ cls: "ldn-cp-questions" });
  box.createEl("h4", { text: t("questions") });
  if (page.questions.length === 0) {
    box.createEl("p", { cls: "ldn-empty", text: t("cpNoQuestions") });
    return;
  }
  const list = box.createEl("ul", { cls: "ldn-question-list" });
  for (const question of page.questions.slice(0, ui.questions)) {
    const item = list.createEl("li", { cls: `ldn-question is-${question.status}`, attr: { "data-path": question.path, "data-line": question.line } });
    const button = item.createEl("button", { cls: "ldn-question-open" });
    button.createSpan({ cls: `ldn-badge is-${question.status}`, text: statusWord(question.status) });
    button.createSpan({ cls: "ldn-question-text", text: question.text });
    button.createSpan({ cls: "ldn-cp-question-note", text: question.title });
    button.addEventListener("click", () => actions.openNote(question.path, question.line));
    if (question.status === "answered") continue;
    const key = `${question.path}:${question.line}`;
    const answers = question.answers ?? ui.answers.get(key);
    if (answers === undefined && ui.pending.has(key)) {
      item.createDiv({ cls: "ldn-cp-answers ldn-cp-reading", text: t("cpLookingForAnswers") });
      continue;
    }
    if (answers === undefined) {
      item.createEl("button", { cls: "ldn-cp-find-answers", text: t("cpFindAnswers") }).addEventListener("click", () => actions.findAnswers(question));
      continue;
    }
    renderAnswers(item, answers, actions);
  }
  const hidden = page.questions.length - ui.questions;
  if (hidden > 0) box.createEl("button", { cls: "ldn-cp-more-questions", text: t("cpMoreQuestions", { count: hidden }) }).addEventListener("click", () => actions.moreQuestions());
}

function renderAnswers(parent: HTMLElement, answers: readonly AnswerCandidate[], actions: ConceptPageActions): void {
  const box = parent.createDiv({ cls: "ldn-cp-answers" });
  if (answers.length === 0) {
    box.createSpan({ cls: "ldn-empty", text: t("cpNoAnswers") });
    return;
  }
  box.createSpan({ cls: "ldn-cp-label", text: t("cpMayAnswer") });
  const list = box.createEl("ul");
  for (const answer of answers) {
    const item = list.createEl("li", { attr: { "data-path": answer.path } });
    const where = answer.heading ?? t("cpNoteStart");
    const open = item.createEl("button", { cls: "ldn-cp-answer", attr: { "aria-label": t("cpOpenAnswer", { title: answer.title, where }) } });
    open.createSpan({ cls: "ldn-cp-answer-title", text: answer.title });
    if (answer.heading !== undefined) open.createSpan({ cls: "ldn-cp-answer-heading", text: answer.heading });
    open.addEventListener("click", () => actions.openNote(answer.path, answer.line));
    const why = item.createDiv({ cls: "ldn-cp-reasons" });
    for (const reason of answer.reasons) why.createSpan({ cls: "ldn-cp-reason", text: reasonText(reason) });
  }
}

function renderRelated(parent: HTMLElement, page: ConceptPage, actions: ConceptPageActions): void {
  const related = page.concept.related.slice(0, RELATED_SHOWN);
  if (related.length === 0) return;
  const box = parent.createDiv({ cls: "ldn-cp-related" });
  box.createEl("h4", { text: t("related") });
  // Curated relations under their names, then the concepts only mentioned alongside.
  const groups = new Map<StringKey, typeof related>();
  for (const r of [...related.filter((r) => r.relation), ...related.filter((r) => !r.relation)]) {
    const key = relationGroup(r.relation);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, members] of groups) {
    const row = box.createDiv({ cls: "ldn-cp-relation", attr: { "data-relation": key } });
    row.createSpan({ cls: "ldn-cp-label", text: t(key) });
    const chips = row.createDiv({ cls: "ldn-related-list" });
    for (const r of members) {
      const chip = chips.createEl("button", { cls: "ldn-chip", text: conceptLabel(r.name, r.korean), attr: r.relation ? {} : { title: t("cpMentionedWithCount", { count: r.weight }) } });
      chip.addEventListener("click", () => actions.pickConcept(r.conceptId));
    }
  }
}
