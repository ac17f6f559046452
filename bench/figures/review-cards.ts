import { buildDashboard } from "../../src/engine/dashboard/build-dashboard";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { parseNote } from "../../src/engine/parse/parse-note";
import { cardsFromIndex } from "../../src/engine/review-cards/cards";
import type { ReviewCard } from "../../src/engine/review-cards/cards";
import { reconcileCards } from "../../src/engine/review-cards/reconcile";
import { emptyReviewState, renameCardPaths, type ReviewState } from "../../src/engine/review-cards/review-state";
import { ReviewScheduler } from "../../src/engine/review-cards/scheduler";
import { ratioOf, type FigureContext, type FigureRow } from "../figure";
import { median, timed } from "../stats";

/**
 * The review cards of the whole vault built and the schedule brought in line with them, as the
 * plugin does after every index change a view asks about: every card graded once, the notes of
 * one folder renamed unseen. Reference: the dashboard model, another single pass over the
 * index's notes and questions, measured here too. Then one note of 40,000 answered questions, whose cards were once built quadratically;
 * its reference is parsing that note.
 */

const NOW = new Date("2024-05-01T12:00:00Z");
const BIG_NOTE_QUESTIONS = 40_000;

export function measureReviewCards(context: FigureContext): FigureRow[] {
  const { index, vault } = context;
  const notes = vault.notes;
  const cards = cardsFromIndex(index);
  const scheduler = new ReviewScheduler();
  let state = gradedOnce(scheduler, cards);
  const folder = index.paths().find((path) => path.includes("/"))?.split("/")[0];
  if (folder) state = renameCardPaths(state, folder, `${folder} (old)`);
  const indexed = new Set(index.paths());
  const runs: number[] = [];
  let moved = 0;
  for (let i = 0; i < 5; i++) {
    const { ms, result } = timed(() => reconcileCards(state, cardsFromIndex(index), { indexed }, NOW));
    runs.push(ms);
    moved = result.moved.length;
  }
  const big = Array.from({ length: BIG_NOTE_QUESTIONS }, (_, i) => `Q. ${i}번 도커와 쿠버네티스는?\n-> 컨테이너 ${i}와 파드\n`).join("\n");
  const parse = timed(() => parseNote("big.md", big)).ms;
  const bigIndex = VaultIndex.build([["big.md", big]]);
  const bigCards = timed(() => cardsFromIndex(bigIndex));
  const value = median(runs);
  const dashboard = median([0, 1, 2].map(() => timed(() => buildDashboard(index)).ms));
  return [
    {
      notes,
      figure: "review cards: build + reconcile",
      value,
      unit: "ms",
      reference: { label: "dashboard model build", value: dashboard, unit: "ms" },
      ...(ratioOf(value, dashboard) !== undefined ? { ratio: ratioOf(value, dashboard) } : {}),
      detail: `${cards.length} cards, ${moved} found again after a folder renamed unseen, median of ${runs.length}`,
    },
    {
      notes,
      figure: `review cards of one ${BIG_NOTE_QUESTIONS / 1000}k-question note`,
      value: bigCards.ms,
      unit: "ms",
      reference: { label: "parseNote of that note", value: parse, unit: "ms" },
      ...(ratioOf(bigCards.ms, parse) !== undefined ? { ratio: ratioOf(bigCards.ms, parse) } : {}),
      detail: `${bigCards.result.length} cards`,
    },
  ];
}

/**
 * Every card graded once at `NOW`, as grading them one after another would leave the state.
 * Each grade copies the state it is given, so grading into one growing state is quadratic (hours
 * at 100k notes); a card's grade reads only its own record, so each is graded on an empty state
 * and the results are put together.
 */
function gradedOnce(scheduler: ReviewScheduler, cards: readonly ReviewCard[]): ReviewState {
  const state: ReviewState = emptyReviewState();
  const empty = emptyReviewState();
  const log: ReviewState["log"] = [];
  for (const card of cards) {
    const one = scheduler.grade(empty, card, 3, NOW);
    Object.assign(state.cards, one.cards);
    log.push(...one.log);
  }
  return { ...state, log };
}
