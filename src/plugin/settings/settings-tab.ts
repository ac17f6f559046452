import { PluginSettingTab, type App, type Plugin, type Setting, type SettingDefinitionItem } from "obsidian";
import { SETTINGS, settingFromInput, settingToInput, type PluginSettings, type SettingSpec } from "../../engine/plugin-data/plugin-settings";
import { t } from "../i18n/strings";
import { indexStoreRow, obsidianExcludedRow, type IndexSettingsHost } from "./index-setting-rows";
import { GROUP_HEADINGS, SETTING_LABELS } from "./setting-labels";
import { renderSettingRows, settingDefinitions, type SettingRow, type SettingSection } from "./setting-rows";

/** What the tab needs from the plugin: the settings, and a way to save them. */
export interface SettingsHost {
  readonly pluginSettings: PluginSettings;
  /** Saves; `reindex` when the change alters what the index reads. */
  saveSettings(reindex: boolean): Promise<void>;
}

/**
 * The settings tab, drawn from the engine's declaration of the settings (`SETTINGS`): one row a
 * setting, its control by its kind, its value read and checked by the engine. A value typed that
 * is not taken (a number out of range) leaves the setting as it was.
 */
export class LinkedDevOpsSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
    private readonly index?: IndexSettingsHost,
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
    const sections = new Map<SettingSpec["group"], SettingSection>();
    for (const spec of SETTINGS) {
      let section = sections.get(spec.group);
      if (!section) {
        const heading = GROUP_HEADINGS[spec.group];
        section = heading === undefined ? { rows: [] } : { heading: t(heading), rows: [] };
        sections.set(spec.group, section);
      }
      section.rows.push(this.row(spec));
      // Which notes the index leaves out is said in one place: Obsidian's list under our own.
      if (spec.key === "excludedFolders" && this.index) section.rows.push(obsidianExcludedRow(this.index));
    }
    if (this.index) sections.get("general")?.rows.push(indexStoreRow(this.index));
    return [...sections.values()];
  }

  private row(spec: SettingSpec): SettingRow {
    const settings = this.host.pluginSettings;
    const labels = SETTING_LABELS[spec.key];
    const take = async (input: string | boolean): Promise<void> => {
      const value = settingFromInput(spec, input);
      if (value === undefined) return;
      (settings as unknown as Record<string, unknown>)[spec.key] = value;
      await this.host.saveSettings(spec.reindex);
    };
    const shown = settingToInput(spec, settings[spec.key]);
    return {
      name: t(labels.name),
      desc: t(labels.desc),
      addControl: (setting: Setting) => {
        const kind = spec.type.kind;
        if (kind === "toggle") setting.addToggle((toggle) => toggle.setValue(shown === true).onChange(take));
        else if (kind === "lines" || kind === "multiline") {
          setting.addTextArea((text) => {
            if (labels.placeholder) text.setPlaceholder(labels.placeholder);
            text.setValue(String(shown)).onChange(take);
          });
        } else setting.addText((text) => text.setValue(String(shown)).onChange(take));
      },
    };
  }
}
