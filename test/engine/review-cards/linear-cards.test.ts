import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { cardsFromIndex } from "../../../src/engine/review-cards/cards";
import { reconcileCards } from "../../../src/engine/review-cards/reconcile";
import { emptyReviewState, type ReviewState } from "../../../src/engine/review-cards/review-state";
import { ReviewScheduler } from "../../../src/engine/review-cards/scheduler";
import { measureWork, startMeter, stopMeter } from "../../corpus/work-meter";

/**
 * Building the cards of a note and bringing the schedule in line with them take work linear in
 * the note's questions, counted as the corpus counts it (`test/corpus/work-meter.ts`): the work at
 * four times the questions must be about four times the work. Before, each question scanned every
 * mention line of the note: a note of 40,000 questions took minutes.
 */

const N = 400;
const MAX_EXPONENT = 1.2;
const NOW = new Date("2024-03-01T09:00:00Z");

/** `n` answered questions, each mentioning concepts on its line and in its answer. */
function note(n: number): string {
  return Array.from({ length: n }, (_, i) => `Q. ${i}번 도커와 쿠버네티스는?\n-> 컨테이너 ${i}와 파드\n`).join("\n");
}

/** The schedule of every card graded once, under the note's old name (a rename the plugin did not see), a few questions edited since. */
function setUp(n: number): { index: VaultIndex; state: ReviewState } {
  const before = VaultIndex.build([["old.md", note(n)]]);
  const scheduler = new ReviewScheduler();
  const state = cardsFromIndex(before).reduce((s, card) => scheduler.grade(s, card, 3, NOW), emptyReviewState());
  const edited = note(n).replace(/^Q\. 1(\d)번/gm, "Q. [[Docker|1$1번]]");
  return { index: VaultIndex.build([["new.md", edited]]), state };
}

describe("review cards at scale", () => {
  beforeAll(startMeter);
  afterAll(stopMeter);

  it("builds and reconciles the cards of a note in work linear in its questions", () => {
    const run = (n: number): number => {
      const { index, state } = setUp(n);
      let reattached = 0;
      const work = measureWork(() => {
        const cards = cardsFromIndex(index);
        const result = reconcileCards(state, cards, { indexed: new Set(index.paths()) }, NOW);
        reattached = result.moved.length;
      });
      expect(reattached).toBe(n); // every card found again: by key, or by its words for the edited ones
      return work.steps;
    };
    run(20); // warm up: the first calls compile what they call
    const [small, large] = [run(N), run(4 * N)];
    const k = Math.log(large / small) / Math.log(4);
    expect(k, `work grows like questions^k, k = ${k.toFixed(2)}`).toBeLessThan(MAX_EXPONENT);
  });
});
