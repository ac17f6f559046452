import type { Plugin } from "obsidian";
import { t } from "../i18n/strings";

/**
 * The plugin's commands. Ids are stable (users bind hotkeys to them) and there are no default
 * hotkeys. Actions may return a promise; Obsidian ignores it, tests wait on it.
 */
export interface CommandActions {
  openDashboard(): unknown;
  searchTerms(): unknown;
  linkMentions(): unknown;
  createConceptNote(): unknown;
  exportDashboard(): unknown;
  showNoteQuestions(): unknown;
  rebuildIndex(): unknown;
  reviewQuestions(): unknown;
}

export function registerCommands(plugin: Plugin, actions: CommandActions): void {
  plugin.addCommand({ id: "open-dashboard", name: t("openDashboard"), callback: () => actions.openDashboard() });
  plugin.addCommand({ id: "search-terms", name: t("searchTerms"), callback: () => actions.searchTerms() });
  plugin.addCommand({ id: "link-concept-mentions", name: t("linkMentions"), callback: () => actions.linkMentions() });
  plugin.addCommand({ id: "create-concept-note", name: t("createConceptNote"), callback: () => actions.createConceptNote() });
  plugin.addCommand({ id: "export-dashboard", name: t("exportDashboard"), callback: () => actions.exportDashboard() });
  plugin.addCommand({ id: "show-note-questions", name: t("showNoteQuestions"), callback: () => actions.showNoteQuestions() });
  plugin.addCommand({ id: "rebuild-index", name: t("rebuildIndex"), callback: () => actions.rebuildIndex() });
  plugin.addCommand({ id: "review-questions", name: t("reviewQuestions"), callback: () => actions.reviewQuestions() });
}
