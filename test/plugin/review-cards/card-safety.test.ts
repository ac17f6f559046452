// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReviewCard } from "../../../src/engine/review-cards/cards";
import type { ReviewState } from "../../../src/engine/review-cards/review-state";
import type { IndexStore } from "../../../src/plugin/host/index-store";
import { MarkdownView, TFile, type Editor } from "../../fakes/obsidian";
import { loadPlugin, openFile, type Harness } from "../plugin-harness";

/**
 * The ways a saved schedule used to vanish, each done to the running plugin in the fake Obsidian
 * over real files: the cards graded before must still have their schedule after.
 */

const NOW = new Date("2024-05-01T12:00:00Z");
const DATA = ".obsidian/plugins/linked-devops-notes/data.json";
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Room for the settings debounce (1 s) and the rebuild after it. */
const REBUILD_ROOM_MS = 1200;

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

async function start(files: Record<string, string>, exampleVault = false): Promise<Harness> {
  harness = await loadPlugin({ exampleVault, files });
  harness.plugin.reviewCards.store.now = () => NOW;
  return harness;
}

/** Grades every card of the vault twice; returns the schedule as it stands. */
function gradeAll(h: Harness): ReviewState {
  const store = h.plugin.reviewCards.store;
  for (const card of store.cards()) {
    store.grade(card, 3);
    store.grade(card, 4);
  }
  return store.state;
}

/** Each record's schedule by its question's text, without where it lives. */
function schedules(state: ReviewState): Map<string, string> {
  return new Map(Object.values(state.cards).map(({ path: _p, key: _k, line: _l, question, ...rest }) => [question ?? "", JSON.stringify(rest)]));
}

function savedState(h: Harness): ReviewState {
  return (JSON.parse(readFileSync(join(h.root, DATA), "utf8")) as { reviewCards: ReviewState }).reviewCards;
}

function file(h: Harness, path: string): TFile {
  const found = h.app.vault.getAbstractFileByPath(path);
  if (!(found instanceof TFile)) throw new Error(`no file ${path}`);
  return found;
}

