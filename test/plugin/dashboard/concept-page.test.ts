// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MarkdownView, Notice, setFakeLanguage } from "../../fakes/obsidian";
import { en } from "../../../src/plugin/i18n/en";
import { setLanguage } from "../../../src/plugin/i18n/strings";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { loadPlugin, openFile, type Harness } from "../plugin-harness";

/**
 * The dashboard's concept page in the fake Obsidian, on a small vault in folders: mentions grouped
 * by note, a Link button that links exactly that mention (through the editor when the note is open,
 * else with `Vault.process`), "Link all…" through the preview, a note named like the concept
 * offered as its note, muting, the tag filter, and the Korean UI.
 */

const NOTES: Record<string, string> = {
  "Concepts/Kubernetes.md": "---\ntags: [concept]\naliases: [쿠버네티스, k8s]\n---\n# Kubernetes\n쿠버네티스는 컨테이너 오케스트레이터다.\n",
  "TIL/2024/03/쿠버네티스 입문.md": "# 쿠버네티스 입문\n\n쿠버네티스는 파드를 스케줄링한다.\n[[Kubernetes|쿠버네티스]] 공식 문서를 읽었다.\n그리고 쿠버네티스를 다시 설치했다.\n\nQ. 쿠버네티스는 왜 etcd가 필요하지?\n",
  "Projects/infra/배포.md": "---\ntags: [기획안]\n---\n배포는 쿠버네티스로 한다.\n",
  "Study/etcd 정리.md": "# etcd\n\n쿠버네티스의 상태는 etcd에 저장된다. etcd는 분산 키-값 저장소라 클러스터 상태를 잃지 않는다.\n",
  "TIL/docker.md": "# 도커\n\n도커는 컨테이너를 만든다. 도커로 이미지를 빌드했다.\n",
  "Inbox/도커 메모.md": "도커는 가볍다.\n",
};

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
  setFakeLanguage("en");
  setLanguage("en");
});

async function openPage(h: Harness, concept: string, tag?: string): Promise<DashboardView> {
  const leaf = h.app.workspace.getLeaf(true);
  await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, state: { concept, ...(tag ? { tag } : {}) } });
  const view = leaf.view as unknown as DashboardView;
  await view.conceptPageSettled();
  return view;
}

const page = (view: DashboardView): HTMLElement => view.contentEl.querySelector(".ldn-concept-page") as HTMLElement;
const read = (h: Harness, path: string): string => readFileSync(join(h.root, path), "utf8");

/** Waits for the dashboard to redraw after an index change, and for the page to read its notes. */
async function settled(h: Harness, view: DashboardView): Promise<void> {
  await h.settle();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await view.conceptPageSettled();
}

