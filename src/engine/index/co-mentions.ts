import type { NoteRecord } from "./note-record";
import { lastAtOrBefore } from "../text/last-at-or-before";
import { addCount } from "./nested-counts";

/**
 * How often each two concepts are mentioned in the same section across the vault, both ways
 * (concept → other concept → sections), kept current note by note.
 */
export class CoMentionWeights {
  private readonly weights = new Map<string, Map<string, number>>();

  add(record: Pick<NoteRecord, "concepts" | "sectionStarts">): void {
    this.count(record, 1);
  }

  drop(record: Pick<NoteRecord, "concepts" | "sectionStarts">): void {
    this.count(record, -1);
  }

  /** The concepts mentioned with `conceptId`, with their weights. */
  of(conceptId: string): ReadonlyMap<string, number> {
    return this.weights.get(conceptId) ?? new Map<string, number>();
  }

  /** Every pair once (ids in order), with its weight. */
  pairs(): Array<{ a: string; b: string; weight: number }> {
    const out: Array<{ a: string; b: string; weight: number }> = [];
    for (const [a, others] of this.weights) {
      for (const [b, weight] of others) if (a < b) out.push({ a, b, weight });
    }
    return out;
  }

  private count(record: Pick<NoteRecord, "concepts" | "sectionStarts">, delta: number): void {
    for (const [a, b] of sectionPairs(record)) {
      addCount(this.weights, a, b, delta);
      addCount(this.weights, b, a, delta);
    }
  }
}

/**
 * The concept pairs a note mentions together: one `[a, b]` (ids in order) per section (a
 * heading and what follows it) in which both are mentioned. Derived from the record alone, so
 * the index can take a note's pairs out again when the note changes without storing them.
 */
export function sectionPairs(record: Pick<NoteRecord, "concepts" | "sectionStarts">): Array<[string, string]> {
  if (record.concepts.length < 2) return [];
  const starts = record.sectionStarts;
  const bySection = new Map<number, string[]>();
  for (const use of record.concepts) {
    const sections = new Set(use.lines.map((line) => lastAtOrBefore(starts, line)));
    for (const section of sections) {
      const ids = bySection.get(section);
      if (ids) ids.push(use.conceptId);
      else bySection.set(section, [use.conceptId]);
    }
  }
  const pairs: Array<[string, string]> = [];
  for (const ids of bySection.values()) {
    ids.sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i] as string, ids[j] as string]);
    }
  }
  return pairs;
}

