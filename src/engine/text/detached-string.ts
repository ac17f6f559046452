/**
 * A copy of a string that does not point into a larger one. V8 keeps a slice of 13 or more
 * characters as a view of the whole string it was cut from, so a heading or a link target kept
 * in the index would keep its note's entire text alive; concatenating and slicing again forces
 * a string of its own.
 */
export function detached(part: string): string {
  return part.length < 13 ? part : (" " + part).slice(1);
}
