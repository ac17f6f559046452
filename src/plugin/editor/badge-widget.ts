import { WidgetType, type EditorView } from "@codemirror/view";
import type { AnswerCandidate } from "../../engine/answers/suggest-answers";
import type { QuestionStatus } from "../../engine/parse/note-types";
import { t } from "../i18n/strings";
import { renderAnswerLinks } from "../ui/answer-links";
import { statusWord } from "../ui/status-words";
import { windowOf } from "../ui/window-of";

/**
 * The notes that may answer an open or unsure question, found when first wanted (a hover, a
 * focus, a tap): a suggestion costs milliseconds in a large vault, and a note has many badges.
 */
export interface BadgeAnswers {
  find: () => readonly AnswerCandidate[];
  open: (path: string, line: number) => void;
}

/**
 * The status badge drawn at the end of a question line, in the editor and (the same element) in
 * reading view. The status word is always visible; the tooltip (status, first line of the answer,
 * concepts, and for an open or unsure question the notes that may answer it) is its `aria-label`,
 * which Obsidian shows on hover, and a tap or click unfolds it in place, with those notes as links
 * that open each at its best section, so nothing is reachable by hover alone (phones have none).
 */
export function createBadgeEl(doc: Document, status: QuestionStatus, tooltip: string, answers?: BadgeAnswers): HTMLElement {
  const badge = windowOf(doc).createSpan({
    cls: `ldn-question-badge is-${status}`,
    attr: { "aria-label": tooltip, role: "button", "aria-expanded": "false", "data-status": status },
  });
  badge.createSpan({ cls: "ldn-badge-status", text: statusWord(status) });
  const detail = badge.createSpan({ cls: "ldn-badge-detail" });
  detail.createSpan({ cls: "ldn-badge-detail-text", text: tooltip });
  // Listeners on the badge's own element: they go away with the element, which CodeMirror and the
  // reading view drop when they redraw; nothing outlives it to unregister.
  let found: readonly AnswerCandidate[] | undefined;
  const findAnswers = (): void => {
    if (!answers || found) return;
    found = answers.find();
    if (found.length > 0) badge.setAttribute("aria-label", `${tooltip}\n${t("badgeAnswers", { notes: found.map((c) => c.title).join(", ") })}`);
    renderAnswerLinks(detail.createDiv({ cls: "ldn-answers ldn-badge-answers" }), found, answers.open);
  };
  if (answers) {
    badge.addEventListener("pointerenter", findAnswers);
    badge.addEventListener("focus", findAnswers);
  }
  badge.addEventListener("click", (event) => {
    event.preventDefault();
    event.stopPropagation();
    findAnswers();
    const expanded = badge.classList.toggle("is-expanded");
    badge.setAttribute("aria-expanded", String(expanded));
  });
  return badge;
}

export class BadgeWidget extends WidgetType {
  constructor(
    readonly status: QuestionStatus,
    readonly tooltip: string,
    /** The question as asked, for its answers: badges of the same status and tooltip for another question differ. */
    readonly question = "",
    readonly answers?: BadgeAnswers,
  ) {
    super();
  }

  override eq(other: BadgeWidget): boolean {
    return other.status === this.status && other.tooltip === this.tooltip && other.question === this.question && (other.answers === undefined) === (this.answers === undefined);
  }

  toDOM(view: EditorView): HTMLElement {
    return createBadgeEl(view.dom.ownerDocument, this.status, this.tooltip, this.answers);
  }

  /** Clicks on the badge unfold it; they must not move the cursor or start a selection. */
  override ignoreEvent(event: Event): boolean {
    return event.type === "click" || event.type === "mousedown";
  }
}
