import { doubled } from "../text/doubled-array";
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
  private seen = new Int32Array(256);

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
    const sections = sectionMembers(record);
    let seen = this.seen; // cells of the matrix in use, to read and clear only those
    let seenCount = 0;
    for (let s = 0; s < sections.count; s++) {
      const from = sections.bucketStart[s] as number;
      const to = sections.bucketStart[s + 1] as number;
      for (let i = from; i < to; i++) {
        const row = (sections.members[i] as number) * n;
        for (let j = i + 1; j < to; j++) {
          const cell = row + (sections.members[j] as number);
          if (shared[cell] === 0) {
            if (seenCount === seen.length) this.seen = seen = doubled(seen);
            seen[seenCount++] = cell;
          }
          shared[cell] = (shared[cell] as number) + 1;
        }
      }
    }
    for (let k = 0; k < seenCount; k++) {
      const cell = seen[k] as number;
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
 * For each section of a note (a heading and what follows it) that mentions concepts, in the
 * order a first use mentions them, the indices of its concept uses it mentions, each once and
 * in increasing order: section `s`'s are `members[bucketStart[s]]` to `members[bucketStart[s + 1]]`.
 * Derived from the record alone, so the index can take a note's pairs out again when the note
 * changes without storing them. In arrays kept from note to note: a map of arrays per note was
 * most of what the counting allocated.
 */
interface SectionMembers {
  count: number;
  bucketStart: Int32Array;
  members: Int32Array;
}

const sectionScratch = {
  /** (section, use) in the order met: use by use, each use's sections in line order. */
  met: new Int32Array(256),
  /** Per section of the note: its place among the sections met (-1: not met). */
  placeOf: new Int32Array(64),
  /** Per section's place: where its next member goes while the members are bucketed. */
  cursor: new Int32Array(64),
  out: { count: 0, bucketStart: new Int32Array(65), members: new Int32Array(128) } as SectionMembers,
};

function sectionMembers(record: NoteRecord): SectionMembers {
  const starts = record.sectionStarts;
  const scratch = sectionScratch;
  if (scratch.placeOf.length < starts.length) scratch.placeOf = new Int32Array(2 * starts.length);
  const placeOf = scratch.placeOf;
  placeOf.fill(-1, 0, starts.length);
  const out = scratch.out;
  let places = 0;
  let met = 0;
  let at = record.mentionLinesAt;
  for (let use = 0; use < record.useCount; use++) {
    let last = -1;
    const end = at + record.useMentions(use);
    for (; at < end; at++) {
      const section = lastAtOrBefore(starts, record.mentionLine(at));
      if (section === last) continue; // lines come in order: a section's mentions are together
      last = section;
      if (placeOf[section] === -1) placeOf[section] = places++;
      if (2 * met + 1 >= scratch.met.length) scratch.met = doubled(scratch.met);
      scratch.met[2 * met] = placeOf[section] as number;
      scratch.met[2 * met + 1] = use;
      met++;
    }
  }
  // Bucketed by section's place, uses keeping their order (increasing) within each.
  if (out.bucketStart.length < places + 1) out.bucketStart = new Int32Array(2 * (places + 1));
  if (out.members.length < met) out.members = new Int32Array(2 * met);
  const bucketStart = out.bucketStart;
  bucketStart.fill(0, 0, places + 1);
  for (let k = 0; k < met; k++) {
    const place = (scratch.met[2 * k] as number) + 1;
    bucketStart[place] = (bucketStart[place] as number) + 1;
  }
  for (let p = 0; p < places; p++) bucketStart[p + 1] = (bucketStart[p + 1] as number) + (bucketStart[p] as number);
  if (scratch.cursor.length < places) scratch.cursor = new Int32Array(2 * places);
  const next = scratch.cursor;
  next.set(bucketStart.subarray(0, places));
  for (let k = 0; k < met; k++) {
    const place = scratch.met[2 * k] as number;
    const to = next[place] as number;
    next[place] = to + 1;
    out.members[to] = scratch.met[2 * k + 1] as number;
  }
  out.count = places;
  return out;
}
