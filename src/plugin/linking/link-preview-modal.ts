import { Modal, type App } from "obsidian";
import type { LinkChange } from "../../engine/linking/link-preview";
import { t } from "../i18n/strings";
import { renderLinkPreview, type PreviewNote } from "./render-link-preview";

/**
 * "Link concept mentions" with a preview: every planned change listed, each with a checkbox, all
 * checked to begin with; only what stays checked is written, and only when the user says so.
 */
export class LinkPreviewModal extends Modal {
  private readonly checked: Set<LinkChange>;

  constructor(
    app: App,
    private readonly notes: readonly PreviewNote[],
    private readonly conceptName: (conceptId: string) => string,
    private readonly onApply: (kept: LinkChange[]) => void,
  ) {
    super(app);
    this.checked = new Set(notes.flatMap((note) => note.changes));
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.modalEl.addClass("ldn-link-preview");
    this.setTitle(t("lpTitle"));
    const total = this.checked.size;
    contentEl.createEl("p", { cls: "ldn-lp-intro", text: t("lpIntro", { count: total, notes: this.notes.length }) });
    const tools = contentEl.createDiv({ cls: "ldn-lp-tools" });
    const all = tools.createEl("button", { cls: "ldn-lp-check-all", text: t("lpCheckAll") });
    const none = tools.createEl("button", { cls: "ldn-lp-check-none", text: t("lpCheckNone") });
    const list = contentEl.createDiv({ cls: "ldn-lp-scroll" });
    const buttons = contentEl.createDiv({ cls: "modal-button-container" });
    const apply = buttons.createEl("button", { cls: "mod-cta ldn-lp-apply" });
    const cancel = buttons.createEl("button", { cls: "ldn-lp-cancel", text: t("lpCancel") });
    const kept = (): LinkChange[] => this.notes.flatMap((note) => note.changes.filter((c) => this.checked.has(c)));
    const refresh = (): void => {
      apply.setText(t("lpApply", { count: this.checked.size }));
      apply.disabled = this.checked.size === 0;
    };
    const rerender = (): void => {
      list.empty();
      renderLinkPreview(list, this.notes, this.checked, this.conceptName, refresh);
    };
    rerender();
    all.addEventListener("click", () => {
      for (const note of this.notes) for (const c of note.changes) this.checked.add(c);
      rerender();
    });
    none.addEventListener("click", () => {
      this.checked.clear();
      rerender();
    });
    cancel.addEventListener("click", () => this.close());
    apply.addEventListener("click", () => {
      const chosen = kept();
      this.close();
      if (chosen.length > 0) this.onApply(chosen);
    });
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
