import { Notice, type Plugin } from "obsidian";
import type { NoteRecord } from "../../engine/index/note-record";
import type { LiveIndex } from "../host/live-index";
import { t } from "../i18n/strings";
import { openNoteAtLine } from "../ui/open-note";
import { NoteQuestionsModal } from "./note-questions-modal";
import { QuestionStatusBar } from "./question-status-bar";

/**
 * The questions of the note being read: counted in the status bar (which shows the indexing
 * progress while the index is built), and listed by "Show the questions in the current note" or
 * a click on the status bar.
 */
export class NoteQuestionsFeature {
  private statusBar: QuestionStatusBar | undefined;

  constructor(
    private readonly plugin: Plugin,
    private readonly live: () => LiveIndex,
  ) {}

  register(): void {
    const { plugin } = this;
    const statusEl = plugin.addStatusBarItem();
    const statusBar = new QuestionStatusBar(statusEl);
    this.statusBar = statusBar;
    plugin.registerDomEvent(statusEl, "click", () => this.show());
    plugin.register(this.live().onChange(() => this.refresh()));
    plugin.register(this.live().onProgress((p) => (p.finished ? this.refresh() : statusBar.showProgress(p.done, p.total))));
    plugin.registerEvent(plugin.app.workspace.on("file-open", () => this.refresh()));
  }

  /** The active note, when the index has read it (so it has questions to show). */
  activeNote(): NoteRecord | undefined {
    const file = this.plugin.app.workspace.getActiveFile();
    return file ? this.live().index.note(file.path) : undefined;
  }

  /** Lists the active note's questions, open first; choosing one jumps to its line. */
  show(): void {
    const app = this.plugin.app;
    const note = this.activeNote();
    if (!note) {
      new Notice(t("noActiveNote"));
      return;
    }
    new NoteQuestionsModal(app, note.questions, (q) => void openNoteAtLine(app, note.path, q.line)).open();
  }

  private refresh(): void {
    const file = this.plugin.app.workspace.getActiveFile();
    this.statusBar?.showNote(file ? this.live().index.note(file.path) : undefined);
  }
}
