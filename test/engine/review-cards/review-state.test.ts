import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardId, emptyReviewState, mergeStates, parseReviewState, renameCardPaths, type CardRecord, type ReviewState } from "../../../src/engine/review-cards/review-state";

function record(path: string, key: string, lastReview?: string, reps = 1): CardRecord {
  const r: CardRecord = { path, key, due: "2024-03-05T09:00:00.000Z", stability: 2.3, difficulty: 5.1, elapsed_days: 0, scheduled_days: 4, learning_steps: 0, reps, lapses: 0, state: 2 };
  if (lastReview) r.last_review = lastReview;
  return r;
}

function stateOf(...records: CardRecord[]): ReviewState {
  const state = emptyReviewState();
  for (const r of records) state.cards[cardId(r.path, r.key)] = r;
  return state;
}

describe("reading a stored state", () => {
  it("reads nothing stored as an empty state, without a problem", () => {
    expect(parseReviewState(undefined)).toEqual({ state: emptyReviewState() });
    expect(parseReviewState(null)).toEqual({ state: emptyReviewState() });
  });

  it("reads back what was saved", () => {
    const state = stateOf(record("a.md", "k1", "2024-03-01T09:00:00.000Z"), record("dir/b.md", "k2"));
    state.log.push({ card: "a.md#k1", rating: 3, state: 0, review: "2024-03-01T09:00:00.000Z" });
    expect(parseReviewState(JSON.parse(JSON.stringify(state)))).toEqual({ state });
  });

  it.each([
    ["a string", "garbage"],
    ["an array", [1, 2]],
    ["no version", { cards: {} }],
    ["cards not an object", { version: 1, cards: [] }],
    ["version 0", { version: 0, cards: {} }],
  ])("resets %s, handing back what was stored", (_name, raw) => {
    expect(parseReviewState(raw)).toEqual({ state: emptyReviewState(), problem: "corrupt", backup: raw });
  });

  it("resets a state written by a newer version, as unknown", () => {
    const raw = { version: 2, cards: { x: {} } };
    expect(parseReviewState(raw)).toEqual({ state: emptyReviewState(), problem: "unknown-version", backup: raw });
  });

  it("keeps the readable cards of a partly broken state, and says so", () => {
    const good = record("a.md", "k1", "2024-03-01T09:00:00.000Z");
    const raw = { version: 1, cards: { "a.md#k1": good, bad1: { ...good, due: "not a date" }, bad2: { ...good, state: 7 }, bad3: { ...good, reps: -1 }, bad4: "x" }, log: [] };
    const parsed = parseReviewState(raw);
    expect(parsed.state.cards).toEqual({ "a.md#k1": good });
    expect(parsed).toMatchObject({ problem: "corrupt", backup: raw, droppedCards: 4 });
  });

  it("stores a card under the id of its own path and key, whatever key it was filed under", () => {
    const parsed = parseReviewState({ version: 1, cards: { wrong: record("a.md", "k1") }, log: [] });
    expect(Object.keys(parsed.state.cards)).toEqual(["a.md#k1"]);
    expect(parsed.problem).toBeUndefined();
  });
});

