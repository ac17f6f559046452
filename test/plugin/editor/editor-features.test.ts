// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EditorState, StateEffect, type Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { afterEach, describe, expect, it } from "vitest";
import { editorInfoField, TFile } from "../../fakes/obsidian";
import { loadPlugin, type Harness } from "../plugin-harness";

/**
 * The plugin's editor extension in a CodeMirror view (happy-dom's DOM), as Obsidian runs it: the
 * array the plugin registered, with `editorInfoField` telling it the note's file. Debounces are
 * real; the waits leave them room.
 */

let harness: Harness | undefined;
const views: EditorView[] = [];
afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
  harness?.dispose();
  harness = undefined;
});

const DEBOUNCE_ROOM_MS = 400;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function openEditor(h: Harness, path: string): EditorView {
  const registered = h.app.editorExtensions as Extension[];
  const file = h.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
  const parent = document.body.createDiv();
  const view = new EditorView({
    parent,
    state: EditorState.create({ doc: readFileSync(join(h.root, path), "utf8"), extensions: [editorInfoField.init(() => ({ app: h.app, file })), registered] }),
  });
  // What Obsidian does on `updateOptions`: every editor takes the registered extensions again.
  h.app.workspace.on("update-options", () => view.dispatch({ effects: StateEffect.reconfigure.of([editorInfoField.init(() => ({ app: h.app, file })), registered]) }));
  views.push(view);
  return view;
}

const badges = (view: EditorView) => [...view.dom.querySelectorAll(".ldn-question-badge")].map((el) => el.getAttribute("data-status"));
const hints = (view: EditorView) => [...view.dom.querySelectorAll(".ldn-concept-hint")].map((el) => el.textContent);

