import type { Setting } from "obsidian";
import { isNumberIn, type PluginSettings } from "../../engine/plugin-data/plugin-data";
import { t } from "../i18n/strings";
import type { SettingRow, SettingSection } from "../settings/setting-rows";

/**
 * The review cards' settings, at the end of the settings tab. A value out of range is not
 * taken (the field keeps what was typed, the setting keeps its last good value), so a half-typed
 * `0.` never reaches the scheduler.
 */
export function reviewSettingsSection(settings: PluginSettings, save: () => Promise<void>): SettingSection {
  const numberRow = (name: string, desc: string, value: () => number, min: number, max: number, apply: (n: number) => void): SettingRow => ({
    name,
    desc,
    addControl: (setting: Setting) => {
      setting.addText((text) =>
        text.setValue(String(value())).onChange(async (typed) => {
          const n = Number(typed.trim());
          if (typed.trim() === "" || !isNumberIn(n, min, max)) return;
          apply(n);
          await save();
        }),
      );
    },
  });
  return {
    heading: t("settingsReviewHeading"),
    rows: [
      numberRow(t("settingsNewPerDay"), t("settingsNewPerDayDesc"), () => settings.newCardsPerDay, 0, 9999, (n) => (settings.newCardsPerDay = Math.round(n))),
      numberRow(t("settingsRetention"), t("settingsRetentionDesc"), () => settings.desiredRetention, 0.7, 0.99, (n) => (settings.desiredRetention = n)),
      numberRow(t("settingsMaxInterval"), t("settingsMaxIntervalDesc"), () => settings.maximumIntervalDays, 1, 36500, (n) => (settings.maximumIntervalDays = Math.round(n))),
    ],
  };
}
