import { mergeSetAside, type SetAsideMarks } from "../set-aside/set-aside-marks";
import type { SetAsideMark } from "../set-aside/set-aside-schedule";
import { emptyReviewState, mergeStates, parseReviewState, type ParsedReviewState, type ReviewState } from "../review-cards/review-state";
import { isObject } from "../review-cards/stored-records";
import { readSettings, SETTINGS, type PluginSettings, type SettingKey } from "./plugin-settings";

/**
 * Everything the plugin keeps in its `data.json` (never in the notes), as written since format 2:
 *
 * ```json
 * { "format": 2,
 *   "settings": { "excludedFolders": [], "questionMarkers": ["Q.", "Q:"], … },
 *   "settingsChangedAt": { "questionMarkers": 1714550400000 },
 *   "setAside": { "Inbox/note.md": { "setAsideAt": 1714550400000, "count": 2 } },
 *   "reviewCards": { "version": 1, "cards": { … }, "orphans": { … }, "log": [ … ] } }
 * ```
 *
 * Format 1 (0.1.0) had no `format`, the set-aside marks under `reviews` (`reviewedAt`, `count`)
 * and the review cards under `review`. It is read as format 2; where a file holds both names (an
 * older version on another device wrote the old ones since), both are read and merged.
 */

export const PLUGIN_DATA_FORMAT = 2;

export interface PluginData {
  format: typeof PLUGIN_DATA_FORMAT;
  settings: PluginSettings;
  /** When each setting was last changed, on any device (ms): what a sync merge compares. A key never changed has none. */
  settingsChangedAt: Partial<Record<SettingKey, number>>;
  /** Notes set aside from the dashboard's queue (Mark reviewed), by path. */
  setAside: Record<string, SetAsideMark>;
  /** The review cards' schedule (FSRS). */
  reviewCards: ReviewState;
}

export interface ReadPluginData {
  data: PluginData;
  /** How the stored review cards read: a problem there means the raw value should be kept aside (`backup`). */
  reviewCards: ParsedReviewState;
}

export function emptyPluginData(): PluginData {
  return { format: PLUGIN_DATA_FORMAT, settings: readSettings(undefined), settingsChangedAt: {}, setAside: {}, reviewCards: emptyReviewState() };
}

/** Reads whatever `loadData()` returned (nothing, format 1, format 2, or damage), keeping what is valid and filling in the rest. */
export function readPluginData(raw: unknown): ReadPluginData {
  const stored = isObject(raw) ? raw : {};
  const reviewCards = readReviewCards(stored);
  const data: PluginData = {
    format: PLUGIN_DATA_FORMAT,
    settings: readSettings(stored.settings),
    settingsChangedAt: readChangeTimes(stored.settingsChangedAt),
    setAside: mergeSetAside(readMarks(stored.setAside, "setAsideAt"), readMarks(stored.reviews, "reviewedAt")),
    reviewCards: reviewCards.state,
  };
  return { data, reviewCards };
}

/** The review cards under their name, or under format 1's, or both merged. */
function readReviewCards(stored: Record<string, unknown>): ParsedReviewState {
  const current = parseReviewState(stored.reviewCards);
  if (stored.review === undefined) return current;
  const legacy = parseReviewState(stored.review);
  if (stored.reviewCards === undefined) return legacy;
  const merged: ParsedReviewState = { ...(current.problem ? current : legacy), state: mergeStates(current.state, legacy.state) };
  if (!current.problem && !legacy.problem) return { state: merged.state };
  return merged;
}

function readMarks(raw: unknown, timeField: "setAsideAt" | "reviewedAt"): SetAsideMarks {
  const marks: Record<string, SetAsideMark> = {};
  if (!isObject(raw)) return marks;
  for (const [path, value] of Object.entries(raw)) {
    if (!isObject(value)) continue;
    const at = value[timeField];
    if (typeof at === "number" && Number.isFinite(at) && typeof value.count === "number" && Number.isFinite(value.count)) marks[path] = { setAsideAt: at, count: value.count };
  }
  return marks;
}

function readChangeTimes(raw: unknown): Partial<Record<SettingKey, number>> {
  const times: Partial<Record<SettingKey, number>> = {};
  if (!isObject(raw)) return times;
  for (const { key } of SETTINGS) {
    const at = raw[key];
    if (typeof at === "number" && Number.isFinite(at) && at > 0) times[key] = at;
  }
  return times;
}
