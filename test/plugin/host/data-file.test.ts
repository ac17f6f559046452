// @vitest-environment happy-dom
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { PluginData } from "../../../src/engine/plugin-data/plugin-data";
import type { ReviewCard } from "../../../src/engine/review-cards/cards";
import { restart, loadPlugin, type Harness } from "../plugin-harness";

/**
 * The plugin's data.json against sync: another device's file is never written over before it is
 * read, every part of it is merged, a grade is on disk at once, and a file written by release
 * 0.1.0 (the fixture beside this test, made by that release in this fake Obsidian) is read whole.
 */

const DATA = ".obsidian/plugins/linked-devops-notes/data.json";
const RELEASE_0_1_0 = readFileSync(join(import.meta.dirname, "fixtures/data-0.1.0.json"), "utf8");
const NOW = new Date("2024-05-01T12:00:00Z");

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

const onDisk = (h: Harness): PluginData => JSON.parse(readFileSync(join(h.root, DATA), "utf8")) as PluginData;

async function start(files: Record<string, string> = {}): Promise<Harness> {
  harness = await loadPlugin({ files });
  harness.plugin.reviewCards.store.now = () => NOW;
  return harness;
}

/** What another device would write: our file as it is now, changed by `change`. */
function otherDevice(h: Harness, change: (data: PluginData) => void): void {
  const theirs = onDisk(h);
  change(theirs);
  writeFileSync(join(h.root, DATA), JSON.stringify(theirs, null, 2));
}

describe("data.json written by release 0.1.0", () => {
  it("is read whole: settings, set-aside marks and review cards, and written back in format 2 without the old names", async () => {
    const old = JSON.parse(RELEASE_0_1_0) as { settings: Record<string, unknown>; reviews: Record<string, { reviewedAt: number; count: number }>; review: { cards: Record<string, unknown>; log: unknown[] } };
    const h = await start({ [DATA]: RELEASE_0_1_0 });
    const data = h.plugin.data;
    expect(data.settings).toEqual({ ...old.settings, headingQuestions: false }); // added since: its default
    expect(data.setAside).toEqual(Object.fromEntries(Object.entries(old.reviews).map(([path, r]) => [path, { setAsideAt: r.reviewedAt, count: r.count }])));
    expect(data.reviewCards.log).toEqual(old.review.log);
    for (const [id, record] of Object.entries(old.review.cards)) expect(data.reviewCards.cards[id]).toMatchObject(record as object);
    expect(Object.keys(data.reviewCards.cards)).toEqual(Object.keys(old.review.cards));

    await h.plugin.dataFile.requestSave();
    const saved = onDisk(h) as PluginData & Record<string, unknown>;
    expect(Object.keys(saved).sort()).toEqual(["format", "reviewCards", "setAside", "settings", "settingsChangedAt"]);
    expect(saved.format).toBe(2);
    const again = await restart(h);
    harness = again;
    expect(again.plugin.data.setAside).toEqual(data.setAside);
    expect(again.plugin.data.reviewCards.cards).toEqual(data.reviewCards.cards);
  });

  it("merges an old device's file synced in after the migration", async () => {
    const h = await start();
    const store = h.plugin.reviewCards.store;
    const old = JSON.parse(RELEASE_0_1_0) as { review: { cards: Record<string, unknown> }; reviews: Record<string, unknown> };
    const card = store.cards().find((c) => !(c.id in old.review.cards)) as ReviewCard;
    store.grade(card, 3);
    await h.plugin.dataFile.flush();
    writeFileSync(join(h.root, DATA), RELEASE_0_1_0); // an older version on another device saved over it
    await h.plugin.onExternalSettingsChange();
    expect(Object.keys(h.plugin.data.reviewCards.cards).sort()).toEqual([...new Set([card.id, ...Object.keys(old.review.cards)])].sort());
    expect(Object.keys(h.plugin.data.setAside)).toEqual(Object.keys(old.reviews));
    expect(Object.keys(onDisk(h).reviewCards.cards).sort()).toEqual(Object.keys(h.plugin.data.reviewCards.cards).sort());
  });
});

