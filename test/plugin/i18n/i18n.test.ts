import { afterEach, describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { buildDashboard } from "../../../src/engine/dashboard/build-dashboard";
import { renderDashboardMarkdown } from "../../../src/engine/dashboard/render-markdown";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { en } from "../../../src/plugin/i18n/en";
import { ko } from "../../../src/plugin/i18n/ko";
import { setLanguage, t, uiLanguage, type StringKey } from "../../../src/plugin/i18n/strings";
import { conceptLabel } from "../../../src/plugin/ui/concept-label";
import { markdownLabels } from "../../../src/plugin/ui/localized-labels";
import { relationWord } from "../../../src/plugin/ui/relation-words";

afterEach(() => setLanguage("en"));

/** Keys whose Korean text is the English one on purpose: the plugin's name, the search's example queries. */
const SAME_IN_BOTH: ReadonlySet<StringKey> = new Set(["pluginName", "searchPlaceholder"]);

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((m) => m[1] ?? ""))].sort();

describe("UI strings", () => {
  it("fill placeholders and pick English singular or plural by the number", () => {
    expect(t("countsConcept", { mentions: 1, notes: 1 })).toBe("1 mention in 1 note");
    expect(t("countsConcept", { mentions: 12, notes: 3 })).toBe("12 mentions in 3 notes");
    expect(t("reviewForecastDay", { days: 1, count: 2 })).toBe("In 1 day: 2");
  });

  it("follow Obsidian's language, English for any other", () => {
    setLanguage("ko");
    expect(uiLanguage()).toBe("ko");
    expect(t("countsConcept", { mentions: 1, notes: 1 })).toBe("노트 1개에서 1번 언급");
    setLanguage("ko-KR");
    expect(t("openDashboard")).toBe("DevOps 대시보드 열기");
    setLanguage("fr");
    expect(uiLanguage()).toBe("en");
    expect(t("openDashboard")).toBe("Open DevOps dashboard");
  });

  it("exist in both languages, every one, with the same placeholders", () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as StringKey[]) {
      expect([key, ko[key].trim() !== ""]).toEqual([key, true]);
      expect([key, placeholders(ko[key])]).toEqual([key, placeholders(en[key])]);
    }
  });

  it("are Korean in Korean: every string differs from the English one and has Hangul, but the names kept on purpose", () => {
    const untranslated = (Object.keys(en) as StringKey[]).filter((key) => !SAME_IN_BOTH.has(key) && (ko[key] === en[key] || !/[가-힣]/.test(ko[key])));
    expect(untranslated).toEqual([]);
  });

  it("name grades as Korean Anki users know them", () => {
    setLanguage("ko");
    expect([t("gradeAgain"), t("gradeHard"), t("gradeGood"), t("gradeEasy")]).toEqual(["다시", "어려움", "좋음", "쉬움"]);
  });

  it("show a concept as 쿠버네티스 (Kubernetes) in Korean, as Kubernetes in English", () => {
    expect(conceptLabel("Kubernetes", "쿠버네티스")).toBe("Kubernetes");
    setLanguage("ko");
    expect(conceptLabel("Kubernetes", "쿠버네티스")).toBe("쿠버네티스 (Kubernetes)");
    expect(conceptLabel("Git", undefined)).toBe("Git");
  });

  it("name relations from the concept shown, in both languages, never as the old `(from)`", () => {
    expect([relationWord("part-of", "to"), relationWord("part-of", "from"), relationWord("uses", "from")]).toEqual(["part of", "has part", "used by"]);
    setLanguage("ko");
    expect([relationWord("part-of", "to"), relationWord("uses", "to")]).toEqual(["의 일부", "사용함"]);
  });

  it("write the English export exactly as the engine's English labels do", () => {
    const model = buildDashboard(VaultIndex.build(readVault("example-vault").files.map((f) => [f.path, f.text] as const)), { queueReasons: new Set(["open", "missing-links"]) });
    expect(renderDashboardMarkdown(model, { generatedOn: "2026-01-01", labels: markdownLabels() })).toBe(renderDashboardMarkdown(model, { generatedOn: "2026-01-01" }));
  });
});
