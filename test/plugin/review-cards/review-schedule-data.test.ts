// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { NodeFolderStorage } from "../../fakes/node-folder-storage";
import { Notice } from "../../fakes/obsidian";
import { ANSWERED_IN_EXAMPLE_VAULT, DATA, disposeHarness, openReview, progress, reload, savedData, start } from "./review-harness";

afterEach(disposeHarness);

describe("review schedule in the plugin's data", () => {
  it("keeps a corrupt schedule aside, tells the learner, and starts afresh without failing", async () => {
    const stored = { settings: {}, review: { version: 1, cards: "oops" } };
    const h = await start({ files: { [DATA]: JSON.stringify(stored) } });
    const folder = join(h.root, ".obsidian/plugins/linked-devops-notes");
    const backups = readdirSync(folder).filter((f) => f.startsWith("review-state.backup-"));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(folder, backups[0] as string), "utf8"))).toEqual(stored.review);
    expect(Notice.messages.some((m) => m.includes("could not read its review schedule") && m.includes(backups[0] as string))).toBe(true);
    const view = await openReview(h);
    expect(progress(view)).toBe(`1 of ${ANSWERED_IN_EXAMPLE_VAULT} · ${ANSWERED_IN_EXAMPLE_VAULT} due today`);
    await new Promise((resolve) => setTimeout(resolve, 600)); // the debounced save
    expect(savedData(h.root).reviewCards).toEqual({ version: 1, cards: {}, orphans: {}, log: [] });
  });

  it("keeps a schedule from a newer version aside, with its own message", async () => {
    const h = await start({ files: { [DATA]: JSON.stringify({ review: { version: 9, cards: {} } }) } });
    expect(Notice.messages.some((m) => m.includes("newer version"))).toBe(true);
    expect(h.plugin.reviewCards.store.state.cards).toEqual({});
  });

  it("moves a card's schedule with its note on rename, and finds it after a rename it did not see", async () => {
    const h = await start();
    const store = h.plugin.reviewCards.store;
    const card = store.cards().find((c) => c.path === "TIL 2024-03-02.md") ?? store.cards()[0];
    if (!card) throw new Error("a card expected");
    store.grade(card, 4);
    const schedule = { ...store.state.cards[card.id], path: undefined };

    await h.app.vault.rename(h.app.vault.getAbstractFileByPath(card.path) as never, "Archive/renamed.md");
    await h.settle();
    expect(Object.keys(store.state.cards)).toEqual([`Archive/renamed.md#${card.key}`]);
    expect(store.cards().some((c) => c.id === `Archive/renamed.md#${card.key}`)).toBe(true);

    // Renamed on disk while Obsidian was closed.
    const restarted = await reload(h);
    (restarted.app.vault.storage as NodeFolderStorage).rename("Archive/renamed.md", "Elsewhere/again.md");
    const again = await reload(restarted);
    const moved = again.plugin.reviewCards.store;
    moved.cards();
    expect(Object.keys(moved.state.cards)).toEqual([`Elsewhere/again.md#${card.key}`]);
    expect({ ...moved.state.cards[`Elsewhere/again.md#${card.key}`], path: undefined }).toEqual(schedule);
  });

  it("sets aside the schedule of a question that was deleted (kept as an orphan, in case it comes back)", async () => {
    const h = await start({ files: { "flash.md": "Q. 도커란?\n-> 컨테이너 툴\n\nQ. 파드란?\n-> 최소 단위\n" } });
    const store = h.plugin.reviewCards.store;
    const cards = store.cards().filter((c) => c.path === "flash.md");
    for (const card of cards) store.grade(card, 3);
    await h.app.vault.modify(h.app.vault.getAbstractFileByPath("flash.md") as never, "Q. 파드란?\n-> 최소 단위\n");
    await h.settle();
    store.cards();
    expect(Object.keys(store.state.cards)).toEqual([cards[1]?.id]);
    expect(Object.keys(store.state.orphans)).toEqual([cards[0]?.id]);
  });

  it("merges a schedule synced from another device: the newer review of a card wins", async () => {
    const h = await start();
    const store = h.plugin.reviewCards.store;
    const [mine, theirsOnly] = store.cards();
    if (!mine || !theirsOnly) throw new Error("cards expected");
    store.grade(mine, 1);
    const newer = { ...store.state.cards[mine.id], reps: 7, last_review: "2024-05-02T00:00:00.000Z" };
    const external = { settings: {}, review: { version: 1, cards: { [mine.id]: newer, [theirsOnly.id]: { ...newer, path: theirsOnly.path, key: theirsOnly.key } }, log: [] } };
    h.app.vault.storage.write(DATA, JSON.stringify(external));
    await h.plugin.onExternalSettingsChange();
    expect(store.state.cards[mine.id]?.reps).toBe(7);
    expect(store.state.cards[theirsOnly.id]?.key).toBe(theirsOnly.key);
    expect(store.state.log).toHaveLength(1); // our grade is kept in the log
    await new Promise((resolve) => setTimeout(resolve, 600)); // the debounced save of the merged schedule
    expect(savedData(h.root).reviewCards.cards[mine.id]?.reps).toBe(7);
  });
});