describe("saving with another device syncing the same file", () => {
  it("saves a grade at once, not after a delay", async () => {
    const h = await start();
    const store = h.plugin.reviewCards.store;
    const card = store.cards()[0] as ReviewCard;
    store.grade(card, 4);
    await h.plugin.dataFile.flush();
    expect(Object.keys(onDisk(h).reviewCards.cards)).toEqual([card.id]);
  });

  it("reads a file changed by another device before writing a grade, and keeps both sides", async () => {
    const h = await start();
    const store = h.plugin.reviewCards.store;
    const [mine, theirs] = store.cards() as [ReviewCard, ReviewCard];
    store.grade(mine, 3);
    await h.plugin.dataFile.flush();
    const other = h.plugin.reviewCards.store;
    otherDevice(h, (data) => {
      data.reviewCards.cards[theirs.id] = { ...(data.reviewCards.cards[mine.id] as PluginData["reviewCards"]["cards"][string]), path: theirs.path, key: theirs.key };
      data.setAside["HOME 🌎.md"] = { setAsideAt: 1, count: 3 };
      data.settings.newCardsPerDay = 7;
      data.settingsChangedAt.newCardsPerDay = Date.now() + 60_000;
    });
    // The sync tool has not told Obsidian yet: the grade's save is what meets the new file first.
    other.grade(mine, 4);
    await h.plugin.dataFile.flush();
    const saved = onDisk(h);
    expect(Object.keys(saved.reviewCards.cards).sort()).toEqual([mine.id, theirs.id].sort());
    expect(saved.reviewCards.cards[mine.id]?.reps).toBe(2);
    expect(saved.setAside["HOME 🌎.md"]).toEqual({ setAsideAt: 1, count: 3 });
    expect(saved.settings.newCardsPerDay).toBe(7);
    expect(h.plugin.data.settings.newCardsPerDay).toBe(7);
  });

  it("merges settings key by key, the one changed last winning, and re-indexes for a setting that shapes the index", async () => {
    const h = await start();
    const plugin = h.plugin;
    plugin.data.settings.linkEveryMention = true;
    await plugin.saveSettings(false);
    await plugin.dataFile.flush();
    const ours = plugin.data.settingsChangedAt.linkEveryMention as number;
    expect(ours).toBeGreaterThan(0);
    otherDevice(h, (data) => {
      data.settings.linkEveryMention = false; // changed before ours
      data.settingsChangedAt.linkEveryMention = ours - 1000;
      data.settings.questionMarkers = ["질문:"]; // changed after
      data.settingsChangedAt.questionMarkers = ours + 1000;
    });
    await plugin.onExternalSettingsChange();
    expect(plugin.data.settings.linkEveryMention).toBe(true);
    expect(plugin.data.settings.questionMarkers).toEqual(["질문:"]);
    expect(onDisk(h).settings.linkEveryMention).toBe(true); // ours held something theirs did not: written back
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await h.settle();
    // Re-indexed with the new marker: no Q. line is a marked question any more (those under a 질문
    // heading still ask, as every question under such a heading does).
    expect(plugin.live.index.questions().filter((q) => q.kind === "marker")).toEqual([]);
  });

  it("keeps the settings chosen here when another device's file holds only defaults, or the file is gone", async () => {
    const h = await start({ [DATA]: RELEASE_0_1_0 }); // settings chosen under 0.1.0: no change times
    const chosen = { ...h.plugin.data.settings };
    writeFileSync(join(h.root, DATA), JSON.stringify({ format: 2, settings: {}, settingsChangedAt: {}, setAside: {}, reviewCards: { version: 1, cards: {}, log: [] } }));
    await h.plugin.onExternalSettingsChange();
    expect(h.plugin.data.settings).toEqual(chosen);
    expect(onDisk(h).settings).toEqual(chosen);
    rmSync(join(h.root, DATA));
    await h.plugin.onExternalSettingsChange();
    await h.plugin.dataFile.requestSave();
    expect(onDisk(h).settings).toEqual(chosen);
    expect(Object.keys(onDisk(h).reviewCards.cards).length).toBeGreaterThan(0);
  });

  it("does not write when the file already holds everything we have", async () => {
    const h = await start();
    await h.plugin.dataFile.requestSave();
    const before = readFileSync(join(h.root, DATA), "utf8");
    otherDevice(h, (data) => {
      data.setAside["HOME 🌎.md"] = { setAsideAt: 5, count: 1 };
    });
    const synced = readFileSync(join(h.root, DATA), "utf8");
    let writes = 0;
    const saveData = h.plugin.saveData.bind(h.plugin);
    h.plugin.saveData = (data: unknown) => (writes++, saveData(data));
    await h.plugin.onExternalSettingsChange();
    expect(writes).toBe(0);
    expect(readFileSync(join(h.root, DATA), "utf8")).toBe(synced);
    expect(synced).not.toBe(before);
    expect(h.plugin.data.setAside["HOME 🌎.md"]).toEqual({ setAsideAt: 5, count: 1 });
  });

  it("lands a grade given just before Obsidian closes, and waits for saves when Obsidian quits", async () => {
    const h = await start();
    const store = h.plugin.reviewCards.store;
    const card = store.cards()[0] as ReviewCard;
    store.grade(card, 3);
    const tasks: Array<() => Promise<unknown>> = [];
    h.app.workspace.trigger("quit", { add: (task: () => Promise<unknown>) => tasks.push(task) });
    expect(tasks).toHaveLength(1);
    await Promise.all(tasks.map((task) => task()));
    expect(Object.keys(onDisk(h).reviewCards.cards)).toEqual([card.id]);
    store.grade(card, 4);
    const again = await restart(h); // unloaded at once, within the same tick as the grade
    harness = again;
    expect(again.plugin.data.reviewCards.cards[card.id]?.reps).toBe(2);
  });
});
