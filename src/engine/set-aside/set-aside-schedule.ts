/**
 * The dashboard's queue lists the notes that need attention (open questions, empty fields, links
 * to missing notes); *Mark reviewed* sets a note aside. It comes back when it changes, or when
 * its time aside is over. Each time an unchanged note is set aside again it stays away longer
 * (1, 3, 7, 14, then every 30 days). Dates are passed in; the engine never reads the clock.
 *
 * Not to be confused with the review cards (`../review-cards/`), the FSRS flashcards of answered
 * questions: a set-aside mark is about a note, and schedules nothing but its return to the queue.
 */

export interface SetAsideMark {
  /** When the note was last set aside (ms since the epoch). */
  setAsideAt: number;
  /** How many times in a row it was set aside unchanged. */
  count: number;
}

export const SET_ASIDE_DAYS = [1, 3, 7, 14, 30] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days a note stays aside after the `count`-th time in a row. */
export function setAsideDays(count: number): number {
  const index = Math.min(Math.max(count, 1), SET_ASIDE_DAYS.length) - 1;
  return SET_ASIDE_DAYS[index] as number;
}

export function returnsAt(mark: SetAsideMark): number {
  return mark.setAsideAt + setAsideDays(mark.count) * DAY_MS;
}

/** Whether a note stays out of the queue: not edited since it was set aside, and its time not over. */
export function isSetAside(mark: SetAsideMark, modifiedAt: number, now: number): boolean {
  return modifiedAt <= mark.setAsideAt && now < returnsAt(mark);
}

/** Sets a note aside now: the streak grows while the note is left unchanged. */
export function setAside(previous: SetAsideMark | undefined, modifiedAt: number, now: number): SetAsideMark {
  const unchanged = previous !== undefined && modifiedAt <= previous.setAsideAt;
  return { setAsideAt: now, count: unchanged ? previous.count + 1 : 1 };
}

/** The paths to keep out of the queue. */
export function notesSetAside(marks: ReadonlyMap<string, SetAsideMark>, modifiedAt: (path: string) => number | undefined, now: number): Set<string> {
  const aside = new Set<string>();
  for (const [path, mark] of marks) {
    const modified = modifiedAt(path);
    if (modified !== undefined && isSetAside(mark, modified, now)) aside.add(path);
  }
  return aside;
}
