import { t } from "../i18n/strings";
import type { SectionId } from "./dashboard-state";

/**
 * A dashboard section with a header that folds it away: the header is a button (Enter and Space
 * work, `aria-expanded` says which way it is), and a folded section's body is not drawn at all,
 * so a long one costs nothing while it is folded. Which are folded is the view's saved state.
 */
export function renderSectionFrame(parent: HTMLElement, id: SectionId, title: string, collapsed: boolean, onToggle: (id: SectionId) => void, extraClass = ""): HTMLElement | undefined {
  const section = parent.createDiv({ cls: `ldn-section ldn-section-${id} ${extraClass}`.trim(), attr: { "data-section": id } });
  if (collapsed) section.addClass("is-collapsed");
  const header = section.createEl("h3", { cls: "ldn-section-header" });
  const toggle = header.createEl("button", {
    cls: "ldn-section-toggle",
    attr: { "aria-expanded": String(!collapsed), "aria-label": t("sectionToggle", { section: title }), "aria-controls": `ldn-section-body-${id}` },
  });
  toggle.createSpan({ cls: "ldn-section-chevron", attr: { "aria-hidden": "true" } });
  toggle.createSpan({ cls: "ldn-section-title", text: title });
  toggle.addEventListener("click", () => onToggle(id));
  if (collapsed) return undefined;
  return section.createDiv({ cls: "ldn-section-body", attr: { id: `ldn-section-body-${id}` } });
}
