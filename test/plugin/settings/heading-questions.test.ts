// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { LinkedDevOpsSettingTab } from "../../../src/plugin/settings/settings-tab";
import { loadPlugin, type Harness } from "../plugin-harness";

/**
 * The setting for the engine's `headingQuestions`: off by default, and turned on in the settings
 * tab it reads the vault again, after which a heading that asks is a review card answered by its
 * section, and still never an open question.
 */

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

const NOTE = "## 쿠버네티스란?\n\n컨테이너를 여러 서버에 배치하고 살려 두는 오케스트레이터.\n\n## 정리\n\nQ. 파드는 왜 재시작되지?\n";

describe("the heading questions setting", () => {
  it("is off by default, and when turned on makes headings that ask review cards, not open questions", async () => {
    harness = await loadPlugin({ exampleVault: false, files: { "k8s.md": NOTE } });
    const { plugin } = harness;
    expect(plugin.data.settings.headingQuestions).toBe(false);
    const cards = (): string[] => plugin.reviewCards.store.cards().map((card) => card.question);
    const open = (): number => plugin.live.index.questions().filter((q) => q.status === "open").length;
    expect(cards()).toEqual([]);
    expect(open()).toBe(1);

    const tab = new LinkedDevOpsSettingTab(harness.app as never, plugin, plugin);
    (tab as { display(): void }).display(); // as Obsidian before 1.13 draws it
    const row = [...tab.containerEl.querySelectorAll(".setting-item")].find((item) => item.querySelector(".setting-item-name")?.textContent === "Headings that ask are review cards");
    const toggle = row?.querySelector<HTMLInputElement>("input[type=checkbox]");
    if (!toggle) throw new Error("no heading questions toggle");
    expect(toggle.checked).toBe(false);
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    await harness.settle();
    await new Promise((resolve) => setTimeout(resolve, 1200)); // the rebuild waits a second for more changes
    await plugin.live.settled();

    expect(plugin.data.settings.headingQuestions).toBe(true);
    expect(cards()).toEqual(["쿠버네티스란?"]);
    expect(open()).toBe(1);
  });
});
