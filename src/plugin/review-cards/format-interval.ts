import { t } from "../i18n/strings";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * An interval as the grade buttons show it: `10m`, `3h`, `4d`, `2.5mo`, `1.2y` (`10분`, `4일` …).
 * Whole units up to a month; past that one decimal, as Anki does, so 45 and 59 days differ.
 */
export function formatInterval(ms: number): string {
  const value = Math.max(ms, 0);
  if (value < HOUR) return t("intervalMinutes", { n: Math.max(1, Math.round(value / MINUTE)) });
  if (value < DAY) return t("intervalHours", { n: Math.round(value / HOUR) });
  const days = value / DAY;
  if (days < 30) return t("intervalDays", { n: Math.round(days) });
  if (days < 365) return t("intervalMonths", { n: oneDecimal(days / 30) });
  return t("intervalYears", { n: oneDecimal(days / 365) });
}

function oneDecimal(n: number): string {
  return String(Math.round(n * 10) / 10);
}
