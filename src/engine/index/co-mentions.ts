import { lastAtOrBefore } from "../text/last-at-or-before";
import { conceptIdOf, knownConceptNumber } from "./concept-numbers";
import type { NoteRecord } from "./note-record";
import { PairCounts } from "./pair-counts";

/**
 * How often each two concepts are mentioned in the same section across the vault, kept current
 * note by note: the number of sections each pair of concepts (by number) shares, in one table
 * of pairs ({@link PairCounts}). A concept's partners are read from that table when asked (a
 * row of a few hundred counts); lists of partners kept sorted as pairs came and went cost the
 * index more than all the counting.
 *
 * A note's pairs are first counted in a small matrix: the same pairs come back section after
 * section, and the vault-wide lists are touched once per pair and note.
 */
/** Cells of the per-note matrix kept between notes: enough for a note of 128 concepts. */
const KEPT_MATRIX = 128 * 128;

export class CoMentionWeights {
  private readonly shared = new PairCounts();
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
    if (a !== -1) this.shared.forEachPartner(a, (b, weight) => out.set(conceptIdOf(b), weight));
    return out;
  }

  /** Every pair once (ids in order), with its weight: by the first id's number, then the second's. */
  pairs(): Array<{ a: string; b: string; weight: number }> {
    const found: Array<{ first: number; second: number; weight: number }> = [];
    this.shared.forEachPair((low, high, weight) => {
      const lowFirst = conceptIdOf(low) < conceptIdOf(high);
      found.push({ first: lowFirst ? low : high, second: lowFirst ? high : low, weight });
    });
    found.sort((x, y) => x.first - y.first || x.second - y.second);
    return found.map(({ first, second, weight }) => ({ a: conceptIdOf(first), b: conceptIdOf(second), weight }));
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
      this.shared.add(a, b, weight);
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
