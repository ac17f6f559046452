import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { cardsFromIndex, type ReviewCard } from "../../../src/engine/review-cards/cards";
import { reconcileCards, type NotesNow } from "../../../src/engine/review-cards/reconcile";
import { emptyReviewState, renameCardPaths, type ReviewState } from "../../../src/engine/review-cards/review-state";
import { ReviewScheduler } from "../../../src/engine/review-cards/scheduler";

const scheduler = new ReviewScheduler();
const NOW = new Date("2024-03-01T09:00:00Z");

function vault(files: Record<string, string>): { cards: ReviewCard[]; paths: NotesNow } {
  const index = VaultIndex.build(Object.entries(files));
  return { cards: cardsFromIndex(index), paths: { indexed: new Set(index.paths()) } };
}

function gradeAll(cards: readonly ReviewCard[], grade: 1 | 2 | 3 | 4 = 3): ReviewState {
  return cards.reduce((state, card) => scheduler.grade(state, card, grade, NOW), emptyReviewState());
}

/** What a record schedules, without where it lives. */
const schedule = (state: ReviewState): string[] => Object.values(state.cards).map(({ path: _p, line: _l, ...rest }) => JSON.stringify(rest)).sort();

describe("reconciling the schedule with the vault", () => {
  it("changes nothing while every card is where it was", () => {
    const v = vault({ "a.md": "Q. 도커란?\n-> 툴\n", "b.md": "Q. 파드란?\n-> 단위\n" });
    const state = gradeAll(v.cards);
    expect(reconcileCards(state, v.cards, v.paths, NOW)).toEqual({ state, changed: false, moved: [], orphaned: [], reattached: [], dropped: [] });
  });

  it("sets aside the cards whose question was deleted or rewritten; the rewritten question is a new card", () => {
    const before = vault({ "a.md": "Q. 도커란?\n-> 툴\n\nQ. 이미지란?\n-> 템플릿\n", "b.md": "Q. 파드란?\n-> 단위\n" });
    const state = gradeAll(before.cards);
    const after = vault({ "a.md": "Q. 도커는 무엇인가?\n-> 툴\n", "b.md": "Q. 파드란?\n-> 단위\n" });
    const result = reconcileCards(state, after.cards, after.paths, NOW);
    expect(result.orphaned).toEqual(before.cards.filter((c) => c.path === "a.md").map((c) => c.id).sort());
    expect(Object.keys(result.state.orphans).sort()).toEqual(result.orphaned);
    expect(Object.keys(result.state.cards)).toEqual(before.cards.filter((c) => c.path === "b.md").map((c) => c.id));
    expect(result.state.cards[after.cards[0]?.id ?? ""]).toBeUndefined(); // New: no record
    expect(result.state.log).toHaveLength(3); // today's grades still happened
  });

  it("does not move a card out of a note that still exists, even when its question appears elsewhere", () => {
    const before = vault({ "a.md": "Q. 도커란?\n-> 툴\n" });
    const state = gradeAll(before.cards);
    const after = vault({ "a.md": "다 지웠다\n", "b.md": "Q. 도커란?\n-> 툴\n" });
    const result = reconcileCards(state, after.cards, after.paths, NOW);
    expect(result.moved).toEqual([]);
    expect(result.state.cards).toEqual({});
  });

  it("sets aside rather than guesses when two moved notes held the same question", () => {
    const before = vault({ "a.md": "Q. 도커란?\n-> 툴\n", "b.md": "Q. 도커란?\n-> 툴이다\n" });
    const state = gradeAll(before.cards);
    const after = vault({ "x/a.md": "Q. 도커란?\n-> 툴\n", "x/b.md": "Q. 도커란?\n-> 툴이다\n" });
    const result = reconcileCards(state, after.cards, after.paths, NOW);
    expect(result.moved).toEqual([]);
    expect(result.orphaned).toHaveLength(2);
    expect(result.state.cards).toEqual({});
  });

  /** Notes with questions unique in the vault, renamed, moved and edited elsewhere while the plugin looked away. */
  const QUESTIONS = ["도커란?", "파드란?", "What is a layer?", "cgroup은 무엇을 제한하나?", "What does etcd store?", "포드맨은 데몬이 없나?"];
  const FOLDERS = ["", "Seminars/", "세미나/", "dir/sub/"];
  const note = fc.record({ questions: fc.subarray(QUESTIONS, { minLength: 1 }), filler: fc.constantFrom("", "도커는 컨테이너를 돌린다.\n\n", "## 절\n\n") });
  const vaultArb = fc.uniqueArray(fc.tuple(fc.constantFrom("a", "b", "노트", "HOME 🌎"), note), { selector: ([name]) => name, minLength: 1, maxLength: 4 }).filter((notes) => {
    const all = notes.flatMap(([, n]) => n.questions);
    return new Set(all).size === all.length;
  });
  const text = (n: { questions: string[]; filler: string }, edited: boolean): string => (edited ? "위에 새로 쓴 줄\n\n" : "") + n.filler + n.questions.map((q) => `Q. ${q}\n-> 답: ${q}`).join("\n\n") + "\n";

  it("finds every graded card again after renames and moves it did not see, with its schedule unchanged", () => {
    fc.assert(
      fc.property(vaultArb, fc.array(fc.tuple(fc.constantFrom(...FOLDERS), fc.boolean(), fc.boolean()), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 15 }), (notes, moves, gradedMask) => {
        const before = vault(Object.fromEntries(notes.map(([name, n]) => [`${name}.md`, text(n, false)])));
        const graded = before.cards.filter((_, i) => (gradedMask >> i % 4) & 1);
        const state = gradeAll(graded);
        const renamed = notes.map(([name, n], i) => {
          const [folder, rename, edit] = moves[i] ?? ["", false, false];
          return [`${folder}${rename ? name + " (moved)" : name}.md`, text(n, edit)] as const;
        });
        const after = vault(Object.fromEntries(renamed));
        const result = reconcileCards(state, after.cards, after.paths, NOW);
        expect(result.orphaned).toEqual([]);
        expect(schedule(result.state)).toEqual(schedule(state));
        const ids = new Set(after.cards.map((c) => c.id));
        for (const [id, record] of Object.entries(result.state.cards)) {
          expect(ids.has(id)).toBe(true);
          expect(id).toBe(`${record.path}#${record.key}`);
        }
        // The grades of the log follow their cards.
        expect(result.state.log.every((e) => e.card in result.state.cards)).toBe(true);
      }),
    );
  });

  it("needs nothing more when the plugin saw the renames", () => {
    const before = vault({ "a.md": "Q. 도커란?\n-> 툴\n", "dir/b.md": "Q. 파드란?\n-> 단위\n" });
    const state = renameCardPaths(renameCardPaths(gradeAll(before.cards), "a.md", "x/a.md"), "dir", "y");
    const after = vault({ "x/a.md": "Q. 도커란?\n-> 툴\n", "y/b.md": "Q. 파드란?\n-> 단위\n" });
    expect(reconcileCards(state, after.cards, after.paths, NOW).changed).toBe(false);
  });
});
