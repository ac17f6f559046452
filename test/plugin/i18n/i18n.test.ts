import { afterEach, describe, expect, it } from "vitest";
import { setLanguage, t } from "../../../src/plugin/i18n/strings";

afterEach(() => setLanguage("en"));

describe("UI strings", () => {
  it("fill placeholders and pick English singular or plural by the number", () => {
    expect(t("countsConcept", { mentions: 1, notes: 1 })).toBe("1 mention in 1 note");
    expect(t("countsConcept", { mentions: 12, notes: 3 })).toBe("12 mentions in 3 notes");
    expect(t("reviewForecastDay", { days: 1, count: 2 })).toBe("In 1 day: 2");
  });

  it("follow Obsidian's language, English for any other", () => {
    setLanguage("ko");
    expect(t("countsConcept", { mentions: 1, notes: 1 })).toBe("노트 1개에서 1번 언급");
    setLanguage("ko-KR");
    expect(t("openDashboard")).toBe("DevOps 대시보드 열기");
    setLanguage("fr");
    expect(t("openDashboard")).toBe("Open DevOps dashboard");
  });
});
