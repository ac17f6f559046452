import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergePluginData } from "../../../src/engine/plugin-data/merge-plugin-data";
import { emptyPluginData, readPluginData, type PluginData } from "../../../src/engine/plugin-data/plugin-data";
import { readReviewSchedule } from "../../../src/engine/plugin-data/review-schedule-file";
import { cardId, emptyReviewState, type CardRecord } from "../../../src/engine/review-cards/review-state";

/** data.json as release 0.1.0 writes it, made by that release in the fake Obsidian (see test/plugin/host/). */
const RELEASE_0_1_0 = JSON.parse(readFileSync("test/plugin/host/fixtures/data-0.1.0.json", "utf8")) as {
  settings: Record<string, unknown>;
  reviews: Record<string, { reviewedAt: number; count: number }>;
  review: { cards: Record<string, CardRecord>; log: unknown[] };
};

function record(path: string, key: string, lastReview: string, reps = 1): CardRecord {
  return { path, key, due: "2024-06-01T00:00:00.000Z", stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps, lapses: 0, state: 2, last_review: lastReview };
}

describe("reading data.json", () => {
  it("reads nothing stored as the defaults, and no problem", () => {
    expect(readPluginData(null)).toEqual({ data: emptyPluginData(), reviewCards: { state: emptyReviewState() } });
  });

  it("reads a file written by 0.1.0 into format 2: marks under setAside, cards under reviewCards", () => {
    const { data, reviewCards } = readPluginData(RELEASE_0_1_0);
    expect(reviewCards.problem).toBeUndefined();
    expect(data.format).toBe(2);
    // Settings added since (heading questions) take their defaults.
    expect(data.settings).toEqual({ ...RELEASE_0_1_0.settings, headingQuestions: false });
    expect(data.settingsChangedAt).toEqual({});
    expect(data.setAside).toEqual(Object.fromEntries(Object.entries(RELEASE_0_1_0.reviews).map(([path, r]) => [path, { setAsideAt: r.reviewedAt, count: r.count }])));
    expect(data.reviewCards.cards).toEqual(RELEASE_0_1_0.review.cards);
    expect(data.reviewCards.log).toEqual(RELEASE_0_1_0.review.log);
    expect(readPluginData(JSON.parse(JSON.stringify(data))).data).toEqual(data);
  });

  it("merges both names when a file holds the old ones and the new (an older version wrote beside a newer one)", () => {
    const newer = readPluginData(RELEASE_0_1_0).data;
    newer.reviewCards.cards["x.md#k"] = record("x.md", "k", "2024-05-02T00:00:00.000Z");
    newer.setAside["x.md"] = { setAsideAt: 9, count: 1 };
    const both = { ...JSON.parse(JSON.stringify(newer)), reviews: { "y.md": { reviewedAt: 7, count: 2 } }, review: RELEASE_0_1_0.review } as unknown;
    const { data } = readPluginData(both);
    expect(Object.keys(data.setAside).sort()).toEqual([...Object.keys(newer.setAside), "y.md"].sort());
    expect(Object.keys(data.reviewCards.cards).sort()).toEqual(Object.keys(newer.reviewCards.cards).sort());
  });

  it("hands back a damaged schedule to be kept aside, and reads the rest", () => {
    const { data, reviewCards } = readPluginData({ settings: { newCardsPerDay: 3 }, reviewCards: { version: 1, cards: "oops" }, setAside: { "a.md": { setAsideAt: "never", count: 1 } } });
    expect(reviewCards).toMatchObject({ problem: "corrupt", backup: { version: 1, cards: "oops" } });
    expect(data.settings.newCardsPerDay).toBe(3);
    expect(data.setAside).toEqual({});
  });
});

