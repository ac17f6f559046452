import { existsSync, readFileSync } from "node:fs";
import type { VaultIndex } from "../engine/index/vault-index";
import { cardsFromIndex, type CardFilter } from "../engine/review-cards/cards";
import { reviewSummary } from "../engine/review-cards/forecast";
import { reconcileCards } from "../engine/review-cards/reconcile";
import { clockAt, clockAtStartOf, localDateOf } from "../engine/review-cards/review-clock";
import { buildQueue } from "../engine/review-cards/review-queue";
import { emptyReviewState, type ReviewState } from "../engine/review-cards/review-state";
import { readReviewSchedule } from "../engine/plugin-data/review-schedule-file";

/**
 * `review`: the review cards of a vault with the schedule the plugin keeps, read from its
 * `data.json` (never written: the CLI only looks). The schedule is matched to the vault as the
 * plugin would, so notes renamed since still find their cards.
 */

export interface ReviewCommandOptions {
  statePath?: string;
  due: boolean;
  json: boolean;
  /** `YYYY-MM-DD`; the machine's date when left out. */
  today?: string;
  tag?: string;
}

const STATE_NAMES = ["new", "learning", "review", "relearning"] as const;
const DEFAULT_NEW_PER_DAY = 20;

export function runReviewCommand(index: VaultIndex, options: ReviewCommandOptions, io: { out: (text: string) => void; err: (text: string) => void }): number {
  const stored = options.statePath === undefined ? { state: emptyReviewState(), newCardsPerDay: DEFAULT_NEW_PER_DAY, warnings: [] } : readStateFile(options.statePath);
  for (const warning of stored.warnings) io.err(`linked-devops-notes: ${warning}\n`);
  const cards = cardsFromIndex(index);
  const clock = options.today === undefined ? clockAt(new Date()) : clockAtStartOf(options.today);
  const state = reconcileCards(stored.state, cards, { indexed: new Set(index.paths()) }, clock.now).state;
  const filter: CardFilter | undefined = options.tag ? { tag: options.tag } : undefined;
  const queueOptions = { newCardsPerDay: stored.newCardsPerDay, ...(filter ? { filter } : {}) };
  const today = localDateOf(clock);

  if (!options.due) {
    const summary = reviewSummary(cards, state, clock, queueOptions);
    if (options.json) io.out(JSON.stringify({ version: 1, today, ...summary }, null, 2) + "\n");
    else {
      io.out(
        `${cardsText(summary.cards)} · ${summary.dueToday} due today (${today}) · ${summary.newCards} new · ${summary.reviewsToday} reviewed today, ${summary.lapsesToday} forgotten\n` +
          `Due in the next ${summary.forecast.length} days: ${summary.forecast.join(" ")}\n`,
      );
    }
    return 0;
  }

  const queue = buildQueue(cards, state, clock, queueOptions);
  const due = queue.today.map(({ card, record }) => ({
    id: card.id,
    path: card.path,
    line: card.line,
    question: card.question,
    state: STATE_NAMES[record?.state ?? 0],
    due: record ? record.due : null,
    concepts: card.concepts,
    tags: card.tags,
  }));
  if (options.json) {
    io.out(JSON.stringify({ version: 1, today, due }, null, 2) + "\n");
    return 0;
  }
  const waiting = queue.newTotal - due.filter((d) => d.state === "new").length;
  const lines = [`${cardsText(due.length)} due today (${today})${waiting > 0 ? `; ${waiting} new ${waiting === 1 ? "card waits" : "cards wait"} for later days` : ""}`];
  for (const card of due) lines.push(`  ${card.state.padEnd(10)} ${card.path}:${card.line}  ${card.question}`);
  io.out(lines.join("\n") + "\n");
  return 0;
}

interface StoredSchedule {
  state: ReviewState;
  newCardsPerDay: number;
  warnings: string[];
}

/** The plugin's `data.json`, or a review state on its own. A file that is not there means every card is new. */
export function readStateFile(path: string): StoredSchedule {
  const result: StoredSchedule = { state: emptyReviewState(), newCardsPerDay: DEFAULT_NEW_PER_DAY, warnings: [] };
  if (!existsSync(path)) return result;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    result.warnings.push(`"${path}" could not be read (${error instanceof Error ? error.message : String(error)}); every card is taken as new`);
    return result;
  }
  const schedule = readReviewSchedule(raw);
  result.state = schedule.state;
  result.newCardsPerDay = schedule.newCardsPerDay;
  if (schedule.problem === "not-an-object") result.warnings.push(`"${path}" holds ${raw === null ? "null" : Array.isArray(raw) ? "an array" : `a ${typeof raw}`}, not a schedule; every card is taken as new`);
  else if (schedule.problem === "unknown-version") result.warnings.push(`the schedule in "${path}" was written by a newer version; every card is taken as new`);
  else if (schedule.problem) result.warnings.push(`the schedule in "${path}" could not be read whole; the cards it could not read are taken as new`);
  return result;
}

function cardsText(n: number): string {
  return `${n} ${n === 1 ? "card" : "cards"}`;
}
