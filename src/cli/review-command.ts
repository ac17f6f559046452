import type { VaultIndex } from "../engine/index/vault-index";
import { cardsFromIndex, type CardFilter } from "../engine/review-cards/cards";
import { reviewSummary } from "../engine/review-cards/forecast";
import { reconcileCards } from "../engine/review-cards/reconcile";
import { clockAt, clockAtStartOf, localDateOf } from "../engine/review-cards/review-clock";
import { buildQueue } from "../engine/review-cards/review-queue";
import { emptyReviewState, type ReviewState } from "../engine/review-cards/review-state";
import { readReviewSchedule } from "../engine/plugin-data/review-schedule-file";
import { CliError, flag, stringOption, UsageError, type CliCommand, type CliIo } from "./cli-command";
import { JSON_OPTION, VAULT_OPTIONS } from "./common-options";
import { loadVault } from "./load-vault";
import { describeSystemError, readRegularFile } from "./read-regular-file";
import { terminalSafe } from "./terminal-text";

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

export const reviewCommand: CliCommand = {
  name: "review",
  forms: [
    ["review [VAULT] --state FILE", "print the review cards' numbers and 30-day forecast"],
    ["review [VAULT] --state FILE --due [--json]", "list the cards due today, as text or JSON"],
  ],
  options: {
    state: { type: "string", value: "FILE", help: "the plugin's data.json, where the review schedule is kept; without it, or when FILE does not exist, every card is new" },
    due: { type: "boolean", help: "list the cards due today rather than the summary" },
    today: { type: "string", value: "YYYY-MM-DD", help: "the day to count as today" },
    ...JSON_OPTION,
    ...VAULT_OPTIONS,
  },
  check(options) {
    const today = stringOption(options, "today");
    if (today !== undefined && !isCalendarDate(today)) throw new UsageError(`--today needs a date as YYYY-MM-DD, not "${terminalSafe(today)}"`);
  },
  run(input) {
    const { index } = loadVault(input);
    const statePath = stringOption(input.options, "state");
    const today = stringOption(input.options, "today");
    const tag = stringOption(input.options, "tag");
    const options = { due: flag(input.options, "due"), json: flag(input.options, "json"), ...(statePath !== undefined ? { statePath } : {}), ...(today !== undefined ? { today } : {}), ...(tag !== undefined ? { tag } : {}) };
    return runReviewCommand(index, options, input.io);
  },
};

const STATE_NAMES = ["new", "learning", "review", "relearning"] as const;
const DEFAULT_NEW_PER_DAY = 20;

export function runReviewCommand(index: VaultIndex, options: ReviewCommandOptions, io: CliIo): number {
  const stored = options.statePath === undefined ? { state: emptyReviewState(), newCardsPerDay: DEFAULT_NEW_PER_DAY, warnings: [] } : readStateFile(options.statePath);
  for (const warning of stored.warnings) io.err(`linked-devops-notes: ${terminalSafe(warning)}\n`);
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
  for (const card of due) lines.push(`  ${card.state.padEnd(10)} ${terminalSafe(card.path)}:${card.line}  ${terminalSafe(card.question)}`);
  io.out(lines.join("\n") + "\n");
  return 0;
}

interface StoredSchedule {
  state: ReviewState;
  newCardsPerDay: number;
  warnings: string[];
}

/** A schedule file is never this large (a card's record is about 250 bytes). */
const MAX_STATE_BYTES = 64 * 1024 * 1024;

/**
 * The plugin's `data.json`, or a review state on its own. A file that is not there means every
 * card is new. Only a regular file is read (a FIFO or `/dev/zero` is refused, not waited on or
 * read without end): anything else is a `CliError`. What the file holds is judged after: JSON that
 * is not the plugin's data is a warning, and every card is taken as new.
 */
export function readStateFile(path: string): StoredSchedule {
  const result: StoredSchedule = { state: emptyReviewState(), newCardsPerDay: DEFAULT_NEW_PER_DAY, warnings: [] };
  let text: string;
  try {
    text = readRegularFile(path, { maxBytes: MAX_STATE_BYTES }).toString("utf8");
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return result;
    throw new CliError(`--state "${terminalSafe(path)}" cannot be read: ${describeSystemError(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    result.warnings.push(`"${path}" could not be read (${error instanceof Error ? error.message : String(error)}); every card is taken as new`);
    return result;
  }
  const schedule = readReviewSchedule(raw);
  result.state = schedule.state;
  result.newCardsPerDay = schedule.newCardsPerDay;
  if (schedule.problem === "not-an-object") result.warnings.push(`"${path}" holds ${describeJson(raw)}, not the plugin's data or a review state; every card is taken as new`);
  else if (schedule.problem === "unknown-version") result.warnings.push(`the schedule in "${path}" was written by a newer version; every card is taken as new`);
  else if (schedule.problem) result.warnings.push(`the schedule in "${path}" could not be read whole; the cards it could not read are taken as new`);
  return result;
}

function cardsText(n: number): string {
  return `${n} ${n === 1 ? "card" : "cards"}`;
}

function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? "a string" : `a ${typeof value}`;
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}
