/**
 * When a note marked reviewed comes back to the review queue: when it changes, or when its next
 * review falls due. Each review of an unchanged note pushes the next one further out (1, 3, 7,
 * 14, then every 30 days). Dates are passed in; the engine never reads the clock.
 */

export interface NoteReview {
  /** When the note was last marked reviewed (ms since the epoch). */
  reviewedAt: number;
  /** How many times in a row it was marked reviewed. */
  count: number;
}

export const REVIEW_INTERVAL_DAYS = [1, 3, 7, 14, 30] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days until the review after the `count`-th one. */
export function reviewIntervalDays(count: number): number {
  const index = Math.min(Math.max(count, 1), REVIEW_INTERVAL_DAYS.length) - 1;
  return REVIEW_INTERVAL_DAYS[index] as number;
}

export function nextReviewAt(review: NoteReview): number {
  return review.reviewedAt + reviewIntervalDays(review.count) * DAY_MS;
}

/** Whether a reviewed note stays out of the queue: not edited since, and not yet due. */
export function isResting(review: NoteReview, modifiedAt: number, now: number): boolean {
  return modifiedAt <= review.reviewedAt && now < nextReviewAt(review);
}

/** Marks a note reviewed now: the streak grows while the note is left unchanged. */
export function markReviewed(previous: NoteReview | undefined, modifiedAt: number, now: number): NoteReview {
  const unchanged = previous !== undefined && modifiedAt <= previous.reviewedAt;
  return { reviewedAt: now, count: unchanged ? previous.count + 1 : 1 };
}

/** The paths to keep out of the review queue. */
export function restingNotes(reviews: ReadonlyMap<string, NoteReview>, modifiedAt: (path: string) => number | undefined, now: number): Set<string> {
  const resting = new Set<string>();
  for (const [path, review] of reviews) {
    const modified = modifiedAt(path);
    if (modified !== undefined && isResting(review, modified, now)) resting.add(path);
  }
  return resting;
}
