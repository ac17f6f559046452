import type { NoteRecord } from "./note-record";
import { forEachEntry } from "../terms/note-terms";
import { TermCounts } from "../terms/term-counts";

/**
 * What answer suggestions need of the whole vault besides the records: how many notes hold each
 * word (for its weight: a word every note says tells nothing) and how long notes are on average.
 * Kept current by the index, note by note, from the words in each record.
 */
export class AnswerIndex {
  private readonly noteCounts = new TermCounts();
  private notes = 0;
  private words = 0;

  add(record: NoteRecord): void {
    if (record.terms === undefined) return;
    this.notes++;
    this.words += record.wordCount ?? 0;
    forEachEntry(record.terms, (hash) => this.noteCounts.add(hash, 1));
  }

  drop(record: NoteRecord): void {
    if (record.terms === undefined) return;
    this.notes--;
    this.words -= record.wordCount ?? 0;
    forEachEntry(record.terms, (hash) => this.noteCounts.add(hash, -1));
  }

  /** Notes with words recorded. */
  get noteCount(): number {
    return this.notes;
  }

  /** Notes that hold the word of this hash (`hashOf(key)`). */
  notesHolding(hash: number): number {
    return this.noteCounts.get(hash);
  }

  get averageWords(): number {
    return this.notes === 0 ? 0 : this.words / this.notes;
  }

  /** Bytes of the notes-per-word table (the words themselves are in the records). */
  get heldBytes(): number {
    return this.noteCounts.bytes;
  }

  /** What the table holds, to compare an index kept current with one built anew. */
  snapshot(): { notes: number; words: number; terms: number } {
    return { notes: this.notes, words: this.words, terms: this.noteCounts.size };
  }
}
