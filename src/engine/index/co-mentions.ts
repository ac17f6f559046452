import type { NoteRecord } from "./note-record";
import { lastAtOrBefore } from "../text/last-at-or-before";

/**
 * How often each two concepts are mentioned in the same section across the vault, kept current
 * note by note.
 *
 * Concept ids are numbered as they are first seen, so a pair is one number and one lookup (a note
 * that mentions thirty concepts holds hundreds of pairs, and every edit takes its pairs out and
 * puts them back). A note's pairs are first counted in a small matrix: the same pairs come back
 * section after section, and the vault-wide map is touched once per pair and note.
 */
export class CoMentionWeights {
  private readonly numberOf = new Map<string, number>();
  private readonly idOf: string[] = [];
  /** Sections shared by each pair with a weight, keyed by {@link pairKey} of the two numbers. */
  private readonly shared = new Map<number, number>();
  /** For each concept number, the numbers of the concepts it shares a section with. */
  private readonly partners: Array<Set<number>> = [];
  private matrix = new Int32Array(1024);

  add(record: Pick<NoteRecord, "concepts" | "sectionStarts">): void {
    this.count(record, 1);
  }

  drop(record: Pick<NoteRecord, "concepts" | "sectionStarts">): void {
    this.count(record, -1);
  }

  /** The concepts mentioned with `conceptId`, with their weights. */
  of(conceptId: string): ReadonlyMap<string, number> {
    const out = new Map<string, number>();
    const a = this.numberOf.get(conceptId);
    if (a === undefined) return out;
    for (const b of this.partners[a] ?? []) out.set(this.idOf[b] as string, this.shared.get(pairKey(a, b)) as number);
    return out;
  }

  /** Every pair once (ids in order), with its weight. */
  pairs(): Array<{ a: string; b: string; weight: number }> {
    const out: Array<{ a: string; b: string; weight: number }> = [];
    this.partners.forEach((others, a) => {
      for (const b of others) {
        const idA = this.idOf[a] as string;
        const idB = this.idOf[b] as string;
        if (idA < idB) out.push({ a: idA, b: idB, weight: this.shared.get(pairKey(a, b)) as number });
      }
    });
    return out;
  }

  private count(record: Pick<NoteRecord, "concepts" | "sectionStarts">, delta: number): void {
    const uses = record.concepts;
    const n = uses.length;
    if (n < 2) return;
    if (this.matrix.length < n * n) this.matrix = new Int32Array(n * n);
    const shared = this.matrix;
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
    const numbers = uses.map((use) => this.number(use.conceptId));
    for (const cell of seen) {
      const i = Math.floor(cell / n);
      this.addPair(numbers[i] as number, numbers[cell - i * n] as number, delta * (shared[cell] as number));
      shared[cell] = 0;
    }
  }

  private addPair(a: number, b: number, delta: number): void {
    const key = pairKey(a, b);
    const before = this.shared.get(key) ?? 0;
    const after = before + delta;
    if (after > 0) {
      this.shared.set(key, after);
      if (before === 0) {
        (this.partners[a] as Set<number>).add(b);
        (this.partners[b] as Set<number>).add(a);
      }
    } else if (before !== 0) {
      this.shared.delete(key);
      (this.partners[a] as Set<number>).delete(b);
      (this.partners[b] as Set<number>).delete(a);
    }
  }

  private number(conceptId: string): number {
    let at = this.numberOf.get(conceptId);
    if (at === undefined) {
      at = this.idOf.length;
      this.numberOf.set(conceptId, at);
      this.idOf.push(conceptId);
      this.partners.push(new Set());
    }
    return at;
  }
}

/**
 * One number for a pair, whichever way round: a small integer while both numbers are below 2^15
 * (the usual case: a vault's concepts number in the hundreds), a wider one past that.
 */
function pairKey(a: number, b: number): number {
  const low = a < b ? a : b;
  const high = a < b ? b : a;
  return high < 32768 ? low * 32768 + high : -(low * 2097152 + high) - 1;
}

/**
 * For each section of a note (a heading and what follows it) that mentions concepts, the indices
 * (in `record.concepts`) of the concepts it mentions, each once and in increasing order.
 * Derived from the record alone, so the index can take a note's pairs out again when the note
 * changes without storing them.
 */
function conceptsBySection(record: Pick<NoteRecord, "concepts" | "sectionStarts">): Iterable<number[]> {
  const starts = record.sectionStarts;
  const bySection = new Map<number, number[]>();
  record.concepts.forEach((use, index) => {
    let last = -1;
    for (const line of use.lines) {
      const section = lastAtOrBefore(starts, line);
      if (section === last) continue; // lines come in order: a section's mentions are together
      last = section;
      const members = bySection.get(section);
      if (members) members.push(index);
      else bySection.set(section, [index]);
    }
  });
  return bySection.values();
}
