import { mergeSetAside } from "../set-aside/set-aside-marks";
import { mergeStates } from "../review-cards/review-state";
import { SETTINGS, type SettingKey } from "./plugin-settings";
import { PLUGIN_DATA_FORMAT, type PluginData } from "./plugin-data";

export interface MergedPluginData {
  data: PluginData;
  /** Settings whose value the merge took from the other side. */
  settingsTaken: SettingKey[];
}

/**
 * Our data and another device's (`data.json` as a sync left it), as one. Every part is merged,
 * nothing is simply written over:
 * - a setting: the value changed last, by each side's change time; without a newer time theirs
 *   never wins (a device that never changed a setting, or an older version that keeps no times,
 *   must not put its defaults over what was chosen here);
 * - a set-aside mark: the one set aside last, note by note;
 * - the review cards: the record reviewed last, card by card; orphans likewise; logs joined.
 */
export function mergePluginData(ours: PluginData, theirs: PluginData): MergedPluginData {
  const settings = { ...ours.settings };
  const settingsChangedAt = { ...ours.settingsChangedAt };
  const settingsTaken: SettingKey[] = [];
  for (const { key } of SETTINGS) {
    const ourTime = ours.settingsChangedAt[key] ?? 0;
    const theirTime = theirs.settingsChangedAt[key] ?? 0;
    if (theirTime <= ourTime) continue;
    if (JSON.stringify(theirs.settings[key]) !== JSON.stringify(ours.settings[key])) {
      (settings as Record<SettingKey, unknown>)[key] = theirs.settings[key];
      settingsTaken.push(key);
    }
    settingsChangedAt[key] = theirTime;
  }
  return {
    data: {
      format: PLUGIN_DATA_FORMAT,
      settings,
      settingsChangedAt,
      setAside: { ...mergeSetAside(ours.setAside, theirs.setAside) },
      reviewCards: mergeStates(ours.reviewCards, theirs.reviewCards),
    },
    settingsTaken,
  };
}
