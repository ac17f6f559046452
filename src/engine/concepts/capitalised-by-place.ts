import { holdsHangulSyllable } from "../text/hangul";

/**
 * Whether a capitalised word (`Deployment`) may owe its capital to where it stands: first on an
 * English line (a heading `### Deployment`, a list item) or first in an English sentence. There the
 * capital says nothing of which sense is meant, so it is read as the lower-case word, by context.
 * A line that holds Hangul is Korean prose, where a capital is chosen, never imposed:
 * `Deployment 는 롤아웃 이력을 남긴다` keeps its capital's sense wherever it stands.
 */
export function capitalisedByPlace(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && LEADING_MARKUP.has(text.charCodeAt(before))) before--;
  const opensLine = before < 0 || text.charCodeAt(before) === 10;
  if (!opensLine && !SENTENCE_END.has(text.charCodeAt(before))) return false;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = text.indexOf("\n", at);
  return !holdsHangulSyllable(text, lineStart, lineEnd === -1 ? text.length : lineEnd);
}

/** What may stand between a line's start (or a sentence's end) and its first word: spaces, and heading, list, quote and emphasis marks. */
const LEADING_MARKUP = new Set([..." \t#>*_=-+[(`"].map((c) => c.charCodeAt(0)));
/** Marks that end a sentence (an ordered list's `1.` too). */
const SENTENCE_END = new Set([..."．.!?:"].map((c) => c.charCodeAt(0)));
