import { isObject } from "../review-cards/stored-records";

/**
 * The plugin's settings, declared once as data: each setting's key, its kind (how it is stored,
 * checked, typed and shown), its default and whether changing it means reading the vault again.
 * The plugin's settings tab is drawn from this list, `data.json` is read through it, and the CLI
 * takes its defaults from it.
 */

export interface PluginSettings {
  excludedFolders: string[];
  questionMarkers: string[];
  listItemQuestions: boolean;
  /** Headings that ask (`## 쿠버네티스란?`) are review cards their section answers (never open questions). */
  headingQuestions: boolean;
  /** One concept a line: `Name: alias, alias`. */
  extraConcepts: string;
  conceptTag: string;
  conceptFolder: string;
  exportPath: string;
  linkEveryMention: boolean;
  /** Status badges on question lines, in the editor and reading view. */
  questionBadges: boolean;
  /** Underlines on unlinked concept mentions in the editor, with their cards. */
  conceptHints: boolean;
  /** Underline every mention that may be linked, not only the first of each concept in a section. */
  hintEveryMention: boolean;
  /** Concepts never linked, underlined or offered a note: one a line, a name, alias or id. */
  mutedConcepts: string[];
  /** Notes that are the notes of concepts, one a line: `Concept: path` (what the concept page writes when a suggestion is confirmed). */
  conceptNotes: string[];
  /** Review cards: questions never reviewed that are added each day. */
  newCardsPerDay: number;
  /** FSRS's desired retention, 0.7 to 0.99. */
  desiredRetention: number;
  maximumIntervalDays: number;
}

export type SettingKey = keyof PluginSettings;

export const DEFAULT_SETTINGS: Readonly<PluginSettings> = {
  excludedFolders: [],
  questionMarkers: ["Q.", "Q:"],
  listItemQuestions: false,
  headingQuestions: false,
  extraConcepts: "",
  conceptTag: "concept",
  conceptFolder: "Concepts",
  exportPath: "DevOps dashboard.md",
  linkEveryMention: false,
  questionBadges: true,
  conceptHints: true,
  hintEveryMention: false,
  mutedConcepts: [],
  conceptNotes: [],
  newCardsPerDay: 20,
  desiredRetention: 0.9,
  maximumIntervalDays: 365,
};

/** How a value is kept, checked and typed. */
export type SettingKind =
  /** One entry a line (a text area). */
  | { kind: "lines" }
  /** Comma-separated; never empty (an empty field means the default). */
  | { kind: "comma-list" }
  | { kind: "toggle" }
  /** One line, trimmed; `required`: empty means the default; `strip`: a leading character dropped (`#concept`). */
  | { kind: "text"; required?: boolean; strip?: string }
  /** Several lines, kept as typed. */
  | { kind: "multiline" }
  /** A number in a range; a value typed out of it (a half-typed `0.`) is not taken. */
  | { kind: "number"; min: number; max: number; integer: boolean };

export interface SettingSpec {
  key: SettingKey;
  type: SettingKind;
  /** Changing it changes what the index reads: the vault is read again. */
  reindex: boolean;
  /** The group it is shown in. */
  group: "general" | "review-cards";
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: "excludedFolders", type: { kind: "lines" }, reindex: true, group: "general" },
  { key: "questionMarkers", type: { kind: "comma-list" }, reindex: true, group: "general" },
  { key: "listItemQuestions", type: { kind: "toggle" }, reindex: true, group: "general" },
  { key: "headingQuestions", type: { kind: "toggle" }, reindex: true, group: "general" },
  { key: "extraConcepts", type: { kind: "multiline" }, reindex: true, group: "general" },
  { key: "conceptTag", type: { kind: "text", required: true, strip: "#" }, reindex: true, group: "general" },
  { key: "conceptFolder", type: { kind: "text" }, reindex: false, group: "general" },
  { key: "exportPath", type: { kind: "text", required: true }, reindex: false, group: "general" },
  { key: "linkEveryMention", type: { kind: "toggle" }, reindex: false, group: "general" },
  { key: "questionBadges", type: { kind: "toggle" }, reindex: false, group: "general" },
  { key: "conceptHints", type: { kind: "toggle" }, reindex: false, group: "general" },
  { key: "hintEveryMention", type: { kind: "toggle" }, reindex: false, group: "general" },
  { key: "mutedConcepts", type: { kind: "lines" }, reindex: false, group: "general" },
  // A note named as a concept's note is a declaration: links to it by its path name the concept.
  { key: "conceptNotes", type: { kind: "lines" }, reindex: true, group: "general" },
  { key: "newCardsPerDay", type: { kind: "number", min: 0, max: 9999, integer: true }, reindex: false, group: "review-cards" },
  { key: "desiredRetention", type: { kind: "number", min: 0.7, max: 0.99, integer: false }, reindex: false, group: "review-cards" },
  { key: "maximumIntervalDays", type: { kind: "number", min: 1, max: 36500, integer: true }, reindex: false, group: "review-cards" },
];

