import type { NoteRecord } from "../../engine/index/note-record";
import { t } from "../i18n/strings";

/** The status bar item: the open and unsure questions of the active note, or the indexing progress. */
export class QuestionStatusBar {
  constructor(private readonly el: HTMLElement) {
    el.addClass("ldn-status", "mod-clickable");
  }

  showNote(note: NoteRecord | undefined): void {
    const open = note?.questions.filter((q) => q.status === "open").length ?? 0;
    const unsure = note?.questions.filter((q) => q.status === "unsure").length ?? 0;
    this.el.setText(open + unsure > 0 ? t("statusBar", { open, unsure }) : note ? t("statusBarNone") : "");
    this.el.setAttr("aria-label", t("showNoteQuestions"));
  }

  showProgress(done: number, total: number): void {
    this.el.setText(`${t("indexing")} ${done}/${total}`);
  }
}
