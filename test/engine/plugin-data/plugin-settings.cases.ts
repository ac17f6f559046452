import type { SettingKey } from "../../../src/engine/plugin-data/plugin-settings";

/**
 * Each setting, as typed in the settings tab and as found in a `data.json`: what is taken, and
 * what is not (`undefined`: the setting keeps its value, or its default when read).
 */
export interface TypedCase {
  key: SettingKey;
  typed: string | boolean;
  taken: unknown;
}

export const TYPED_CASES: TypedCase[] = [
  { key: "excludedFolders", typed: " Templates \n\nArchive/2023\n", taken: ["Templates", "Archive/2023"] },
  { key: "excludedFolders", typed: "", taken: [] },
  { key: "questionMarkers", typed: " Q. , 질문: ,", taken: ["Q.", "질문:"] },
  { key: "questionMarkers", typed: " , ", taken: ["Q.", "Q:"] }, // emptied: the default, never no marker at all
  { key: "listItemQuestions", typed: true, taken: true },
  { key: "listItemQuestions", typed: "true", taken: undefined },
  { key: "headingQuestions", typed: false, taken: false },
  { key: "extraConcepts", typed: "Keycloak: 키클록\n  Argo: 아르고 ", taken: "Keycloak: 키클록\n  Argo: 아르고 " },
  { key: "conceptTag", typed: "#개념 ", taken: "개념" },
  { key: "conceptTag", typed: "  ", taken: "concept" },
  { key: "conceptFolder", typed: " 개념/DevOps ", taken: "개념/DevOps" },
  { key: "conceptFolder", typed: "", taken: "" }, // the vault's root
  { key: "exportPath", typed: "", taken: "DevOps dashboard.md" },
  { key: "newCardsPerDay", typed: "12.6", taken: 13 },
  { key: "newCardsPerDay", typed: "-1", taken: undefined },
  { key: "newCardsPerDay", typed: "", taken: undefined },
  { key: "desiredRetention", typed: "0.", taken: undefined }, // half typed: 0 is out of range
  { key: "desiredRetention", typed: "0.85", taken: 0.85 },
  { key: "desiredRetention", typed: "1", taken: undefined },
  { key: "maximumIntervalDays", typed: "36500", taken: 36500 },
  { key: "maximumIntervalDays", typed: "abc", taken: undefined },
];

export interface StoredCase {
  key: SettingKey;
  stored: unknown;
  read: unknown;
}

export const STORED_CASES: StoredCase[] = [
  { key: "excludedFolders", stored: ["a", 1], read: undefined },
  { key: "questionMarkers", stored: [], read: undefined },
  { key: "questionMarkers", stored: ["질문:"], read: ["질문:"] },
  { key: "listItemQuestions", stored: "yes", read: undefined },
  { key: "headingQuestions", stored: 1, read: undefined },
  { key: "conceptTag", stored: " concept ", read: "concept" },
  { key: "exportPath", stored: "   ", read: undefined },
  { key: "newCardsPerDay", stored: 9.4, read: 9 },
  { key: "newCardsPerDay", stored: Number.NaN, read: undefined },
  { key: "desiredRetention", stored: 0.5, read: undefined },
  { key: "maximumIntervalDays", stored: "365", read: undefined },
];
