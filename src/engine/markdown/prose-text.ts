/**
 * The prose of a note: its text with the given ranges (sorted, disjoint `from, to` pairs)
 * replaced by spaces, line breaks kept, so every offset in the prose is the same offset in the
 * note. The concept matcher and the question finder read this.
 */
export function proseOf(text: string, ranges: readonly number[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  // The first line break at or after the range, searched again only once passed (-1: none
  // left; -2: not searched yet), so a long line with many ranges is not searched over and over.
  let newline = -2;
  for (let k = 0; k < ranges.length; k += 2) {
    const to = ranges[k + 1] as number;
    if (to <= at) continue;
    const start = Math.max(ranges[k] as number, at);
    if (start > at) parts.push(text.slice(at, start));
    if (newline === -2 || (newline !== -1 && newline < start)) newline = text.indexOf("\n", start);
    if (newline === -1 || newline >= to) {
      parts.push(spaces(to - start));
    } else {
      // A range over lines (a code block, the frontmatter): spaces line by line, not a regex
      // replace, which matched it one character at a time.
      let from = start;
      while (newline !== -1 && newline < to) {
        if (newline > from) parts.push(spaces(newline - from));
        parts.push("\n");
        from = newline + 1;
        newline = text.indexOf("\n", from);
      }
      if (to > from) parts.push(spaces(to - from));
    }
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

const SPACES = " ".repeat(256);

function spaces(count: number): string {
  return count <= SPACES.length ? SPACES.slice(0, count) : " ".repeat(count);
}