describe("a review schedule is never lost", () => {
  it("while a settings change rebuilds the index, whatever redraws, grades or syncs meanwhile", async () => {
    const h = await start({ "a.md": "Q. 도커란?\n-> 툴\n\nQ. 파드란?\n-> 단위\n", "dir/b.md": "Q. 노드란?\n-> 서버\n" });
    const before = schedules(gradeAll(h));
    const store = h.plugin.reviewCards.store;
    const [first] = store.cards() as [ReviewCard];
    // The moment the new, empty index is in place and the build waits for its store: everything at once.
    const indexStore = h.plugin.live.storeInfo() as unknown as IndexStore;
    const load = indexStore.load.bind(indexStore);
    let during = 0;
    let setAsideDuring: string[] = [];
    indexStore.load = async (key: string) => {
      if (h.plugin.live.index.size === 0) {
        during++;
        store.cards(); // the dashboard redrawing
        store.summary();
        await h.plugin.onExternalSettingsChange(); // a sync
        store.grade(first, 3); // a grade, from a card shown before
        setAsideDuring = Object.keys(store.state.orphans);
      }
      return load(key);
    };
    h.plugin.data.settings.extraConcepts = "Keycloak: 키클록";
    await h.plugin.saveSettings(true);
    await wait(REBUILD_ROOM_MS);
    await h.settle();
    expect(during).toBe(1);
    expect(setAsideDuring).toEqual([]); // not even kept aside: an index being built says nothing of what is gone
    store.cards();
    const after = schedules(store.state);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [question, schedule] of before) if (question !== first.question) expect(after.get(question)).toBe(schedule);
    expect(Object.keys(store.state.orphans)).toEqual([]);
    await h.plugin.dataFile.flush();
    expect(Object.keys(savedState(h).cards).sort()).toEqual(Object.keys(store.state.cards).sort());
  });

  it("while an excluded folder's name is typed letter by letter (Study on the way to Study/Archive)", async () => {
    const h = await start({ "Study/a.md": "Q. 도커란?\n-> 툴\n", "Study/Archive/old.md": "Q. 파드란?\n-> 단위\n", "keep.md": "Q. 노드란?\n-> 서버\n" });
    const before = gradeAll(h);
    for (const typed of ["S", "St", "Study", "Study/", "Study/Arch", "Study/Archive"]) {
      h.plugin.data.settings.excludedFolders = [typed];
      await h.plugin.saveSettings(true);
      h.plugin.reviewCards.store.cards(); // redraws while typing
      await wait(typed === "Study" ? REBUILD_ROOM_MS : 150); // one pause long enough for a rebuild with Study excluded
      h.plugin.reviewCards.store.cards();
    }
    await wait(REBUILD_ROOM_MS);
    await h.settle();
    expect(h.plugin.live.index.paths()).toEqual(["Study/a.md", "keep.md"]);
    h.plugin.reviewCards.store.cards();
    // Study/Archive is excluded now: its cards are not shown, and their schedule is kept as it was.
    expect(h.plugin.reviewCards.store.state.cards).toEqual(before.cards);
  });

  it("when the `.` of `Q.` is deleted for a moment: the cards are kept aside, in data.json too, and taken back", async () => {
    const note = "Q. 도커란?\n-> 툴\n\nQ. 파드란?\n-> 단위\n";
    const h = await start({ "a.md": note });
    const before = gradeAll(h);
    await h.app.vault.modify(file(h, "a.md"), note.replace("Q. 도커", "Q 도커"));
    await h.settle();
    h.plugin.reviewCards.store.cards();
    await h.plugin.dataFile.flush();
    const [docker, pod] = Object.keys(before.cards).sort((a, b) => (before.cards[a]?.line ?? 0) - (before.cards[b]?.line ?? 0));
    expect(Object.keys(savedState(h).orphans)).toEqual([docker]);
    expect(Object.keys(savedState(h).cards)).toEqual([pod]);
    await h.app.vault.modify(file(h, "a.md"), note);
    await h.settle();
    h.plugin.reviewCards.store.cards();
    expect(h.plugin.reviewCards.store.state.cards).toEqual(before.cards);
    expect(h.plugin.reviewCards.store.state.orphans).toEqual({});
  });

  it("when a mention on the question's line is linked: the linked question is the same card", async () => {
    const note = "Q. 도커는 무엇인가?\n-> 컨테이너를 돌리는 도구\n";
    const h = await start({ "연습.md": note }, true);
    const store = h.plugin.reviewCards.store;
    const card = store.cards().find((c) => c.path === "연습.md") as ReviewCard;
    store.grade(card, 3);
    store.grade(card, 4);
    const schedule = schedules(store.state).get(card.question);
    await openFile(h, "연습.md");
    const editor = h.app.workspace.getActiveViewOfType(MarkdownView)?.editor as Editor;
    h.app.runCommand("linked-devops-notes:link-concept-mentions");
    await vi.waitFor(() => expect(editor.getValue()).toBe(note.replace("도커는", "[[Docker|도커]]는")));
    // Obsidian saves the editor's text a moment later, as any edit.
    const file = h.app.vault.getAbstractFileByPath("연습.md");
    if (!(file instanceof TFile)) throw new Error("연습.md is gone");
    await h.app.vault.modify(file, editor.getValue());
    expect(readFileSync(join(h.root, "연습.md"), "utf8")).toBe(note.replace("도커는", "[[Docker|도커]]는"));
    await h.settle();
    const linked = store.cards().find((c) => c.path === "연습.md") as ReviewCard;
    expect(linked.id).not.toBe(card.id);
    expect(linked.question).toBe("[[Docker|도커]]는 무엇인가?");
    expect(schedules(store.state).get(linked.question)).toBe(schedule);
    expect(store.state.orphans).toEqual({});
  });
});
