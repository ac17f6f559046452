import type { ReviewState, ReviewStateProblem } from "../review-cards/review-state";
import { isObject } from "../review-cards/stored-records";
import { readPluginData } from "./plugin-data";
import { defaultSettings } from "./plugin-settings";

/**
 * The review schedule in a file another program hands us (the CLI's `--state`): the plugin's
 * `data.json` of either format, or a bare review state (`{ "version": 1, "cards": … }`), read
 * the way the plugin reads it. What is not an object at all (`null`, an array, a number) is
 * reported as such rather than read as "no schedule": every card would silently look new.
 */
export interface ReviewScheduleFile {
  state: ReviewState;
  newCardsPerDay: number;
  /** Why the schedule could not be read whole; the state then holds what could be read. */
  problem?: ReviewStateProblem | "not-an-object";
}

export function readReviewSchedule(raw: unknown): ReviewScheduleFile {
  const newCardsPerDay = defaultSettings().newCardsPerDay;
  if (!isObject(raw)) {
    const { data } = readPluginData(undefined);
    return { state: data.reviewCards, newCardsPerDay, problem: "not-an-object" };
  }
  // A bare review state carries its own `version`; the plugin's data never has one at its top.
  const { data, reviewCards } = readPluginData("version" in raw ? { reviewCards: raw } : raw);
  const out: ReviewScheduleFile = { state: data.reviewCards, newCardsPerDay: data.settings.newCardsPerDay };
  if (reviewCards.problem) out.problem = reviewCards.problem;
  return out;
}
