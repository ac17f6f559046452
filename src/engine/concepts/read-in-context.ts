import { scoreOf } from "./domain-mask";
import type { CompiledReading } from "./match-patterns";
import type { NoteEvidence } from "./note-evidence";

/**
 * Reads a word by its context: the concept of the sense the evidence nearest to it points to,
 * looking at its line first, then (as far as the word's reach allows) its section and what the
 * note is about (folder and title). The first scope with any evidence for a sense decides; the
 * sense with the most evidence there wins, the one listed first on a tie. With no evidence at
 * all, the word's default reading.
 */
export function readInContext(reading: CompiledReading, line: number, evidence: NoteEvidence): string | null {
  let chosen = bestSense(reading, evidence.lines, evidence.lineOffset(line));
  if (chosen === -1 && reading.reach === 1) {
    chosen = bestSense(reading, evidence.sections, evidence.sectionOffset(line));
    if (chosen === -1) chosen = bestSense(reading, evidence.about, 0);
  }
  return chosen === -1 ? reading.otherwise : (reading.senses[chosen] as { conceptId: string | null }).conceptId;
}

function bestSense(reading: CompiledReading, counts: Int32Array, offset: number): number {
  let best = -1;
  let bestScore = 0;
  for (let index = 0; index < reading.senses.length; index++) {
    const score = scoreOf(counts, offset, (reading.senses[index] as { mask: number }).mask);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}
