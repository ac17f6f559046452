import { lastAtOrBefore } from "../text/last-at-or-before";
import { conceptIdOf, knownConceptNumber } from "./concept-numbers";
import type { NoteRecord } from "./note-record";
import { PairCounts } from "./pair-counts";
import { Postings } from "./postings";

/**
 * How often each two concepts are mentioned in the same section across the vault, kept current
 * note by note: the number of sections each pair of concepts (by number) shares, in one table
 * of pairs ({@link PairCounts}), and for each concept the partners it has (a sparse list, see
 * {@link Postings}, touched only when a pair first appears or is gone).
 *
 * A note's pairs are first counted in a small matrix: the same pairs come back section after
 * section, and the vault-wide lists are touched once per pair and note.
 */
/** Cells of the per-note matrix kept between notes: enough for a note of 128 concepts. */
const KEPT_MATRIX = 128 * 128;

export class CoMentionWeights {
  private readonly shared = new PairCounts();
  private readonly partners = new Postings();
  private matrix = new Int32Array(1024);

  add(record: NoteRecord): void {
    this.count(record, 1);
  }

  drop(record: NoteRecord): void {
    this.count(record, -1);
  }

  /** The concepts mentioned with `conceptId`, with their weights. */
  of(conceptId: string): ReadonlyMap<string, number> {
    const out = new Map<string, number>();
    const a = knownConceptNumber(conceptId);
    if (a !== -1) this.partners.forEach(a, (b) => out.set(conceptIdOf(b), this.shared.get(a, b)));
    return out;
  }

  /** Every pair once (ids in order), with its weight. */
  pairs(): Array<{ a: string; b: string; weight: number }> {
    const out: Array<{ a: string; b: string; weight: number }> = [];
    for (const a of this.partners.keys()) {
      const idA = conceptIdOf(a);
      this.partners.forEach(a, (b) => {
        const idB = conceptIdOf(b);
        if (idA < idB) out.push({ a: idA, b: idB, weight: this.shared.get(a, b) });
      });
    }
    return out;
  }

  private count(record: NoteRecord, delta: number): void {
    const n = record.useCount;
    if (n < 2) return;
    // The matrix is kept for the next note unless it grew large for this one (a note of a thousand concepts).
    const shared = n * n <= KEPT_MATRIX ? (this.matrix.length >= n * n ? this.matrix : (this.matrix = new Int32Array(n * n))) : new Int32Array(n * n);
    const seen: number[] = []; // cells of the matrix in use, to read and clear only those
    for (const members of conceptsBySection(record)) {
      for (let i = 0; i < members.length; i++) {
        const row = (members[i] as number) * n;
        for (let j = i + 1; j < members.length; j++) {
          const cell = row + (members[j] as number);
          if (shared[cell] === 0) seen.push(cell);
          shared[cell] = (shared[cell] as number) + 1;
        }
      }
    }
    for (const cell of seen) {
      const i = Math.floor(cell / n);
      const a = record.useConcept(i);
      const b = record.useConcept(cell - i * n);
      const weight = delta * (shared[cell] as number);
      const after = this.shared.add(a, b, weight);
      if (after === weight || after <= 0) {
        // The pair appeared, or is gone: its two partner lists change.
        const listed = after > 0 ? 1 : 0;
        this.partners.set(a, b, listed);
        this.partners.set(b, a, listed);
      }
      shared[cell] = 0;
    }
  }
}

/**
 * For each section of a note (a heading and what follows it) that mentions concepts, the indices
 * of its concept uses it mentions, each once and in increasing order. Derived from the record
 * alone, so the index can take a note's pairs out again when the note changes without storing
 * them.
 */
function conceptsBySection(record: NoteRecord): Iterable<number[]> {
  const starts = record.sectionStarts;
  const bySection = new Map<number, number[]>();
  let at = record.mentionLinesAt;
  for (let use = 0; use < record.useCount; use++) {
    let last = -1;
    const end = at + record.useMentions(use);
    for (; at < end; at++) {
      const section = lastAtOrBefore(starts, record.mentionLine(at));
      if (section === last) continue; // lines come in order: a section's mentions are together
      last = section;
      const members = bySection.get(section);
      if (members) members.push(use);
      else bySection.set(section, [use]);
    }
  }
  return bySection.values();
}
