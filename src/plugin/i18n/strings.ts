/** UI text in English and Korean. The language follows Obsidian's own (`getLanguage()`). */
import { en, type StringKey } from "./en";
import { ko } from "./ko";

export type { StringKey } from "./en";

export type UiLanguage = "en" | "ko";

const dictionaries: Record<UiLanguage, Record<StringKey, string>> = { en, ko };
let currentLanguage: UiLanguage = "en";
let current: Record<StringKey, string> = en;

/** Picks the dictionary for a language code (`ko`, `ko-KR`, `en`); English for any other. */
export function setLanguage(language: string | null | undefined): void {
  const code = (language ?? "en").slice(0, 2).toLowerCase();
  currentLanguage = code === "ko" ? "ko" : "en";
  current = dictionaries[currentLanguage];
}

/** The language the UI is shown in. */
export function uiLanguage(): UiLanguage {
  return currentLanguage;
}

/**
 * The text for `key`, with `{name}` placeholders filled in. `{name:one|other}` picks the singular
 * or plural word by the number `name` (English needs it; the Korean strings never do).
 */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return current[key]
    .replace(/\{(\w+):([^|}]*)\|([^}]*)\}/g, (_whole, name: string, one: string, other: string) => (Number(values[name]) === 1 ? one : other))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