describe("the editor extension", () => {
  it("draws a badge for each question the index's parse finds, with its status", async () => {
    harness = await loadPlugin({ files: { "연습.md": "# 연습\n\nQ. 도커란?\n-> 컨테이너 플랫폼\n\nQ. 파드는 뭐지?\n\nQ. cgroup은?\n-> 잘 모르겠다\n" } });
    const view = openEditor(harness, "연습.md");
    expect(badges(view)).toEqual(["answered", "open", "unsure"]);
    expect(view.dom.querySelector(".ldn-question-badge")?.getAttribute("aria-label")).toBe("Answered\nAnswer: 컨테이너 플랫폼\nConcepts: Docker");
    expect(harness.plugin.live.index.note("연습.md")?.questions.map((q) => q.status)).toEqual(["answered", "open", "unsure"]);
  });

  it("names, in an open question's badge, the notes that may answer it, each a click from its best section", async () => {
    harness = await loadPlugin({ files: { "연습.md": "# 연습\n\nQ. 포드맨은 루트 권한 없이 돌아가나?\n" } });
    const view = openEditor(harness, "연습.md");
    const badge = view.dom.querySelector<HTMLElement>(".ldn-question-badge.is-open");
    if (!badge) throw new Error("no open badge");
    badge.click();
    const answers = [...badge.querySelectorAll(".ldn-badge-answers .ldn-answer")];
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.map((a) => a.getAttribute("data-path"))).toContain("Concepts/Podman.md");
    expect(badge.getAttribute("aria-label")).toMatch(/\nMay be answered in: .*Podman/);
    const first = answers[0] as HTMLElement;
    const cursor = view.state.selection.main.head;
    first.querySelector<HTMLElement>(".ldn-answer-link")?.click();
    await harness.settle();
    expect(harness.app.workspace.lastOpened).toEqual({ path: first.getAttribute("data-path"), line: Number(first.getAttribute("data-line")) });
    expect(view.state.selection.main.head).toBe(cursor); // the click on the link never reached the editor
  });

  it("follows typing: an answer under an open question turns its badge answered before the note is saved", async () => {
    harness = await loadPlugin({ files: { "연습.md": "## 연습\nQ. 도커란?\n\n## 다음\n본문\n" } });
    const view = openEditor(harness, "연습.md");
    expect(badges(view)).toEqual(["open"]);
    view.dispatch({ changes: { from: view.state.doc.line(2).to, insert: "\n-> 컨테이너 플랫폼" }, userEvent: "input.type" });
    expect(badges(view)).toEqual(["open"]);
    await wait(DEBOUNCE_ROOM_MS);
    expect(badges(view)).toEqual(["answered"]);
    expect(readFileSync(join(harness.root, "연습.md"), "utf8")).toBe("## 연습\nQ. 도커란?\n\n## 다음\n본문\n");
  });

  it("applies the user's question markers and concepts from settings", async () => {
    const data = { settings: { questionMarkers: ["질문:"], extraConcepts: "Argo CD: 아르고" } };
    harness = await loadPlugin({ files: { ".obsidian/plugins/linked-devops-notes/data.json": JSON.stringify(data), "연습.md": "질문: 아르고는 뭐지?\n\n## 다음\nQ. 이건 질문이 아니다\n" } });
    const view = openEditor(harness, "연습.md");
    expect(badges(view)).toEqual(["open"]);
    expect(hints(view)).toEqual(["아르고"]);
  });

  it("leaves notes in excluded folders alone", async () => {
    const data = { settings: { excludedFolders: ["Templates"] } };
    harness = await loadPlugin({ exampleVault: false, files: { ".obsidian/plugins/linked-devops-notes/data.json": JSON.stringify(data), "Templates/질문.md": "Q. 도커란?\n" } });
    const view = openEditor(harness, "Templates/질문.md");
    await wait(50);
    expect([badges(view), hints(view)]).toEqual([[], []]);
  });

  it("does not underline a concept in its own note, which never links to itself", async () => {
    harness = await loadPlugin();
    const view = openEditor(harness, "Concepts/Docker.md");
    const own = [...view.dom.querySelectorAll(".ldn-concept-hint")].filter((el) => el.getAttribute("data-concept") === "docker");
    expect(own).toEqual([]);
    expect(view.dom.querySelectorAll(".ldn-concept-hint").length).toBeGreaterThan(0);
  });

  it("underlines the first mention of each concept per section, or every one when the setting says so", async () => {
    harness = await loadPlugin({ files: { "연습.md": "도커는 좋고 도커를 또 쓴다\n\n## 다음\n도커와 쿠버네티스\n" } });
    const view = openEditor(harness, "연습.md");
    expect(hints(view)).toEqual(["도커", "도커", "쿠버네티스"]);
    expect([...view.dom.querySelectorAll(".ldn-concept-hint")].map((el) => view.state.doc.lineAt(view.posAtDOM(el)).number)).toEqual([1, 4, 4]);
    harness.plugin.data.settings.hintEveryMention = true;
    await harness.plugin.saveSettings(false);
    expect(hints(view)).toEqual(["도커", "도커", "도커", "쿠버네티스"]);
  });

  it("reads a section parsed alone by its own headings, not by the app's cache of the whole note", async () => {
    // The cache puts a heading at line 5; the second section, parsed alone, has its line 5 in the middle of it.
    const note = "# 연습\n줄\n줄\n줄\n## 둘\n도커\n줄\n줄\n줄\n도커 또\nQ. 파드는?\n";
    harness = await loadPlugin({ files: { "연습.md": note } });
    const view = openEditor(harness, "연습.md");
    expect(hints(view)).toEqual(["도커", "파드"]);
    view.dispatch({ changes: { from: view.state.doc.line(7).to, insert: " 더" }, userEvent: "input.type" });
    await wait(DEBOUNCE_ROOM_MS);
    expect(hints(view)).toEqual(["도커", "파드"]);
    const fresh = openEditor(harness, "연습.md");
    fresh.dispatch({ changes: { from: 0, to: fresh.state.doc.length, insert: view.state.doc.toString() } });
    await wait(DEBOUNCE_ROOM_MS);
    expect(hints(fresh)).toEqual(["도커", "파드"]);
  });

  it("never underlines a muted concept, nor anything in a note that opts out, in any section", async () => {
    const data = { settings: { mutedConcepts: ["쿠버네티스"] } };
    const optedOut = "---\ndevops-links: false\n---\n도커는 좋다\n\n## 다음\n도커와 포드맨\n";
    harness = await loadPlugin({ files: { ".obsidian/plugins/linked-devops-notes/data.json": JSON.stringify(data), "연습.md": "도커와 쿠버네티스\n", "opt.md": optedOut } });
    expect(hints(openEditor(harness, "연습.md"))).toEqual(["도커"]);
    const view = openEditor(harness, "opt.md");
    expect(hints(view)).toEqual([]);
    // An edit re-reads only its section, which has no frontmatter to say so: still nothing.
    view.dispatch({ changes: { from: view.state.doc.length, insert: "쿠버네티스와 도커\n" }, userEvent: "input.type" });
    await wait(DEBOUNCE_ROOM_MS);
    expect(hints(view)).toEqual([]);
  });

  it("turning a feature off in settings removes it from open editors; turning both off leaves nothing", async () => {
    harness = await loadPlugin({ files: { "연습.md": "Q. 도커란?\n" } });
    const registered = harness.app.editorExtensions[0];
    const view = openEditor(harness, "연습.md");
    expect([badges(view), hints(view)]).toEqual([["open"], ["도커"]]);

    harness.plugin.data.settings.questionBadges = false;
    await harness.plugin.saveSettings(false);
    expect([badges(view), hints(view)]).toEqual([[], ["도커"]]);

    harness.plugin.data.settings.conceptHints = false;
    await harness.plugin.saveSettings(false);
    expect([badges(view), hints(view)]).toEqual([[], []]);
    expect(harness.app.editorExtensions).toEqual([registered]);
    expect(registered).toEqual([]);

    harness.plugin.data.settings.questionBadges = true;
    await harness.plugin.saveSettings(false);
    expect(badges(view)).toEqual(["open"]);
    expect(harness.app.workspace.optionUpdates).toBe(3);
  });
});

