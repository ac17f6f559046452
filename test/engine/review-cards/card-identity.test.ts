import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { cardsFromIndex, type ReviewCard } from "../../../src/engine/review-cards/cards";
import { reconcileCards, type NotesNow } from "../../../src/engine/review-cards/reconcile";
import { emptyReviewState, ORPHAN_KEEP_DAYS, type ReviewState } from "../../../src/engine/review-cards/review-state";
import { ReviewScheduler } from "../../../src/engine/review-cards/scheduler";
import { IDENTITY_CASES } from "./card-identity.cases";

const scheduler = new ReviewScheduler();
const NOW = new Date("2024-03-01T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

function vault(files: Record<string, string>, excluded: string[] = []): { cards: ReviewCard[]; notes: NotesNow } {
  const index = VaultIndex.build(Object.entries(files).filter(([path]) => !excluded.includes(path)));
  return { cards: cardsFromIndex(index), notes: { indexed: new Set(index.paths()), exists: (path) => path in files } };
}

function graded(cards: readonly ReviewCard[]): ReviewState {
  return cards.reduce((state, card) => scheduler.grade(scheduler.grade(state, card, 3, NOW), card, 4, NOW), emptyReviewState());
}

/** A record's schedule, without where it lives or what its question says now. */
function scheduleOf(state: ReviewState, id: string): unknown {
  const record = state.cards[id] ?? state.orphans[id];
  if (!record) return undefined;
  const { path: _path, key: _key, question: _question, line: _line, ...rest } = record;
  if ("orphanedAt" in rest) delete (rest as { orphanedAt?: string }).orphanedAt;
  return rest;
}

describe("a card found again after its question is edited", () => {
  it.each(IDENTITY_CASES)("$name", ({ before, after, same }) => {
    const v1 = vault({ "a.md": before });
    const [card] = v1.cards;
    if (!card) throw new Error("the note before must hold a card");
    const state = graded(v1.cards);
    const v2 = vault({ "a.md": after });
    const [edited] = v2.cards;
    if (!edited) throw new Error("the note after must hold a card");
    const result = reconcileCards(state, v2.cards, v2.notes, NOW);
    if (same) {
      expect(scheduleOf(result.state, edited.id)).toEqual(scheduleOf(state, card.id));
      expect(result.state.cards[edited.id]?.question).toBe(edited.question);
      expect(result.orphaned).toEqual([]);
      expect(result.state.log.every((entry) => entry.card === edited.id)).toBe(true);
    } else {
      expect(result.state.cards[edited.id]).toBeUndefined();
      expect(result.orphaned).toEqual([card.id]);
    }
  });

  it("keeps two questions apart when one is deleted and the other gets a link", () => {
    const v1 = vault({ "a.md": "Q. 도커 이미지란?\n-> 템플릿\n\nQ. 도커 컨테이너란?\n-> 실행 중인 이미지\n" });
    const state = scheduler.grade(graded(v1.cards.slice(1)), v1.cards[0] as ReviewCard, 1, NOW);
    const v2 = vault({ "a.md": "Q. [[Docker|도커]] 컨테이너란?\n-> 실행 중인 이미지\n" });
    const result = reconcileCards(state, v2.cards, v2.notes, NOW);
    expect(scheduleOf(result.state, v2.cards[0]?.id as string)).toEqual(scheduleOf(state, v1.cards[1]?.id as string));
    expect(result.orphaned).toEqual([v1.cards[0]?.id]);
  });
});

describe("records kept aside, never lost while the question may come back", () => {
  const note = "Q. 도커란?\n-> 툴\n\nQ. 파드란?\n-> 단위\n";

  it("takes a question back after its marker was broken for a moment (the `.` of `Q.` deleted and typed again)", () => {
    const v1 = vault({ "a.md": note });
    const state = graded(v1.cards);
    const broken = vault({ "a.md": note.replace("Q. 도커", "Q 도커") });
    const aside = reconcileCards(state, broken.cards, broken.notes, NOW);
    expect(aside.orphaned).toEqual([v1.cards[0]?.id]);
    expect(Object.keys(aside.state.cards)).toEqual([v1.cards[1]?.id]);
    const back = reconcileCards(aside.state, v1.cards, v1.notes, new Date(NOW.getTime() + DAY));
    expect(back.reattached).toEqual([{ from: v1.cards[0]?.id, to: v1.cards[0]?.id }]);
    expect(back.state.cards).toEqual(state.cards);
    expect(back.state.orphans).toEqual({});
  });

  it("leaves alone the records of a note that exists but is not read (an excluded folder, half typed)", () => {
    const files = { "Study/a.md": note, "b.md": "Q. 노드란?\n-> 서버\n" };
    const all = vault(files);
    const state = graded(all.cards);
    const typing = vault(files, ["Study/a.md"]);
    const result = reconcileCards(state, typing.cards, typing.notes, NOW);
    expect(result).toMatchObject({ changed: false, orphaned: [], moved: [], dropped: [] });
    expect(result.state).toBe(state);
  });

  it("sets aside the records of a deleted note, drops them after the keeping time, and not before", () => {
    const v1 = vault({ "a.md": note, "b.md": "Q. 노드란?\n-> 서버\n" });
    const state = graded(v1.cards);
    const v2 = vault({ "b.md": "Q. 노드란?\n-> 서버\n" });
    const aside = reconcileCards(state, v2.cards, v2.notes, NOW);
    expect(aside.orphaned).toHaveLength(2);
    const almost = reconcileCards(aside.state, v2.cards, v2.notes, new Date(NOW.getTime() + ORPHAN_KEEP_DAYS * DAY));
    expect(almost.dropped).toEqual([]);
    const later = reconcileCards(aside.state, v2.cards, v2.notes, new Date(NOW.getTime() + ORPHAN_KEEP_DAYS * DAY + 1));
    expect(later.dropped).toEqual(aside.orphaned);
    expect(later.state.orphans).toEqual({});
    expect(later.state.cards).toEqual({ [v1.cards[2]?.id as string]: state.cards[v1.cards[2]?.id as string] });
  });

  it("takes back the cards of a deleted note restored later under another name", () => {
    const v1 = vault({ "a.md": note });
    const state = graded(v1.cards);
    const gone = vault({});
    const aside = reconcileCards(state, gone.cards, gone.notes, NOW);
    const restored = vault({ "restored/a copy.md": note });
    const back = reconcileCards(aside.state, restored.cards, restored.notes, new Date(NOW.getTime() + 3 * DAY));
    expect(back.reattached.map((r) => r.to).sort()).toEqual(restored.cards.map((c) => c.id).sort());
    expect(back.state.orphans).toEqual({});
    for (const [i, card] of restored.cards.entries()) expect(scheduleOf(back.state, card.id)).toEqual(scheduleOf(state, v1.cards[i]?.id as string));
  });

  it("fills in the question's text of a record written before the text was kept, once", () => {
    const v1 = vault({ "a.md": note });
    const state = graded(v1.cards);
    const legacy: ReviewState = { ...state, cards: Object.fromEntries(Object.entries(state.cards).map(([id, { question: _q, ...r }]) => [id, r])) };
    const first = reconcileCards(legacy, v1.cards, v1.notes, NOW);
    expect(first.changed).toBe(true);
    expect(Object.values(first.state.cards).map((r) => r.question)).toEqual(["도커란?", "파드란?"]);
    expect(reconcileCards(first.state, v1.cards, v1.notes, NOW).changed).toBe(false);
  });
});
