// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Modal, Notice, setFakeLanguage } from "../../fakes/obsidian";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { REVIEW_VIEW_TYPE, ReviewView } from "../../../src/plugin/review-cards/review-view";
import { setLanguage } from "../../../src/plugin/i18n/strings";
import { studyVault } from "../../vaults/subject-folders-vault";
import { loadPlugin, type Harness } from "../plugin-harness";
import { englishLeft, shownTexts, vaultWords, withoutFrontmatter } from "./korean-ui";

/**
 * The plugin run with Obsidian in Korean, on a study vault of our own: every view, modal, notice,
 * badge and file it writes is read for English, the vault's own words aside. A string added in
 * English only, or a label written into the code, shows up here as the words it left.
 */

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
  setFakeLanguage("en");
  setLanguage("en");
});

type PostProcessor = (el: HTMLElement, ctx: { sourcePath: string; getSectionInfo(el: HTMLElement): { text: string; lineStart: number; lineEnd: number } | null }) => void;

function typeInto(selector: string, text: string): void {
  const input = document.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = text;
  input.dispatchEvent(new Event("input"));
}

function closeModals(): void {
  for (const modal of [...Modal.openModals]) modal.close();
}

describe("the Korean UI", () => {
  it("shows no English, the vault's own words aside: dashboard, map, search, pickers, review, settings, badges, notices and written files", async () => {
    setFakeLanguage("ko");
    const files = studyVault({ notes: 320 });
    harness = await loadPlugin({ exampleVault: false, files });
    const h = harness;
    const seen: Array<[where: string, text: string]> = [];
    const read = (where: string, root: Element | null): void => {
      if (!root) throw new Error(`nothing drawn for ${where}`);
      for (const text of shownTexts(root)) seen.push([where, text]);
    };

    await h.app.runCommand("linked-devops-notes:open-dashboard");
    const dashboard = h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view as unknown as DashboardView;
    const root = dashboard.contentEl;
    await expect.poll(() => root.querySelectorAll(".ldn-answers-finding").length, { timeout: 20_000 }).toBe(0);
    root.querySelector<HTMLElement>(".ldn-reason-chip")?.click();
    read("dashboard", root);
    root.querySelector<HTMLElement>(".ldn-section-map .ldn-section-toggle")?.click();
    read("dashboard, map folded", root.querySelector(".ldn-section-map"));

    root.querySelector<HTMLElement>(".ldn-tag-button")?.click();
    read("tag picker", document.querySelector(".ldn-tag-picker"));
    closeModals();

    for (const query of ["도커", "ingress", "재시작", "쿠버네티스 인그레스"]) {
      await h.app.runCommand("linked-devops-notes:search-terms");
      typeInto(".ldn-term-search .prompt-input", query);
      await Promise.resolve();
      read(`search ${query}`, document.querySelector(".ldn-term-search"));
      closeModals();
    }

    await h.app.runCommand("linked-devops-notes:create-concept-note");
    read("concept picker", document.querySelector(".ldn-concept-picker"));
    typeInto(".ldn-concept-picker .prompt-input", "헬름");
    await Promise.resolve();
    document.querySelector<HTMLElement>(".ldn-concept-picker .suggestion-item")?.click();
    await h.settle();

    await h.app.runCommand("linked-devops-notes:review-questions");
    const review = h.app.workspace.getLeavesOfType(REVIEW_VIEW_TYPE)[0]?.view as unknown as ReviewView;
    await new Promise((resolve) => setTimeout(resolve, 50));
    read("review, question", review.contentEl);
    await review.showAnswer();
    read("review, answer", review.contentEl);

    const tab = h.app.settingTabs[0];
    tab?.display();
    read("settings", (tab as unknown as { containerEl: HTMLElement }).containerEl);

    const note = files["TIL/2024/02/2024-02-28.md"] ?? "";
    const section = document.createElement("div");
    section.createEl("p", { text: "Q. 인그레스 컨트롤러는 어떻게 설치하지?" });
    (h.app.postProcessors[0] as PostProcessor)(section, { sourcePath: "TIL/2024/02/2024-02-28.md", getSectionInfo: () => ({ text: note, lineStart: 0, lineEnd: note.split("\n").length - 1 }) });
    section.querySelector<HTMLElement>(".ldn-question-badge")?.click();
    expect(section.querySelectorAll(".ldn-badge-answers .ldn-answer").length).toBeGreaterThan(0);
    read("reading badge", section);

    await h.app.runCommand("linked-devops-notes:open-dashboard");
    root.querySelector<HTMLElement>(".ldn-section-map .ldn-section-toggle")?.click();
    root.querySelector<HTMLElement>(".ldn-map-canvas")?.click();
    await h.settle();
    await h.app.runCommand("linked-devops-notes:export-dashboard");
    await h.settle();

    const written: Array<[string, string]> = [];
    const exported = readFileSync(join(h.root, "DevOps dashboard.md"), "utf8");
    written.push(["export", exported]);
    const created = Notice.messages.find((m) => m.includes("Helm"));
    expect(created).toBeDefined();
    written.push(["concept note", withoutFrontmatter(readFileSync(join(h.root, "Concepts/Helm.md"), "utf8"))]);
    const canvas = JSON.parse(readFileSync(join(h.root, "DevOps 개념 지도.canvas"), "utf8")) as { nodes: Array<{ text?: string; label?: string }>; edges: Array<{ label?: string }> };
    for (const node of canvas.nodes) for (const text of [node.text, node.label]) if (text !== undefined) written.push(["canvas", text]);
    for (const edge of canvas.edges) if (edge.label !== undefined) written.push(["canvas", edge.label]);
    for (const message of Notice.messages) written.push(["notice", message]);

    const { settings } = h.plugin.data;
    const vault = vaultWords(h.plugin.live.index, [settings.exportPath, settings.conceptFolder, settings.conceptTag]);
    const leaks = [...seen, ...written].flatMap(([where, text]) => englishLeft(text, vault).map((word) => `${where}: ${word} (in “${text.slice(0, 80)}”)`));
    expect([...new Set(leaks)]).toEqual([]);
    // The Korean UI shows Korean: a few of its words, as a check that the language took.
    expect(exported).toContain("# DevOps 공부 대시보드");
    expect(root.querySelector(".ldn-concept-name")?.textContent).toMatch(/^[가-힣 ]+ \(.+\)$/);
  }, 60_000);
});
