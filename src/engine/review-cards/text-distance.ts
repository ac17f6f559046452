/**
 * Levenshtein distance between two strings when it is at most `limit`, else `limit + 1`. Only
 * the diagonal band `limit` wide either side is computed (Ukkonen), so a comparison costs
 * O(length × limit) rather than O(length²), and strings whose lengths differ by more than
 * `limit` cost nothing.
 */
export function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const over = limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // Only the cells next to the band are read outside it: they stand for "too far".
    current[from - 1] = from === 1 && i <= limit ? i : over;
    if (to < b.length) current[to + 1] = over;
    let best = current[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] as number, over);
}
