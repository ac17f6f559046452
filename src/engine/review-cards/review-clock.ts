/**
 * Time as the review engine sees it: the moment, passed in by the shell, and the learner's
 * offset from UTC, so that "today" and "the new cards of the day" follow the learner's midnight
 * rather than UTC's (at 08:00 in Seoul it is still yesterday in UTC).
 */
export interface ReviewClock {
  now: Date;
  /** Local time minus UTC, in minutes: 540 in Seoul (the negative of `Date#getTimezoneOffset`). */
  utcOffsetMinutes: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The learner's day a moment falls on, as a count of days since 1970-01-01 local. */
export function dayNumber(ms: number, utcOffsetMinutes: number): number {
  return Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS);
}

/** The moment the learner's day `day` starts. */
export function dayStartMs(day: number, utcOffsetMinutes: number): number {
  return day * DAY_MS - utcOffsetMinutes * 60_000;
}

/** The first moment after today, in the learner's time. */
export function endOfToday(clock: ReviewClock): number {
  return dayStartMs(dayNumber(clock.now.getTime(), clock.utcOffsetMinutes) + 1, clock.utcOffsetMinutes);
}

/**
 * The clock at `now`, in the time zone of the machine the shell runs on (`Date` knows it). Both
 * shells build their clock here, so they agree on where the learner's day starts.
 */
export function clockAt(now: Date): ReviewClock {
  return { now, utcOffsetMinutes: -now.getTimezoneOffset() };
}

/** The clock at the start of a local day written `YYYY-MM-DD` (the CLI's `--today`). */
export function clockAtStartOf(localDate: string): ReviewClock {
  return clockAt(new Date(`${localDate}T00:00:00`));
}

/** The learner's day the clock is on, as `YYYY-MM-DD`. */
export function localDateOf(clock: ReviewClock): string {
  return new Date(clock.now.getTime() + clock.utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
