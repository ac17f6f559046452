import { DOMAIN_COUNT, scoreOf } from "./domain-mask";
import type { CompiledReading, CompiledSense } from "./match-patterns";
import type { NoteEvidence } from "./note-evidence";

/** No evidence for any sense: the word's default reading. */
export const OTHERWISE = -1;
/** Ruled out before any evidence was weighed (by the words around it). */
export const NO_SENSE = -2;

/** Every sense still in the running, one bit each (a reading has a handful). */
const ALL_SENSES = 0x7fffffff;

/**
 * Reads a word by its context: the sense the evidence nearest to it points to, looking at its
 * line first, then (as far as the word's reach allows) its section and what the note is about
 * (folder and title). The first scope with any evidence for a sense decides; the sense with the
 * most evidence there wins. A tie there is broken by the wider scopes, among the tied senses only
 * (a Docker line of a Kubernetes section that also names Docker is read as the section reads
 * it), and by the order the senses are listed in when nothing breaks it. With no evidence at
 * all, {@link OTHERWISE}: the word's default reading. The word is on the `asked`-th line asked
 * for (see NoteEvidence), in section `section`. Returns the index of the sense.
 */
export function readInContext(reading: CompiledReading, asked: number, section: number, evidence: NoteEvidence): number {
  let tied = leaders(reading, ALL_SENSES, evidence.lines, asked * DOMAIN_COUNT);
  if (reading.reach !== 1) return firstOf(tied);
  if (tied === 0) tied = leaders(reading, ALL_SENSES, evidence.sections, section * DOMAIN_COUNT, evidence.enoughIn(section));
  else if (isTie(tied)) tied = narrowed(tied, leaders(reading, tied, evidence.sections, section * DOMAIN_COUNT));
  if (tied === 0) tied = leaders(reading, ALL_SENSES, evidence.about, 0);
  else if (isTie(tied)) tied = narrowed(tied, leaders(reading, tied, evidence.about, 0));
  return firstOf(tied);
}

/** The senses among `among` with the most evidence in this scope, as bits; 0 when none has `atLeast` pieces. */
function leaders(reading: CompiledReading, among: number, counts: Int32Array, offset: number, atLeast = 1): number {
  let best = 0;
  let bestScore = atLeast - 1;
  for (let index = 0; index < reading.senses.length; index++) {
    if ((among & (1 << index)) === 0) continue;
    const score = scoreOf(counts, offset, (reading.senses[index] as CompiledSense).mask);
    if (score > bestScore) {
      best = 1 << index;
      bestScore = score;
    } else if (score === bestScore && score >= atLeast) {
      best |= 1 << index;
    }
  }
  return best;
}

/** The tied senses a wider scope prefers, or all of them when it has no say. */
function narrowed(tied: number, preferred: number): number {
  return preferred === 0 ? tied : preferred;
}

function isTie(senses: number): boolean {
  return (senses & (senses - 1)) !== 0;
}

/** The first sense listed among `senses`, or {@link OTHERWISE} for none. */
function firstOf(senses: number): number {
  return senses === 0 ? OTHERWISE : 31 - Math.clz32(senses & -senses);
}
