import type { AnswerCandidate, AnswerReason } from "../../engine/answers/suggest-answers";
import { t, type StringKey } from "../i18n/strings";

/**
 * The notes that may answer an open question, as links: each opens its note at its best section
 * in one click, and says why it was suggested (shared concepts, words, a heading that names the
 * subject). Drawn under a question in the dashboard and inside a question badge's tooltip.
 */

const REASON_KEYS: Record<AnswerReason["kind"], StringKey> = {
  concept: "answerReasonConcept",
  term: "answerReasonTerm",
  heading: "answerReasonHeading",
  title: "answerReasonTitle",
  "concept-note": "answerReasonConceptNote",
  linked: "answerReasonLinked",
};

/** How many reasons a link shows. */
const SHOWN_REASONS = 3;

export function renderAnswerLinks(parent: HTMLElement, candidates: readonly AnswerCandidate[], open: (path: string, line: number) => void): void {
  parent.empty();
  if (candidates.length === 0) {
    parent.createDiv({ cls: "ldn-answers-none", text: t("answersNone") });
    return;
  }
  parent.createDiv({ cls: "ldn-answers-title", text: t("answersTitle") });
  const list = parent.createEl("ul", { cls: "ldn-answers-list" });
  for (const candidate of candidates) {
    const item = list.createEl("li", { cls: "ldn-answer", attr: { "data-path": candidate.path, "data-line": candidate.line } });
    const link = item.createEl("a", { cls: "ldn-answer-link", href: "#" });
    link.createSpan({ cls: "ldn-answer-title", text: candidate.title });
    if (candidate.heading !== undefined && candidate.heading !== candidate.title) link.createSpan({ cls: "ldn-answer-heading", text: candidate.heading });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      event.stopPropagation();
      open(candidate.path, candidate.line);
    });
    const reasons = candidate.reasons.slice(0, SHOWN_REASONS).map(reasonText).join(" · ");
    if (reasons !== "") item.createSpan({ cls: "ldn-answer-reasons", text: reasons });
  }
}

export function reasonText(reason: AnswerReason): string {
  return t(REASON_KEYS[reason.kind], { text: reason.text });
}