describe("the concept card", () => {
  async function cardFor(note: string): Promise<{ view: EditorView; card: () => Element | null }> {
    harness = await loadPlugin({ files: { "연습.md": note } });
    const view = openEditor(harness, "연습.md");
    const hint = view.dom.querySelector(".ldn-concept-hint");
    if (!hint) throw new Error("no hint drawn");
    hint.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await wait(50);
    return { view, card: () => view.dom.querySelector(".ldn-concept-card") };
  }

  it("opens on a tap or click of an underlined mention, with the concept's names, notes and open questions", async () => {
    const { card } = await cardFor("도커는 좋다\n");
    expect(card()?.querySelector(".ldn-card-title")?.textContent).toBe("Docker");
    expect(card()?.querySelector(".ldn-card-aliases")?.textContent).toContain("도커");
    expect(card()?.querySelector(".ldn-card-meta")?.textContent).toMatch(/^Mentioned in \d+ notes$/);
    expect(card()?.querySelectorAll(".ldn-card-question").length).toBeGreaterThan(0);
    expect(card()?.getAttribute("aria-label")).toBe("Concept Docker");
  });

  it("links that one mention through the editor, changing nothing else in the note", async () => {
    const note = "도커는 좋다. 도커를 또 쓴다.\n\n포드맨도 있다\n";
    const { view, card } = await cardFor(note);
    (card()?.querySelector(".ldn-card-link") as HTMLElement).click();
    expect(view.state.doc.toString()).toBe(note.replace("도커는", "[[Docker|도커]]는"));
    await wait(50);
    expect(card()).toBeNull();
  });

  it("offers to create the concept's note when it has none, and links nothing", async () => {
    const { view, card } = await cardFor("테라폼으로 만든다\n");
    expect(card()?.querySelector(".ldn-card-link")).toBeNull();
    expect(card()?.querySelector(".ldn-card-create")).not.toBeNull();
    expect(view.state.doc.toString()).toBe("테라폼으로 만든다\n");
  });

  it("closes on Escape and on an edit, leaving the note as it was", async () => {
    const { view, card } = await cardFor("도커는 좋다\n");
    expect(card()).not.toBeNull();
    view.contentDOM.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await wait(50);
    expect(card()).toBeNull();
    view.dom.querySelector(".ldn-concept-hint")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await wait(50);
    expect(card()).not.toBeNull();
    view.dispatch({ changes: { from: view.state.doc.length, insert: "끝" } });
    await wait(50);
    expect(card()).toBeNull();
    expect(view.state.doc.toString()).toBe("도커는 좋다\n끝");
  });
});
