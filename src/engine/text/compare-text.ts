/**
 * `localeCompare`'s order (the default locale's collation), from one collator made once: a call
 * of `a.localeCompare(b)` costs many times more, and sorts of thousands of names make many.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;

/** Code-unit order: the same on every machine and locale, for ties that need only be stable (not read by a person). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
