/**
 * `localeCompare`'s order (the default locale's collation), from one collator made once: a call
 * of `a.localeCompare(b)` costs many times more, and sorts of thousands of names make many.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;
