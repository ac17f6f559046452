import { englishStem } from "../../../src/engine/terms/words";
import { koreanStem } from "../../../src/engine/terms/korean-stem";
import { STOP_WORDS } from "../../../src/engine/terms/stop-words";
import { isHangulSyllable } from "../../../src/engine/text/hangul";
import { normalizeNoteText } from "../../../src/engine/text/normalize-text";

/**
 * The baseline answer suggestions are measured against: Okapi BM25 (k1 1.2, b 0.75) over the
 * whole text of every note, title included, queried with the question's line. Its words are cut
 * and stemmed as ours are (Korean particles off, English plurals and -ing off, stop words out),
 * so the difference measured is what ours adds: concepts across languages, the lexicon, the
 * question's heading and note, headings and titles, lines that still ask left out.
 */
export class Bm25Baseline {
  private readonly docs: Array<{ path: string; counts: Map<string, number>; length: number }> = [];
  private readonly df = new Map<string, number>();
  private readonly averageLength: number;

  constructor(notes: Iterable<{ path: string; text: string }>) {
    let total = 0;
    for (const { path, text } of notes) {
      const title = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
      const counts = new Map<string, number>();
      let length = 0;
      for (const word of words(`${title}\n${normalizeNoteText(text)}`)) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
        length++;
      }
      for (const word of counts.keys()) this.df.set(word, (this.df.get(word) ?? 0) + 1);
      this.docs.push({ path, counts, length });
      total += length;
    }
    this.averageLength = total / Math.max(1, this.docs.length);
  }

  /** Paths of the best notes for a query, best first, `exclude` (the question's note) left out. */
  rank(query: string, limit: number, exclude: string): string[] {
    const terms = [...new Set(words(query))];
    const n = this.docs.length;
    const scored = this.docs
      .filter((doc) => doc.path !== exclude)
      .map((doc) => {
        let score = 0;
        for (const term of terms) {
          const tf = doc.counts.get(term) ?? 0;
          if (tf === 0) continue;
          const df = this.df.get(term) ?? 0;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          score += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * doc.length) / this.averageLength));
        }
        return { path: doc.path, score };
      })
      .filter((s) => s.score > 0);
    scored.sort((a, b) => b.score - a.score || (a.path < b.path ? -1 : 1));
    return scored.slice(0, limit).map((s) => s.path);
  }
}

function* words(text: string): Generator<string> {
  for (const match of text.matchAll(/[A-Za-z0-9_]+|[\uac00-\ud7a3]+/g)) {
    const word = match[0];
    if (isHangulSyllable(word.charCodeAt(0))) {
      const stem = koreanStem(word);
      if (!STOP_WORDS.has(word) && !STOP_WORDS.has(stem)) yield stem;
    } else {
      const lower = word.toLowerCase();
      if (lower.length >= 2 && !/^\d+$/.test(lower) && !STOP_WORDS.has(lower)) yield englishStem(lower);
    }
  }
}