describe("merging two devices' states", () => {
  it("keeps, per card, the one reviewed last; cards of one side only are kept", () => {
    const a = stateOf(record("a.md", "k1", "2024-03-02T09:00:00.000Z", 3), record("a.md", "k2", "2024-03-01T09:00:00.000Z"), record("only-a.md", "k"));
    const b = stateOf(record("a.md", "k1", "2024-03-01T09:00:00.000Z", 5), record("a.md", "k2", "2024-03-03T09:00:00.000Z"), record("only-b.md", "k"));
    const merged = mergeStates(a, b);
    expect(merged.cards["a.md#k1"]).toBe(a.cards["a.md#k1"]);
    expect(merged.cards["a.md#k2"]).toBe(b.cards["a.md#k2"]);
    expect(Object.keys(merged.cards).sort()).toEqual(["a.md#k1", "a.md#k2", "only-a.md#k", "only-b.md#k"]);
  });

  it("joins the logs without doubling a grade both sides hold", () => {
    const a = emptyReviewState();
    const b = emptyReviewState();
    const shared = { card: "a.md#k1", rating: 3 as const, state: 0 as const, review: "2024-03-01T09:00:00.000Z" };
    a.log.push(shared, { ...shared, rating: 1, state: 1, review: "2024-03-01T09:10:00.000Z" });
    b.log.push({ ...shared }, { ...shared, card: "b.md#k", review: "2024-03-01T08:00:00.000Z" });
    expect(mergeStates(a, b).log.map((e) => `${e.card} ${e.review.slice(11, 16)}`)).toEqual(["b.md#k 08:00", "a.md#k1 09:00", "a.md#k1 09:10"]);
  });

  it("gives the same cards whichever side is first, and merging a state with itself changes nothing", () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-03-${String(d).padStart(2, "0")}T09:00:00.000Z`);
    const side = fc.dictionary(fc.constantFrom("k1", "k2", "k3", "k4"), fc.tuple(day, fc.integer({ min: 1, max: 9 }))).map((entries) =>
      stateOf(...Object.entries(entries).map(([key, [when, reps]]) => record("a.md", key, when, reps))),
    );
    fc.assert(
      fc.property(side, side, (a, b) => {
        // Ties of the same time and reps are the same review on both sides.
        const tie = (x: ReviewState): Record<string, [string | undefined, number]> => Object.fromEntries(Object.entries(x.cards).map(([id, r]) => [id, [r.last_review, r.reps]]));
        expect(tie(mergeStates(a, b))).toEqual(tie(mergeStates(b, a)));
        expect(mergeStates(a, a).cards).toEqual(a.cards);
      }),
    );
  });
});

describe("renaming", () => {
  it("moves the cards of a renamed note and of the notes of a renamed folder, their log included", () => {
    const state = stateOf(record("a.md", "k1"), record("dir/b.md", "k2"), record("dir2/c.md", "k3"), record("ab.md", "k4"));
    state.log.push({ card: "dir/b.md#k2", rating: 3, state: 0, review: "2024-03-01T09:00:00.000Z" });
    const renamed = renameCardPaths(renameCardPaths(state, "a.md", "x/a.md"), "dir", "moved/dir");
    expect(Object.keys(renamed.cards).sort()).toEqual(["ab.md#k4", "dir2/c.md#k3", "moved/dir/b.md#k2", "x/a.md#k1"]);
    expect(renamed.cards["x/a.md#k1"]?.path).toBe("x/a.md");
    expect(renamed.log[0]?.card).toBe("moved/dir/b.md#k2");
    expect(renameCardPaths(state, "nothing.md", "else.md")).toBe(state);
  });
});

describe("orphans: records whose question is missing for now", () => {
  const orphan = (path: string, key: string, lastReview: string, orphanedAt: string) => ({ ...record(path, key, lastReview), question: "도커란?", orphanedAt });

  it("are read back as saved, and a broken one is left out and reported", () => {
    const state = stateOf(record("a.md", "k1"));
    state.orphans["b.md#k2"] = orphan("b.md", "k2", "2024-03-01T09:00:00.000Z", "2024-03-04T09:00:00.000Z");
    expect(parseReviewState(JSON.parse(JSON.stringify(state)))).toEqual({ state });
    const broken = { ...(JSON.parse(JSON.stringify(state)) as object), orphans: { x: orphan("c.md", "k", "2024-03-01T09:00:00.000Z", "never") } };
    expect(parseReviewState(broken)).toMatchObject({ problem: "corrupt", droppedCards: 1 });
  });

  it("merge like cards, the newer review winning, and give way to a card either side holds", () => {
    const a = stateOf(record("a.md", "k1", "2024-03-02T09:00:00.000Z"));
    a.orphans["b.md#k2"] = orphan("b.md", "k2", "2024-03-01T09:00:00.000Z", "2024-03-04T09:00:00.000Z");
    const b = emptyReviewState();
    b.orphans["a.md#k1"] = orphan("a.md", "k1", "2024-03-01T09:00:00.000Z", "2024-03-03T09:00:00.000Z");
    b.orphans["b.md#k2"] = orphan("b.md", "k2", "2024-03-03T09:00:00.000Z", "2024-03-05T09:00:00.000Z");
    const merged = mergeStates(a, b);
    expect(Object.keys(merged.cards)).toEqual(["a.md#k1"]);
    expect(merged.orphans).toEqual({ "b.md#k2": b.orphans["b.md#k2"] });
  });

  it("move with their note on a rename", () => {
    const state = emptyReviewState();
    state.orphans["dir/b.md#k2"] = orphan("dir/b.md", "k2", "2024-03-01T09:00:00.000Z", "2024-03-04T09:00:00.000Z");
    expect(Object.values(renameCardPaths(state, "dir", "moved").orphans).map((o) => o.path)).toEqual(["moved/b.md"]);
  });
});
