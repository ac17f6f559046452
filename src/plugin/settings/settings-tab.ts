import { PluginSettingTab, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import type { PluginSettings } from "../../engine/plugin-data/plugin-data";
import { t } from "../i18n/strings";
import { reviewSettingsSection } from "../review-cards/review-settings";
import { renderSettingRows, settingDefinitions, type SettingSection } from "./setting-rows";

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

  /** Obsidian 1.13 and later: draws the tab from these, and searches them. */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    return settingDefinitions(this.sections());
  }

  /** Obsidian before 1.13 (the plugin supports 1.8.7): the same rows, drawn here. */
  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    renderSettingRows(containerEl, this.sections());
  }

  private sections(): SettingSection[] {
    const settings = this.host.pluginSettings;
    const save = (reindex: boolean): Promise<void> => this.host.saveSettings(reindex);
    const general: SettingSection = {
      rows: [
        {
          name: t("settingsExcluded"),
          desc: t("settingsExcludedDesc"),
          addControl: (setting) => {
            setting.addTextArea((text) =>
              text.setValue(settings.excludedFolders.join("\n")).onChange(async (value) => {
                settings.excludedFolders = value.split("\n").map((line) => line.trim()).filter((line) => line !== "");
                await save(true);
              }),
            );
          },
        },
        {
          name: t("settingsMarkers"),
          desc: t("settingsMarkersDesc"),
          addControl: (setting) => {
            setting.addText((text) =>
              text.setValue(settings.questionMarkers.join(", ")).onChange(async (value) => {
                const markers = value.split(",").map((m) => m.trim()).filter((m) => m !== "");
                settings.questionMarkers = markers.length > 0 ? markers : ["Q.", "Q:"];
                await save(true);
              }),
            );
          },
        },
        {
          name: t("settingsListQuestions"),
          desc: t("settingsListQuestionsDesc"),
          addControl: (setting) => {
            setting.addToggle((toggle) =>
              toggle.setValue(settings.listItemQuestions).onChange(async (value) => {
                settings.listItemQuestions = value;
                await save(true);
              }),
            );
          },
        },
        {
          name: t("settingsExtraConcepts"),
          desc: t("settingsExtraConceptsDesc"),
          addControl: (setting) => {
            setting.addTextArea((text) =>
              text.setPlaceholder("Keycloak: 키클록, 키클락").setValue(settings.extraConcepts).onChange(async (value) => {
                settings.extraConcepts = value;
                await save(true);
              }),
            );
          },
        },
        {
          name: t("settingsConceptTag"),
          desc: t("settingsConceptTagDesc"),
          addControl: (setting) => {
            setting.addText((text) =>
              text.setValue(settings.conceptTag).onChange(async (value) => {
                settings.conceptTag = value.replace(/^#/, "").trim() || "concept";
                await save(true);
              }),
            );
          },
        },
        {
          name: t("settingsConceptFolder"),
          desc: t("settingsConceptFolderDesc"),
          addControl: (setting) => {
            setting.addText((text) =>
              text.setValue(settings.conceptFolder).onChange(async (value) => {
                settings.conceptFolder = value.trim();
                await save(false);
              }),
            );
          },
        },
        {
          name: t("settingsExportPath"),
          desc: t("settingsExportPathDesc"),
          addControl: (setting) => {
            setting.addText((text) =>
              text.setValue(settings.exportPath).onChange(async (value) => {
                settings.exportPath = value.trim() || "DevOps dashboard.md";
                await save(false);
              }),
            );
          },
        },
        {
          name: t("settingsLinkEvery"),
          desc: t("settingsLinkEveryDesc"),
          addControl: (setting) => {
            setting.addToggle((toggle) =>
              toggle.setValue(settings.linkEveryMention).onChange(async (value) => {
                settings.linkEveryMention = value;
                await save(false);
              }),
            );
          },
        },
        {
          name: t("settingsQuestionBadges"),
          desc: t("settingsQuestionBadgesDesc"),
          addControl: (setting) => {
            setting.addToggle((toggle) =>
              toggle.setValue(settings.questionBadges).onChange(async (value) => {
                settings.questionBadges = value;
                await save(false);
              }),
            );
          },
        },
        {
          name: t("settingsConceptHints"),
          desc: t("settingsConceptHintsDesc"),
          addControl: (setting) => {
            setting.addToggle((toggle) =>
              toggle.setValue(settings.conceptHints).onChange(async (value) => {
                settings.conceptHints = value;
                await save(false);
              }),
            );
          },
        },
      ],
    };
    return [general, reviewSettingsSection(settings, () => save(false))];
  }
}
