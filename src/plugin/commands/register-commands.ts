import { TFile, type Editor, type Plugin } from "obsidian";
import { t } from "../i18n/strings";

/**
 * The plugin's commands. Ids are stable (users bind hotkeys to them) and there are no default
 * hotkeys. Actions may return a promise; Obsidian ignores it, tests wait on it. The commands that
 * act on the current note are offered only when there is one (check callbacks).
 */
export interface CommandActions {
  openDashboard(): unknown;
  searchTerms(): unknown;
  /** Links the mentions of the markdown note open in `editor`. */
  linkMentions(editor: Editor, file: TFile): unknown;
  createConceptNote(): unknown;
  exportDashboard(): unknown;
  /** Whether the active note is one the index has read (so it has questions to show). */
  hasNoteQuestions(): boolean;
  showNoteQuestions(): unknown;
  rebuildIndex(): unknown;
  reviewQuestions(): unknown;
}

export function registerCommands(plugin: Plugin, actions: CommandActions): void {
  plugin.addCommand({ id: "open-dashboard", name: t("openDashboard"), callback: () => actions.openDashboard() });
  plugin.addCommand({ id: "search-terms", name: t("searchTerms"), callback: () => actions.searchTerms() });
  plugin.addCommand({
    id: "link-concept-mentions",
    name: t("linkMentions"),
    editorCheckCallback: (checking, editor, ctx) => {
      const file = ctx.file;
      if (!(file instanceof TFile) || file.extension !== "md") return false;
      if (!checking) void actions.linkMentions(editor, file);
      return true;
    },
  });
  plugin.addCommand({ id: "create-concept-note", name: t("createConceptNote"), callback: () => actions.createConceptNote() });
  plugin.addCommand({ id: "export-dashboard", name: t("exportDashboard"), callback: () => actions.exportDashboard() });
  plugin.addCommand({
    id: "show-note-questions",
    name: t("showNoteQuestions"),
    checkCallback: (checking) => {
      if (!actions.hasNoteQuestions()) return false;
      if (!checking) void actions.showNoteQuestions();
      return true;
    },
  });
  plugin.addCommand({ id: "rebuild-index", name: t("rebuildIndex"), callback: () => actions.rebuildIndex() });
  plugin.addCommand({ id: "review-questions", name: t("reviewQuestions"), callback: () => actions.reviewQuestions() });
}