describe("merging another device's data.json", () => {
  const base = (): PluginData => readPluginData(RELEASE_0_1_0).data;

  it("takes each setting from the side that changed it last, and never theirs without a newer time", () => {
    const ours = base();
    const theirs = base();
    ours.settings.newCardsPerDay = 30;
    ours.settingsChangedAt.newCardsPerDay = 200;
    theirs.settings.newCardsPerDay = 40;
    theirs.settingsChangedAt.newCardsPerDay = 100;
    ours.settings.conceptFolder = "Ours";
    ours.settingsChangedAt.conceptFolder = 100;
    theirs.settings.conceptFolder = "Theirs";
    theirs.settingsChangedAt.conceptFolder = 300;
    // A fresh device's defaults, or an older version's change: no time on either side. Ours stands.
    ours.settings.exportPath = "내 대시보드.md";
    theirs.settings.linkEveryMention = true;
    const merged = mergePluginData(ours, theirs);
    expect(merged.data.settings).toMatchObject({ newCardsPerDay: 30, conceptFolder: "Theirs", linkEveryMention: false, exportPath: "내 대시보드.md" });
    expect(merged.data.settingsChangedAt).toEqual({ newCardsPerDay: 200, conceptFolder: 300 });
    expect(merged.settingsTaken).toEqual(["conceptFolder"]);
  });

  it("keeps every mark and card of both sides, the newest of each, whichever side is first", () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-05-${String(d).padStart(2, "0")}T09:00:00.000Z`);
    const side = fc.record({
      marks: fc.dictionary(fc.constantFrom("a.md", "b.md", "노트.md"), fc.record({ setAsideAt: fc.integer({ min: 1, max: 9 }), count: fc.integer({ min: 1, max: 4 }) })),
      cards: fc.dictionary(fc.constantFrom("k1", "k2", "k3"), fc.tuple(day, fc.integer({ min: 1, max: 9 }))),
    }).map(({ marks, cards }) => {
      const data = emptyPluginData();
      data.setAside = marks;
      for (const [key, [when, reps]] of Object.entries(cards)) data.reviewCards.cards[cardId("a.md", key)] = record("a.md", key, when, reps);
      return data;
    });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const ab = mergePluginData(a, b).data;
        const ba = mergePluginData(b, a).data;
        expect(ab.setAside).toEqual(ba.setAside);
        expect(Object.keys(ab.reviewCards.cards).sort()).toEqual([...new Set([...Object.keys(a.reviewCards.cards), ...Object.keys(b.reviewCards.cards)])].sort());
        for (const [id, r] of Object.entries(ab.reviewCards.cards)) expect([r.last_review, r.reps]).toEqual([ba.reviewCards.cards[id]?.last_review, ba.reviewCards.cards[id]?.reps]);
        expect(mergePluginData(a, a).data).toEqual(a);
      }),
    );
  });
});

describe("a review schedule handed to the CLI", () => {
  it.each([
    ["null", null],
    ["an array", [{ version: 1, cards: {} }]],
    ["a number", 3],
    ["a string", "data"],
  ])("reports %s as not a schedule rather than reading it as none", (_name, raw) => {
    const read = readReviewSchedule(raw);
    expect(read.problem).toBe("not-an-object");
    expect(read.state).toEqual(emptyReviewState());
  });

  it("reads data.json of either format, or a bare review state, with the new cards of a day", () => {
    expect(readReviewSchedule(RELEASE_0_1_0)).toEqual({ state: readPluginData(RELEASE_0_1_0).data.reviewCards, newCardsPerDay: 15 });
    const v2 = readPluginData(RELEASE_0_1_0).data;
    expect(readReviewSchedule(JSON.parse(JSON.stringify(v2)))).toEqual({ state: v2.reviewCards, newCardsPerDay: 15 });
    expect(readReviewSchedule(RELEASE_0_1_0.review)).toEqual({ state: v2.reviewCards, newCardsPerDay: 20 });
    expect(readReviewSchedule({ version: 7, cards: {} }).problem).toBe("unknown-version");
  });
});
