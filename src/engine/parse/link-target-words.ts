import type { ConceptMatcher } from "../concepts/concept-matcher";

/**
 * Wikilinks that show a word read by context: `[[Deployment]]`, `[[Volumes]]`, `[[이미지]]`. No
 * concept is named by such a target (a generic word is nobody's alias), yet a reader of a
 * Kubernetes note reads `[[Deployment]]` as the Deployment, as they would the word unlinked. So
 * the word the link shows is read as prose is, against its line and section, and the link is a
 * linked mention of what it reads as. Only a bare link's own name is read this way: a link with
 * display text shows that text, which is prose already, and `[[git-init]]` shows no word of ours.
 */
export interface TargetWord {
  /** The link, `[[` to `]]`. */
  from: number;
  to: number;
  /** The word it shows: the target's name, without folder, heading or `.md`. */
  wordFrom: number;
  wordTo: number;
}

/** The word `[[target]]` at `from`…`to` of `text` shows, when it is one word read by context. */
export function targetWord(text: string, from: number, to: number, matcher: ConceptMatcher): TargetWord | undefined {
  const shown = shownName(text, from, to);
  if (!shown || shown[1] - shown[0] > matcher.longestReading || !matcher.isReadByContext(text.slice(shown[0], shown[1]))) return undefined;
  return { from, to, wordFrom: shown[0], wordTo: shown[1] };
}

/**
 * Where the name a bare wikilink (`[[` at `from`, `]]` ending at `to`) shows stands in `text`:
 * its target without folder, heading, block or `.md`. Undefined for a link with display text.
 */
export function shownName(text: string, from: number, to: number): [from: number, to: number] | undefined {
  const innerFrom = from + 2;
  const innerTo = to - 2;
  if (text.charCodeAt(from) !== 91 /* [ */ || innerTo <= innerFrom) return undefined;
  let nameTo = innerTo;
  for (let at = innerFrom; at < innerTo; at++) {
    const c = text.charCodeAt(at);
    if (c === 124 /* | */) return undefined;
    if ((c === 35 /* # */ || c === 94) /* ^ */ && nameTo === innerTo) nameTo = at;
  }
  let nameFrom = innerFrom;
  for (let at = nameTo - 1; at >= innerFrom; at--) {
    if (text.charCodeAt(at) === 47 /* / */) {
      nameFrom = at + 1;
      break;
    }
  }
  if (nameTo - nameFrom > 3 && text.slice(nameTo - 3, nameTo).toLowerCase() === ".md") nameTo -= 3;
  return nameTo > nameFrom ? [nameFrom, nameTo] : undefined;
}

/** The prose with the words these links show written back in (the scan of links blanked them). */
export function withTargetWords(prose: string, text: string, words: readonly TargetWord[]): string {
  let out = "";
  let at = 0;
  for (const word of words) {
    out += prose.slice(at, word.wordFrom) + text.slice(word.wordFrom, word.wordTo);
    at = word.wordTo;
  }
  return out + prose.slice(at);
}