describe("the concept page", () => {
  it("groups mentions by note with its folder, each mention's line a snippet with the concept marked", async () => {
    harness = await loadPlugin({ exampleVault: false, files: NOTES });
    const view = await openPage(harness, "kubernetes");
    const root = page(view);
    expect(root.querySelector("h3")?.textContent).toBe("Kubernetes");
    const groups = [...root.querySelectorAll(".ldn-cp-unlinked .ldn-cp-group")].map((g) => [g.getAttribute("data-path"), g.querySelector(".ldn-cp-folder")?.textContent, g.querySelector(".ldn-cp-count")?.textContent]);
    expect(groups).toEqual([
      ["Concepts/Kubernetes.md", "Concepts", "2"],
      ["TIL/2024/03/쿠버네티스 입문.md", "TIL/2024/03", "4"],
      ["Projects/infra/배포.md", "Projects/infra", "1"],
      ["Study/etcd 정리.md", "Study", "1"],
    ]);
    const til = root.querySelector('.ldn-cp-unlinked .ldn-cp-group[data-path="TIL/2024/03/쿠버네티스 입문.md"]') as HTMLElement;
    expect([...til.querySelectorAll(".ldn-cp-row")].map((row) => [row.getAttribute("data-line"), row.querySelector(".ldn-cp-snippet")?.textContent, row.querySelector("mark")?.textContent, row.querySelector(".ldn-cp-link") !== null])).toEqual([
      ["1", "쿠버네티스 입문", "쿠버네티스", false],
      ["3", "쿠버네티스는 파드를 스케줄링한다.", "쿠버네티스", true],
      ["5", "그리고 쿠버네티스를 다시 설치했다.", "쿠버네티스", true],
      ["7", "Q. 쿠버네티스는 왜 etcd가 필요하지?", "쿠버네티스", true],
    ]);
    expect([...root.querySelectorAll(".ldn-cp-linked .ldn-cp-row mark")].map((m) => m.textContent)).toEqual(["[[Kubernetes|쿠버네티스]]"]);
    // The concept's own note never links to itself.
    expect(root.querySelector('.ldn-cp-group[data-path="Concepts/Kubernetes.md"] .ldn-cp-link')).toBeNull();
    // A snippet opens the note at its line; a group folds.
    (til.querySelectorAll<HTMLElement>(".ldn-cp-snippet")[2] as HTMLElement).click();
    await vi.waitFor(() => expect(harness?.app.workspace.lastOpened).toEqual({ path: "TIL/2024/03/쿠버네티스 입문.md", line: 5 }));
  });

  it("links exactly the mention of a row, with Vault.process, and the row moves to the linked mentions", async () => {
    harness = await loadPlugin({ exampleVault: false, files: NOTES });
    const view = await openPage(harness, "kubernetes");
    const before = read(harness, "TIL/2024/03/쿠버네티스 입문.md");
    const row = page(view).querySelector('.ldn-cp-unlinked .ldn-cp-group[data-path="TIL/2024/03/쿠버네티스 입문.md"] .ldn-cp-row[data-line="5"]') as HTMLElement;
    row.querySelector<HTMLButtonElement>(".ldn-cp-link")?.click();
    await vi.waitFor(() => expect(read(harness!, "TIL/2024/03/쿠버네티스 입문.md")).not.toBe(before));
    expect(read(harness, "TIL/2024/03/쿠버네티스 입문.md")).toBe(before.replace("그리고 쿠버네티스를", "그리고 [[Kubernetes|쿠버네티스]]를"));
    expect(harness.app.vault.writes.filter((w) => w.path === "TIL/2024/03/쿠버네티스 입문.md")).toEqual([{ path: "TIL/2024/03/쿠버네티스 입문.md", via: "process" }]);
    expect(Notice.messages).toContain("Linked 쿠버네티스 in 쿠버네티스 입문.");
    await settled(harness, view);
    expect([...page(view).querySelectorAll('.ldn-cp-linked .ldn-cp-group[data-path="TIL/2024/03/쿠버네티스 입문.md"] .ldn-cp-row')].map((r) => r.getAttribute("data-line"))).toEqual(["4", "5"]);
  });

  it("links through the editor when the note is open in one, its unsaved text included", async () => {
    harness = await loadPlugin({ exampleVault: false, files: NOTES });
    await openFile(harness, "Projects/infra/배포.md");
    const editor = (harness.app.workspace.getActiveViewOfType(MarkdownView) as MarkdownView).editor;
    editor.transaction({ changes: [{ from: editor.offsetToPos(editor.getValue().length), text: "추가한 줄\n" }] });
    const view = await openPage(harness, "kubernetes");
    page(view).querySelector<HTMLButtonElement>('.ldn-cp-group[data-path="Projects/infra/배포.md"] .ldn-cp-link')?.click();
    await vi.waitFor(() => expect(editor.getValue()).toBe("---\ntags: [기획안]\n---\n배포는 [[Kubernetes|쿠버네티스]]로 한다.\n추가한 줄\n"));
    expect(editor.transactions.at(-1)).toEqual({ origin: "linked-devops-notes:link", changes: 1 });
    expect(harness.app.vault.writes.filter((w) => w.path === "Projects/infra/배포.md")).toEqual([]);
  });

  it("links all through the preview: only what stays checked, one Vault.process per note", async () => {
    harness = await loadPlugin({ exampleVault: false, files: NOTES });
    const view = await openPage(harness, "kubernetes");
    page(view).querySelector<HTMLButtonElement>(".ldn-cp-link-all")?.click();
    const modal = await vi.waitFor(() => document.querySelector<HTMLElement>(".ldn-link-preview") ?? expect.fail("no preview"));
    expect([...modal.querySelectorAll(".ldn-lp-note")].map((n) => [n.getAttribute("data-path"), n.querySelectorAll(".ldn-lp-change").length])).toEqual([
      ["Projects/infra/배포.md", 1],
      ["Study/etcd 정리.md", 1],
      ["TIL/2024/03/쿠버네티스 입문.md", 3],
    ]);
    modal.querySelector<HTMLInputElement>('.ldn-lp-note[data-path="TIL/2024/03/쿠버네티스 입문.md"] .ldn-lp-change[data-line="7"] input')?.click();
    modal.querySelector<HTMLInputElement>('.ldn-lp-note[data-path="Study/etcd 정리.md"] .ldn-lp-note-head input')?.click();
    expect(modal.querySelector(".ldn-lp-apply")?.textContent).toBe("Link 3 checked");
    modal.querySelector<HTMLButtonElement>(".ldn-lp-apply")?.click();
    await vi.waitFor(() => expect(Notice.messages).toContain("Linked 3 mentions in 2 notes."));
    expect(read(harness, "TIL/2024/03/쿠버네티스 입문.md")).toBe(NOTES["TIL/2024/03/쿠버네티스 입문.md"]?.replace("쿠버네티스는 파드", "[[Kubernetes|쿠버네티스]]는 파드").replace("그리고 쿠버네티스를", "그리고 [[Kubernetes|쿠버네티스]]를"));
    expect(read(harness, "Study/etcd 정리.md")).toBe(NOTES["Study/etcd 정리.md"]);
    expect(harness.app.vault.writes.filter((w) => w.via === "process").map((w) => w.path).sort()).toEqual(["Projects/infra/배포.md", "TIL/2024/03/쿠버네티스 입문.md"]);
  });

  it("offers a note named like a concept without a note as its note, and never takes it silently", async () => {
    harness = await loadPlugin({ exampleVault: false, files: NOTES });
    const view = await openPage(harness, "docker");
    expect(harness.plugin.live.index.conceptNote("docker")).toBeUndefined();
    const offer = page(view).querySelector(".ldn-cp-candidates") as HTMLElement;
    expect([...offer.querySelectorAll("li")].map((li) => li.getAttribute("data-path"))).toEqual(["TIL/docker.md"]);
    expect(page(view).querySelectorAll(".ldn-cp-link")).toHaveLength(0); // nothing to link to yet
    offer.querySelector<HTMLButtonElement>(".ldn-cp-use-note")?.click();
    await vi.waitFor(() => expect(harness?.plugin.pluginSettings.conceptNotes).toEqual(["Docker: TIL/docker.md"]));
    await vi.waitFor(() => expect(harness?.plugin.live.index.conceptNote("docker")).toBe("TIL/docker.md"), { timeout: 5000 });
    await settled(harness, view);
    expect(page(view).querySelector(".ldn-panel-note .ldn-note-link")?.textContent).toBe("TIL/docker");
    expect(page(view).querySelectorAll('.ldn-cp-group[data-path="Inbox/도커 메모.md"] .ldn-cp-link')).toHaveLength(1);
    // The note named in settings follows a rename.
    await harness.app.vault.rename(harness.app.vault.getAbstractFileByPath("TIL/docker.md") as never, "Concepts/Docker.md");
    await vi.waitFor(() => expect(harness?.plugin.pluginSettings.conceptNotes).toEqual(["Docker: Concepts/Docker.md"]));
  });

  it("mutes a concept: no Link button, no suggestion; unmuting brings them back", async () => {
    harness = await loadPlugin({ exampleVault: false, files: NOTES });
    const view = await openPage(harness, "kubernetes");
    expect(page(view).querySelectorAll(".ldn-cp-link").length).toBeGreaterThan(0);
    page(view).querySelector<HTMLButtonElement>(".ldn-cp-mute")?.click();
    await vi.waitFor(() => expect(harness?.plugin.pluginSettings.mutedConcepts).toEqual(["Kubernetes"]));
    await vi.waitFor(() => expect(page(view).classList.contains("is-muted")).toBe(true));
    expect(page(view).querySelectorAll(".ldn-cp-link, .ldn-cp-link-all")).toHaveLength(0);
    page(view).querySelector<HTMLButtonElement>(".ldn-cp-mute")?.click();
    await vi.waitFor(() => expect(harness?.plugin.pluginSettings.mutedConcepts).toEqual([]));
    await vi.waitFor(() => expect(page(view).querySelectorAll(".ldn-cp-link").length).toBeGreaterThan(0));
  });

  it("counts in the tag filter's notes", async () => {
    harness = await loadPlugin({ exampleVault: false, files: NOTES });
    const view = await openPage(harness, "kubernetes", "기획안");
    expect(page(view).querySelector(".ldn-cp-counts")?.textContent).toBe("1 mention in 1 noteCounted in notes tagged #기획안");
    expect([...page(view).querySelectorAll(".ldn-cp-group")].map((g) => g.getAttribute("data-path"))).toEqual(["Projects/infra/배포.md"]);
  });

  it("gives an open question the notes that may answer it, each a click from its best section", async () => {
    harness = await loadPlugin({ exampleVault: false, files: NOTES });
    const view = await openPage(harness, "kubernetes");
    const question = page(view).querySelector(".ldn-cp-questions .ldn-question.is-open") as HTMLElement;
    expect(question.querySelector(".ldn-badge")?.textContent).toBe("open");
    const answer = question.querySelector('.ldn-cp-answers li[data-path="Study/etcd 정리.md"]') as HTMLElement;
    expect(answer.querySelector(".ldn-cp-answer-title")?.textContent).toBe("etcd 정리");
    expect([...answer.querySelectorAll(".ldn-cp-reason")].map((r) => r.textContent)).toEqual(["mentions Kubernetes", "mentions etcd", "heading “etcd”", "named “etcd 정리”"]);
    answer.querySelector<HTMLButtonElement>(".ldn-cp-answer")?.click();
    await vi.waitFor(() => expect(harness?.app.workspace.lastOpened).toEqual({ path: "Study/etcd 정리.md", line: 1 }));
  });

  it("speaks Korean in a Korean Obsidian: every word of the page, concept names as 쿠버네티스 (Kubernetes)", async () => {
    setFakeLanguage("ko");
    harness = await loadPlugin({ exampleVault: false, files: NOTES });
    const view = await openPage(harness, "kubernetes");
    const root = page(view);
    expect(root.querySelector("h3")?.textContent).toBe("쿠버네티스 (Kubernetes)");
    expect(root.querySelector(".ldn-cp-linked h4")?.textContent).toBe("링크된 언급");
    expect(root.querySelector(".ldn-cp-unlinked h4")?.textContent).toBe("링크 안 된 언급");
    expect(root.querySelector(".ldn-cp-link")?.textContent).toBe("링크");
    expect(root.querySelector(".ldn-cp-questions .ldn-badge")?.textContent).toBe("열림");
    expect([...root.querySelectorAll(".ldn-cp-relation .ldn-cp-label")].map((l) => l.textContent)).toContain("오케스트레이션 대상");
    // No English string of the UI reaches it (the notes' own words aside).
    const shown = [...root.querySelectorAll<HTMLElement>("*")].flatMap((el) => [el.getAttribute("aria-label") ?? "", ...[...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? "")]);
    const english = Object.entries(en).filter(([key, text]) => /^(cp|lp)/.test(key) && /[a-z]{3}/.test(text)).map(([, text]) => text.split("{")[0]?.trim() ?? "").filter((text) => text.length > 3);
    const escape = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(shown.filter((text) => english.some((phrase) => new RegExp(`(^|\\W)${escape(phrase)}(\\W|$)`).test(text)))).toEqual([]);
  });
});
