import { Notice, type Setting } from "obsidian";
import type { IndexStoreInfo } from "../host/index-store";
import { t } from "../i18n/strings";
import type { SettingRow } from "./setting-rows";

/** What the settings tab shows of the index beside the settings: which notes it leaves out, and its cache. */
export interface IndexSettingsHost {
  /** The vault's "Excluded files" list (Options → Files and links). */
  obsidianExcludedFiles(): string[];
  /** The index's cache on this device; undefined when there is none. */
  storeInfo(): IndexStoreInfo | undefined;
}

/** Shown under "Excluded folders": the other list that leaves notes out of the index. */
export function obsidianExcludedRow(host: IndexSettingsHost): SettingRow {
  const filters = host.obsidianExcludedFiles();
  return {
    name: t("settingsObsidianExcluded"),
    desc: filters.length === 0 ? t("settingsObsidianExcludedNone") : t("settingsObsidianExcludedSome", { filters: filters.join(", ") }),
    addControl: () => undefined,
  };
}

/** The cache's size on this device, and a button that clears it. */
export function indexStoreRow(host: IndexSettingsHost): SettingRow {
  const store = host.storeInfo();
  return {
    name: t("settingsIndexStore"),
    desc: store ? t("settingsIndexStoreEmpty") : t("settingsIndexStoreNone"),
    addControl: (setting: Setting) => {
      if (!store) return;
      const showSize = (): void => {
        void store.size().then(
          ({ notes, bytes }) => setting.setDesc(notes === 0 ? t("settingsIndexStoreEmpty") : t("settingsIndexStoreSize", { notes, size: sizeText(bytes) })),
          () => setting.setDesc(t("settingsIndexStoreNone")),
        );
      };
      showSize();
      setting.addButton((button) =>
        button.setButtonText(t("settingsIndexStoreClear")).onClick(() => {
          void store.clear().then(() => {
            new Notice(t("settingsIndexStoreCleared"));
            showSize();
          });
        }),
      );
    },
  };
}

/** `1.4 MB`, `820 KB`: a size as the settings show it. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
