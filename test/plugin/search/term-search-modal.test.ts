// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { loadPlugin, type Harness } from "../plugin-harness";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

function type(text: string): void {
  const input = document.querySelector<HTMLInputElement>(".ldn-term-search .prompt-input");
  if (!input) throw new Error("search modal is not open");
  input.value = text;
  input.dispatchEvent(new Event("input"));
}

const titles = (): string[] => [...document.querySelectorAll(".ldn-term-search .suggestion-item .ldn-suggestion-title")].map((el) => el.textContent ?? "");

describe("term search modal", () => {
  it.each(["도커", "ㄷㅋ", "ehzj", "도ㅋ", "돜"])("finds Docker first from %s", async (query) => {
    harness = await loadPlugin();
    await harness.app.runCommand("linked-devops-notes:search-terms");
    type(query);
    await Promise.resolve();
    expect(titles()[0]).toBe("Docker");
    expect(document.querySelector(".ldn-term-search .suggestion-item .ldn-kind")?.textContent).toBe("concept");
  });

  it("finds Kubernetes from 쿠버 and from the typo kubernates", async () => {
    harness = await loadPlugin();
    await harness.app.runCommand("linked-devops-notes:search-terms");
    type("쿠버");
    await Promise.resolve();
    expect(titles()[0]).toBe("Kubernetes");
    type("kubernates");
    await Promise.resolve();
    expect(titles()[0]).toBe("Kubernetes");
  });

  it("opens a chosen concept in the dashboard, and a chosen question at its line", async () => {
    harness = await loadPlugin();
    await harness.app.runCommand("linked-devops-notes:search-terms");
    type("ㄷㅋ");
    await Promise.resolve();
    document.querySelector<HTMLElement>(".ldn-term-search .suggestion-item")?.click();
    await harness.settle();
    const view = harness.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
    expect(view instanceof DashboardView && view.getState()).toEqual({ concept: "docker" });

    await harness.app.runCommand("linked-devops-notes:search-terms");
    type("배포 알림은");
    await Promise.resolve();
    const question = [...document.querySelectorAll<HTMLElement>(".ldn-term-search .suggestion-item.is-question")][0];
    question?.click();
    await harness.settle();
    expect(harness.app.workspace.lastOpened).toEqual({ path: "회의록 - 배포 파이프라인.md", line: 51 });
  });
});
