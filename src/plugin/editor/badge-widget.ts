import { WidgetType, type EditorView } from "@codemirror/view";
import type { QuestionStatus } from "../../engine/parse/note-types";
import { statusWord } from "../ui/status-words";
import { windowOf } from "../ui/window-of";

/**
 * The status badge drawn at the end of a question line, in the editor and (the same element) in
 * reading view. The status word is always visible; the tooltip (status, first line of the answer,
 * concepts) is its `aria-label`, which Obsidian shows on hover, and a tap or click unfolds it in
 * place, so nothing is reachable by hover alone (phones have none).
 */
export function createBadgeEl(doc: Document, status: QuestionStatus, tooltip: string): HTMLElement {
  const badge = windowOf(doc).createSpan({
    cls: `ldn-question-badge is-${status}`,
    attr: { "aria-label": tooltip, role: "button", "aria-expanded": "false", "data-status": status },
  });
  badge.createSpan({ cls: "ldn-badge-status", text: statusWord(status) });
  badge.createSpan({ cls: "ldn-badge-detail", text: tooltip });
  // A listener on the badge's own element: it goes away with the element, which CodeMirror and the
  // reading view drop when they redraw; nothing outlives it to unregister.
  badge.addEventListener("click", (event) => {
    event.preventDefault();
    event.stopPropagation();
    const expanded = badge.classList.toggle("is-expanded");
    badge.setAttribute("aria-expanded", String(expanded));
  });
  return badge;
}

export class BadgeWidget extends WidgetType {
  constructor(
    readonly status: QuestionStatus,
    readonly tooltip: string,
  ) {
    super();
  }

  override eq(other: BadgeWidget): boolean {
    return other.status === this.status && other.tooltip === this.tooltip;
  }

  toDOM(view: EditorView): HTMLElement {
    return createBadgeEl(view.dom.ownerDocument, this.status, this.tooltip);
  }

  /** Clicks on the badge unfold it; they must not move the cursor or start a selection. */
  override ignoreEvent(event: Event): boolean {
    return event.type === "click" || event.type === "mousedown";
  }
}
