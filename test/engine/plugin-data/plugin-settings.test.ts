import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, readSettings, readSettingValue, SETTINGS, settingFromInput, settingSpec, settingToInput } from "../../../src/engine/plugin-data/plugin-settings";
import { STORED_CASES, TYPED_CASES } from "./plugin-settings.cases";

describe("the settings declaration", () => {
  it("declares every setting once, with its default", () => {
    expect(SETTINGS.map((s) => s.key).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(new Set(SETTINGS.map((s) => s.key)).size).toBe(SETTINGS.length);
  });

  it("re-indexes for exactly the settings that shape what the index reads", () => {
    expect(SETTINGS.filter((s) => s.reindex).map((s) => s.key)).toEqual(["excludedFolders", "questionMarkers", "listItemQuestions", "headingQuestions", "extraConcepts", "conceptTag", "conceptNotes"]);
  });

  it.each(TYPED_CASES)("takes $key typed as $typed: $taken", ({ key, typed, taken }) => {
    expect(settingFromInput(settingSpec(key), typed)).toEqual(taken);
  });

  it.each(STORED_CASES)("reads $key stored as $stored: $read", ({ key, stored, read }) => {
    expect(readSettingValue(settingSpec(key), stored)).toEqual(read);
  });

  it("shows every default in its control so that taking it back gives the same value", () => {
    for (const spec of SETTINGS) expect(settingFromInput(spec, settingToInput(spec, DEFAULT_SETTINGS[spec.key]))).toEqual(DEFAULT_SETTINGS[spec.key]);
  });

  it("reads what it can of a damaged settings object, defaults for the rest, lists never shared with the defaults", () => {
    const settings = readSettings({ questionMarkers: "Q.", newCardsPerDay: 5, unknown: 1 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, newCardsPerDay: 5 });
    settings.questionMarkers.push("질문:");
    expect(DEFAULT_SETTINGS.questionMarkers).toEqual(["Q.", "Q:"]);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
