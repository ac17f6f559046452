import { doubled } from "../text/doubled-array";

/**
 * The concept automaton's scan (see `aho-corasick.ts` for the tables it walks): one pass over a
 * note's prose, a table lookup or two per character, every pattern's occurrences out in order.
 */

/** Hits of one scan, in order of where they end: `patterns[i]` ends at `ends[i]` (exclusive). */
export interface ScanHits {
  count: number;
  patterns: Int32Array;
  ends: Int32Array;
}

/**
 * Per pattern, whether an occurrence needs a boundary: 1, no ASCII letter or digit right before
 * it; 2, none right after it. Tested as the scan finds it, so the many occurrences of short
 * patterns inside longer words (`di` in `directory`) never leave the scan.
 */
export const BOUNDARY_BEFORE = 1;
export const BOUNDARY_AFTER = 2;

/** One entry per UTF-16 code unit, so no lookup ever falls outside it. */
const ALNUM = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) ALNUM[c] = 1;
for (let c = 65; c <= 90; c++) ALNUM[c] = ALNUM[c + 32] = 1;

/**
 * The automaton's loop over `text` (see `AhoCorasick.scanInto`): fills `hits`, growing its arrays
 * when they are full, and returns how many it found. Nothing follows the loop but the return: V8
 * first optimises this function in the middle of its loop, on a long note, and keeps that code
 * for later calls; an operation after the loop that had never run by then deoptimised the scan
 * at the end of every call.
 */
export function scanTables(
  text: string,
  hits: ScanHits,
  classOf: Uint16Array,
  whole: Int32Array,
  stateOfRow: Int32Array,
  classCount: number,
  deepStates: Int32Array,
  edges: Int32Array,
  outStart: Uint32Array,
  outList: Uint32Array,
  boundaries: Uint8Array,
  patternLength: Uint32Array,
): number {
  const wholeSize = whole.length;
  let patterns = hits.patterns;
  let ends = hits.ends;
  let count = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const cls = classOf[text.charCodeAt(i)] as number;
    let entry: number;
    if (at < wholeSize) {
      entry = whole[at + cls] as number;
    } else {
      const deep = 3 * (at - wholeSize);
      const last = deepStates[deep + 1] as number;
      let edge = deepStates[deep] as number;
      while (edge < last && edges[edge] !== cls) edge += 2;
      entry = edge < last ? (edges[edge + 1] as number) : (whole[(deepStates[deep + 2] as number) + cls] as number);
    }
    if (entry >= 0) {
      at = entry;
      continue;
    }
    at = ~entry;
    const state = at < wholeSize ? (stateOfRow[at / classCount] as number) : at - wholeSize;
    const to = outStart[state + 1] as number;
    for (let k = outStart[state] as number; k < to; k++) {
      const pattern = outList[k] as number;
      const boundary = boundaries[pattern] as number;
      if (boundary !== 0) {
        // (Never an index past the text: a NaN index sends V8's every later lookup down a slow path.)
        if (boundary & BOUNDARY_AFTER && i + 1 < text.length && ALNUM[text.charCodeAt(i + 1)] === 1) continue;
        const before = i - (patternLength[pattern] as number);
        if (boundary & BOUNDARY_BEFORE && before >= 0 && ALNUM[text.charCodeAt(before)] === 1) continue;
      }
      if (count === patterns.length) {
        hits.patterns = patterns = doubled(patterns);
        hits.ends = ends = doubled(ends);
      }
      patterns[count] = pattern;
      ends[count] = i + 1;
      count++;
    }
  }
  return count;
}
