// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { loadPlugin, type Harness } from "../plugin-harness";
import { openDashboard } from "./open-dashboard";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

const texts = (root: ParentNode, selector: string): string[] => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? "");

describe("dashboard view", () => {
  it("shows totals, open questions by note, concepts and the review queue", async () => {
    harness = await loadPlugin();
    const view = await openDashboard(harness);
    const root = view.contentEl;
    expect(texts(root, ".ldn-total-value").slice(0, 4)).toEqual(["15", expect.any(String), expect.any(String), "35"]);
    // Ten notes' questions first, the rest one click away.
    expect(root.querySelectorAll(".ldn-question-group")).toHaveLength(10);
    root.querySelector<HTMLElement>(".ldn-section-questions .ldn-show-more")?.click();
    expect(root.querySelectorAll(".ldn-section-questions .ldn-show-more")).toHaveLength(0);
    expect(root.querySelectorAll(".ldn-question.is-open")).toHaveLength(11);
    expect(root.querySelectorAll(".ldn-question.is-unsure")).toHaveLength(7);
    expect(texts(root, ".ldn-concept-name")[0]).toBe("Container");
    // First as in the CLI's queue: its missing embed (diagram.png) counts now that links to attachments are judged.
    expect(texts(root, ".ldn-queue-entry .ldn-note-link")[0]).toBe("세미나 - 도커와 쿠버네티스");
    expect(root.querySelectorAll(".ldn-map-node").length).toBeGreaterThan(5);
  });

  it("opens a question's note at its line", async () => {
    harness = await loadPlugin();
    const view = await openDashboard(harness);
    const question = [...view.contentEl.querySelectorAll<HTMLElement>(".ldn-question-open")].find((el) => el.textContent?.includes("배포 알림은"));
    question?.click();
    await harness.settle();
    expect(harness.app.workspace.lastOpened).toEqual({ path: "회의록 - 배포 파이프라인.md", line: 51 });
  });

  it("opens a concept's panel with the lines of its mentions, and keeps it across refreshes", async () => {
    harness = await loadPlugin();
    const view = await openDashboard(harness);
    const podman = [...view.contentEl.querySelectorAll<HTMLElement>(".ldn-concept-name")].find((el) => el.textContent === "Podman");
    podman?.click();
    await view.conceptPageSettled();
    const panel = view.contentEl.querySelector(".ldn-concept-panel");
    expect(panel?.getAttribute("data-concept")).toBe("podman");
    expect(texts(panel as Element, ".ldn-panel-note .ldn-note-link")).toEqual(["Concepts/Podman"]);
    expect(panel?.querySelectorAll(".ldn-cp-row").length).toBeGreaterThan(3);
    expect(view.getState()).toEqual({ concept: "podman" });

    await harness.app.vault.modify(harness.app.vault.getAbstractFileByPath("TIL 2024-03-02.md") as never, "Q. 포드맨은 rootless인가?\n");
    await harness.settle();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the view's own redraw debounce
    expect(view.contentEl.querySelector(".ldn-concept-panel")?.getAttribute("data-concept")).toBe("podman");
    expect(texts(view.contentEl, ".ldn-question-text")).toContain("포드맨은 rootless인가?");
  });

  it("marks a note reviewed: it leaves the queue, and the date is kept in the plugin's data, not the note", async () => {
    harness = await loadPlugin();
    const view = await openDashboard(harness);
    const note = readFileSync(join(harness.root, "회의록 - 배포 파이프라인.md"), "utf8");
    const entry = view.contentEl.querySelector<HTMLElement>('.ldn-queue-entry[data-path="회의록 - 배포 파이프라인.md"]');
    entry?.querySelector<HTMLElement>(".ldn-mark-reviewed")?.click();
    expect(view.contentEl.querySelector('.ldn-queue-entry[data-path="회의록 - 배포 파이프라인.md"]')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 600)); // the debounced save
    const data = JSON.parse(readFileSync(join(harness.root, ".obsidian/plugins/linked-devops-notes/data.json"), "utf8")) as { setAside: Record<string, unknown> };
    expect(data.setAside["회의록 - 배포 파이프라인.md"]).toMatchObject({ count: 1 });
    expect(readFileSync(join(harness.root, "회의록 - 배포 파이프라인.md"), "utf8")).toBe(note);
  });

  it("filters everything by tag", async () => {
    harness = await loadPlugin();
    const view = await openDashboard(harness);
    view.contentEl.querySelector<HTMLElement>(".ldn-tag-button")?.click();
    const input = document.querySelector<HTMLInputElement>(".ldn-tag-picker .prompt-input");
    if (!input) throw new Error("no tag picker");
    input.value = "기획";
    input.dispatchEvent(new Event("input"));
    await Promise.resolve();
    expect(texts(document.body, ".ldn-tag-picker .ldn-tag-name")).toEqual(["#기획안"]);
    document.querySelector<HTMLElement>(".ldn-tag-picker .suggestion-item")?.click();
    expect(texts(view.contentEl, ".ldn-total-value")[0]).toBe("1");
    expect(texts(view.contentEl, ".ldn-question-group .ldn-note-link")).toEqual(["회의록 - 배포 파이프라인"]);
    expect(view.getState()).toEqual({ tag: "기획안" });
  });

  it("comes back from the saved layout with its panel and filter", async () => {
    harness = await loadPlugin();
    const leaf = harness.app.workspace.getLeaf(true);
    await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, state: { concept: "docker", tag: "docker" } });
    const root = (leaf.view as unknown as DashboardView).contentEl;
    expect(root.querySelector(".ldn-concept-panel")?.getAttribute("data-concept")).toBe("docker");
    expect(root.querySelector(".ldn-tag-button")?.textContent).toMatch(/^#docker \(\d+\)$/);
  });
});
