import { DOMAIN_COUNT, scoreOf } from "./domain-mask";
import type { CompiledReading, CompiledSense } from "./match-patterns";
import type { NoteEvidence } from "./note-evidence";

/** No evidence for any sense: the word's default reading. */
export const OTHERWISE = -1;
/** Ruled out before any evidence was weighed (by the words around it). */
export const NO_SENSE = -2;

/**
 * Reads a word by its context: the sense the evidence nearest to it points to, looking at its
 * line first, then (as far as the word's reach allows) its section and what the note is about
 * (folder and title). The first scope with any evidence for a sense decides; the sense with the
 * most evidence there wins, the one listed first on a tie. With no evidence at all,
 * {@link OTHERWISE}: the word's default reading. The word is on the `asked`-th line asked for
 * (see NoteEvidence), in section `section`. Returns the index of the sense.
 */
export function readInContext(reading: CompiledReading, asked: number, section: number, evidence: NoteEvidence): number {
  let chosen = bestSense(reading, evidence.lines, asked * DOMAIN_COUNT);
  if (chosen === OTHERWISE && reading.reach === 1) {
    chosen = bestSense(reading, evidence.sections, section * DOMAIN_COUNT);
    if (chosen === OTHERWISE) chosen = bestSense(reading, evidence.about, 0);
  }
  return chosen;
}

function bestSense(reading: CompiledReading, counts: Int32Array, offset: number): number {
  let best = OTHERWISE;
  let bestScore = 0;
  for (let index = 0; index < reading.senses.length; index++) {
    const score = scoreOf(counts, offset, (reading.senses[index] as CompiledSense).mask);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}
