import type { ConceptModel } from "../../engine/dashboard/concept-model";
import { t } from "../i18n/strings";
import { conceptLabel } from "../ui/concept-label";
import { statusWord } from "../ui/status-words";

/**
 * The concept card drawn next to a mention in the editor: the concept, its other names, how many
 * notes mention it, related concepts, its open questions, and what the user can do. Every action is
 * a real button (reachable by tap and keyboard, never by hover alone).
 */
export interface ConceptCardActions {
  /** Absent when the concept has no note to link to. A function value, not a method: it is read off to narrow it. */
  linkMention?: () => void;
  createConceptNote(): void;
  openDashboard(): void;
  openQuestion(path: string, line: number): void;
}

/** Related concepts the card has room for. */
const CARD_RELATED = 6;

export function renderConceptCard(parent: HTMLElement, model: ConceptModel, actions: ConceptCardActions): HTMLElement {
  const card = parent.createDiv({ cls: "ldn-concept-card", attr: { role: "dialog", "aria-label": t("cardLabel", { name: conceptLabel(model.name, model.korean) }), "data-concept": model.conceptId } });
  card.createDiv({ cls: "ldn-card-title", text: conceptLabel(model.name, model.korean) });
  if (model.aliases.length > 0) card.createDiv({ cls: "ldn-card-aliases", text: model.aliases.join(" · ") });
  card.createDiv({ cls: "ldn-card-meta", text: t("cardNotes", { count: model.noteCount }) });

  // At a glance a curated relation says more than a co-mention of the same weight: those first.
  const closest = [...model.related].sort((a, b) => Number(!!b.relation) - Number(!!a.relation)).slice(0, CARD_RELATED);
  if (closest.length > 0) {
    const related = card.createDiv({ cls: "ldn-card-related" });
    related.createSpan({ cls: "ldn-card-label", text: t("related") });
    for (const r of closest) related.createSpan({ cls: "ldn-card-chip", text: conceptLabel(r.name, r.korean) });
  }

  const questions = card.createDiv({ cls: "ldn-card-questions" });
  questions.createDiv({ cls: "ldn-card-label", text: `${t("openQuestions")} (${model.openCount})` });
  if (model.openQuestions.length === 0) questions.createDiv({ cls: "ldn-card-empty", text: t("cardNoQuestions") });
  const list = questions.createEl("ul");
  for (const q of model.openQuestions) {
    const button = list.createEl("li").createEl("button", { cls: "ldn-card-question", attr: { "aria-label": `${statusWord(q.status)}: ${q.text} (${q.title})` } });
    button.createSpan({ cls: `ldn-badge is-${q.status}`, text: statusWord(q.status) });
    button.createSpan({ cls: "ldn-card-question-text", text: q.text });
    button.createSpan({ cls: "ldn-card-question-note", text: q.title });
    button.addEventListener("click", () => actions.openQuestion(q.path, q.line));
  }
  if (model.openCount > model.openQuestions.length) questions.createDiv({ cls: "ldn-card-more", text: t("cardMore", { count: model.openCount - model.openQuestions.length }) });

  const buttons = card.createDiv({ cls: "ldn-card-actions" });
  const { linkMention } = actions;
  if (linkMention) {
    buttons.createEl("button", { cls: "mod-cta ldn-card-link", text: t("linkThisMention") }).addEventListener("click", () => linkMention());
  } else {
    buttons.createSpan({ cls: "ldn-card-empty", text: t("noConceptNote") });
    buttons.createEl("button", { cls: "ldn-card-create", text: t("createIt") }).addEventListener("click", () => actions.createConceptNote());
  }
  buttons.createEl("button", { cls: "ldn-card-dashboard", text: t("openInDashboard") }).addEventListener("click", () => actions.openDashboard());
  return card;
}