type SettingValue = PluginSettings[SettingKey];

/** A stored value read back; undefined when it is not a valid one (the default then stands). */
export function readSettingValue(spec: SettingSpec, raw: unknown): SettingValue | undefined {
  const type = spec.type;
  switch (type.kind) {
    case "lines":
      return isStringArray(raw) ? raw : undefined;
    case "comma-list":
      return isStringArray(raw) && raw.length > 0 ? raw : undefined;
    case "toggle":
      return typeof raw === "boolean" ? raw : undefined;
    case "multiline":
      return typeof raw === "string" ? raw : undefined;
    case "text": {
      if (typeof raw !== "string") return undefined;
      const text = cleanText(raw, type.strip);
      return type.required && text === "" ? undefined : text;
    }
    case "number":
      return isNumberIn(raw, type.min, type.max) ? (type.integer ? Math.round(raw) : raw) : undefined;
  }
}

/**
 * What the user typed (or toggled) as a value. Undefined when it is not taken: a number out of
 * range keeps the last good value, so a half-typed `0.` never reaches the scheduler.
 */
export function settingFromInput(spec: SettingSpec, input: string | boolean): SettingValue | undefined {
  const type = spec.type;
  if (type.kind === "toggle") return typeof input === "boolean" ? input : undefined;
  if (typeof input !== "string") return undefined;
  switch (type.kind) {
    case "lines":
      return input.split("\n").map((line) => line.trim()).filter((line) => line !== "");
    case "comma-list": {
      const items = input.split(",").map((item) => item.trim()).filter((item) => item !== "");
      return items.length > 0 ? items : defaultSettings()[spec.key];
    }
    case "multiline":
      return input;
    case "text": {
      const text = cleanText(input, type.strip);
      return type.required && text === "" ? defaultSettings()[spec.key] : text;
    }
    case "number": {
      const n = Number(input.trim());
      if (input.trim() === "" || !isNumberIn(n, type.min, type.max)) return undefined;
      return type.integer ? Math.round(n) : n;
    }
  }
}

/** A value as its control shows it. */
export function settingToInput(spec: SettingSpec, value: SettingValue): string | boolean {
  if (Array.isArray(value)) return value.join(spec.type.kind === "lines" ? "\n" : ", ");
  return typeof value === "boolean" ? value : String(value);
}

/** Every setting from what `data.json` holds, each one checked; defaults for what is missing or invalid. */
export function readSettings(raw: unknown): PluginSettings {
  const stored = isObject(raw) ? raw : {};
  const settings: Record<string, unknown> = { ...defaultSettings() };
  for (const spec of SETTINGS) {
    const value = readSettingValue(spec, stored[spec.key]);
    if (value !== undefined) settings[spec.key] = value;
  }
  return settings as unknown as PluginSettings;
}

/** The defaults, as a fresh object whose lists are not shared with the constant's. */
export function defaultSettings(): PluginSettings {
  return {
    ...DEFAULT_SETTINGS,
    excludedFolders: [...DEFAULT_SETTINGS.excludedFolders],
    questionMarkers: [...DEFAULT_SETTINGS.questionMarkers],
    mutedConcepts: [...DEFAULT_SETTINGS.mutedConcepts],
    conceptNotes: [...DEFAULT_SETTINGS.conceptNotes],
  };
}

/** Whether a change of these settings means reading the vault again. */
export function needsReindex(changed: readonly SettingKey[]): boolean {
  return SETTINGS.some((spec) => spec.reindex && changed.includes(spec.key));
}

export function settingSpec(key: SettingKey): SettingSpec {
  return SETTINGS.find((spec) => spec.key === key) as SettingSpec;
}

function cleanText(text: string, strip: string | undefined): string {
  return (strip !== undefined && text.startsWith(strip) ? text.slice(strip.length) : text).trim();
}

export function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
