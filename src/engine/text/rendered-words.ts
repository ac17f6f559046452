/**
 * The letters and digits of a line of markdown as it reads once rendered: links read as their
 * text (`[[Docker|도커]]` → 도커, `[docs](url)` → docs), markup, punctuation and spacing gone, case
 * folded. Two spellings of one sentence that differ only in links, emphasis, markers or
 * punctuation give the same words; a typo still differs.
 *
 * Used wherever a line has to be recognised again after edits or rendering: the reading view
 * finds a question's rendered line by it, and a review card finds its question after an edit.
 */
export function renderedWords(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\[\[[^\]|]*\|([^\]]*)\]\]/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .toLowerCase();
}
