import { addMask, DOMAIN_COUNT } from "./domain-mask";
import type { MatchScan } from "./concept-matcher";
import type { ScratchArrays } from "./scratch-arrays";

/**
 * What each part of a note speaks of, as counts of evidence per domain: per line (for the lines
 * that hold a word to read), per section, and what the note is about before a word of it is read
 * (its folder and title).
 *
 * Nothing else of the note counts, on purpose: a section must read the same alone as inside its
 * note (the editor re-reads only the section being typed in), so a word is read against its
 * line, its section (heading included) and the note's path, never another section or the tags.
 *
 * Built in one walk over the evidence, which comes in text order, as do the lines asked for.
 */
export class NoteEvidence {
  private readonly lineCounts: Int32Array;
  private readonly sectionCounts: Int32Array;
  private readonly lineCount: number;

  /** Counts are kept in `scratch` arrays 0 and 1, so one note's evidence lives until the next note is read. */
  constructor(
    scratch: ScratchArrays,
    lineStarts: readonly number[],
    private readonly sectionStarts: readonly number[],
    /** Lines holding words to read, in increasing order, each once. */
    asked: readonly number[],
    scan: MatchScan,
    readonly about: Int32Array,
  ) {
    this.lineCounts = scratch.zeroed(0, asked.length * DOMAIN_COUNT);
    this.sectionCounts = scratch.zeroed(1, sectionStarts.length * DOMAIN_COUNT);
    this.lineCount = lineStarts.length;
    let line = 1;
    let section = 0;
    let ask = 0;
    const { evidenceEnds, evidenceMasks } = scan;
    for (let k = 0; k < scan.evidenceCount; k++) {
      const at = (evidenceEnds[k] as number) - 1;
      while (line < lineStarts.length && (lineStarts[line] as number) <= at) line++;
      while (section + 1 < sectionStarts.length && (sectionStarts[section + 1] as number) <= line) section++;
      while (ask < asked.length && (asked[ask] as number) < line) ask++;
      const mask = evidenceMasks[k] as number;
      addMask(this.sectionCounts, section * DOMAIN_COUNT, mask);
      if (asked[ask] === line) addMask(this.lineCounts, ask * DOMAIN_COUNT, mask);
    }
  }

  /** Counts of the lines asked for, the n-th asked line's at `n × DOMAIN_COUNT`. */
  get lines(): Int32Array {
    return this.lineCounts;
  }

  /**
   * How much evidence a section must hold for a sense before it decides a word no line evidence
   * decided: one piece a hundred lines, one at least. A list of a thousand plugins is one
   * section, and one `service account` among them made every `node` of it a Kubernetes node;
   * a section that speaks of a domain says so more often than that.
   */
  enoughIn(section: number): number {
    const first = this.sectionStarts[section] as number;
    const next = section + 1 < this.sectionStarts.length ? (this.sectionStarts[section + 1] as number) : this.lineCount + 1;
    return Math.max(1, Math.ceil((next - first) / LINES_PER_PIECE));
  }

  /** Counts of the sections, the n-th section's at `n × DOMAIN_COUNT`. */
  get sections(): Int32Array {
    return this.sectionCounts;
  }

  /** Adds the evidence of a word read in the first round (on the `asked`-th line asked for, in section `section`), for the words read after it. */
  addRead(asked: number, section: number, mask: number): void {
    addMask(this.lineCounts, asked * DOMAIN_COUNT, mask);
    addMask(this.sectionCounts, section * DOMAIN_COUNT, mask);
  }
}

/** Lines of a section for each piece of evidence it must hold to decide a word (see `enoughIn`). */
const LINES_PER_PIECE = 100;
