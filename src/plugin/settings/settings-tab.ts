import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import type { PluginSettings } from "../data/plugin-data";
import { t } from "../i18n/strings";
import { renderReviewSettings } from "../review/review-settings";

/** What the tab needs from the plugin: the settings, and a way to save them. */
export interface SettingsHost {
  readonly pluginSettings: PluginSettings;
  /** Saves; `reindex` when the change alters what the index reads. */
  saveSettings(reindex: boolean): Promise<void>;
}

export class LinkedDevOpsSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const settings = this.host.pluginSettings;

    new Setting(containerEl)
      .setName(t("settingsExcluded"))
      .setDesc(t("settingsExcludedDesc"))
      .addTextArea((text) =>
        text.setValue(settings.excludedFolders.join("\n")).onChange(async (value) => {
          settings.excludedFolders = value.split("\n").map((line) => line.trim()).filter((line) => line !== "");
          await this.host.saveSettings(true);
        }),
      );

    new Setting(containerEl)
      .setName(t("settingsMarkers"))
      .setDesc(t("settingsMarkersDesc"))
      .addText((text) =>
        text.setValue(settings.questionMarkers.join(", ")).onChange(async (value) => {
          const markers = value.split(",").map((m) => m.trim()).filter((m) => m !== "");
          settings.questionMarkers = markers.length > 0 ? markers : ["Q.", "Q:"];
          await this.host.saveSettings(true);
        }),
      );

    new Setting(containerEl)
      .setName(t("settingsListQuestions"))
      .setDesc(t("settingsListQuestionsDesc"))
      .addToggle((toggle) =>
        toggle.setValue(settings.listItemQuestions).onChange(async (value) => {
          settings.listItemQuestions = value;
          await this.host.saveSettings(true);
        }),
      );

    new Setting(containerEl)
      .setName(t("settingsExtraConcepts"))
      .setDesc(t("settingsExtraConceptsDesc"))
      .addTextArea((text) =>
        text.setPlaceholder("Argo CD: 아르고, argocd").setValue(settings.extraConcepts).onChange(async (value) => {
          settings.extraConcepts = value;
          await this.host.saveSettings(true);
        }),
      );

    new Setting(containerEl)
      .setName(t("settingsConceptTag"))
      .setDesc(t("settingsConceptTagDesc"))
      .addText((text) =>
        text.setValue(settings.conceptTag).onChange(async (value) => {
          settings.conceptTag = value.replace(/^#/, "").trim() || "concept";
          await this.host.saveSettings(true);
        }),
      );

    new Setting(containerEl)
      .setName(t("settingsConceptFolder"))
      .setDesc(t("settingsConceptFolderDesc"))
      .addText((text) =>
        text.setValue(settings.conceptFolder).onChange(async (value) => {
          settings.conceptFolder = value.trim();
          await this.host.saveSettings(false);
        }),
      );

    new Setting(containerEl)
      .setName(t("settingsExportPath"))
      .setDesc(t("settingsExportPathDesc"))
      .addText((text) =>
        text.setValue(settings.exportPath).onChange(async (value) => {
          settings.exportPath = value.trim() || "DevOps dashboard.md";
          await this.host.saveSettings(false);
        }),
      );

    new Setting(containerEl)
      .setName(t("settingsLinkEvery"))
      .setDesc(t("settingsLinkEveryDesc"))
      .addToggle((toggle) =>
        toggle.setValue(settings.linkEveryMention).onChange(async (value) => {
          settings.linkEveryMention = value;
          await this.host.saveSettings(false);
        }),
      );

    new Setting(containerEl)
      .setName(t("settingsQuestionBadges"))
      .setDesc(t("settingsQuestionBadgesDesc"))
      .addToggle((toggle) =>
        toggle.setValue(settings.questionBadges).onChange(async (value) => {
          settings.questionBadges = value;
          await this.host.saveSettings(false);
        }),
      );

    new Setting(containerEl)
      .setName(t("settingsConceptHints"))
      .setDesc(t("settingsConceptHintsDesc"))
      .addToggle((toggle) =>
        toggle.setValue(settings.conceptHints).onChange(async (value) => {
          settings.conceptHints = value;
          await this.host.saveSettings(false);
        }),
      );

    renderReviewSettings(containerEl, settings, () => this.host.saveSettings(false));
  }
}
