/**
 * A moment's date as the machine's clock and time zone tell it (`YYYY-MM-DD`), not UTC's: before
 * 09:00 in Seoul, UTC is still on yesterday.
 */
export function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
