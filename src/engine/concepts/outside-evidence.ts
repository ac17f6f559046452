import { doubled } from "../text/doubled-array";
import type { MatchScan } from "./concept-matcher";

/**
 * Evidence from outside the prose, which the matcher's scan never sees: what the words read by
 * context around it are read against, besides the names written out.
 *
 * - A wikilink to a concept's note (`[[Pod]]`) is a mention of that concept, and so evidence of
 *   its domains. Its target is never read as prose; in a vault that links every [[Pod]] and
 *   [[Node]], the links are most of what says a section speaks of Kubernetes.
 * - A command that opens a code span or a line of a code block (`kubectl delete ns demo`,
 *   `docker volume ls`) is evidence of its tool's domains (parse/command-evidence.ts): study
 *   notes put the commands in code and the words that need reading around them.
 */
export interface OutsideEvidence {
  /** Per piece, in order of where it ends: where it starts and ends, and its domains (`domainMask`). */
  starts: number[];
  ends: number[];
  masks: number[];
}

export function noOutsideEvidence(): OutsideEvidence {
  return { starts: [], ends: [], masks: [] };
}

/**
 * Adds one list of outside evidence to the scan's, in order of where it ends (links, then
 * commands: the spans of the two never overlap, code holds no link). A piece whose span the
 * scan found anything in adds nothing: a link that shows a name or a word (`[[Pod|pods]]`,
 * `[[Ingress|INGRESS]]`) was read there already, as the word it shows, so a mention the linker
 * turns into a link reads the words around it as before (linking twice changes nothing more).
 */
export function addOutsideEvidence(scan: MatchScan, outside: OutsideEvidence): void {
  const ends: number[] = [];
  const masks: number[] = [];
  let item = 0;
  let seen = 0;
  for (let i = 0; i < outside.ends.length; i++) {
    const start = outside.starts[i] as number;
    const end = outside.ends[i] as number;
    const mask = outside.masks[i] as number;
    while (item < scan.count && (scan.starts[item] as number) < start) item++;
    while (seen < scan.evidenceCount && (scan.evidenceEnds[seen] as number) <= start) seen++;
    const shown = (item < scan.count && (scan.starts[item] as number) < end) || (seen < scan.evidenceCount && (scan.evidenceEnds[seen] as number) <= end);
    if (shown || mask === 0) continue;
    ends.push(end);
    masks.push(mask);
  }
  if (ends.length === 0) return;
  const total = scan.evidenceCount + ends.length;
  while (scan.evidenceEnds.length < total) {
    scan.evidenceEnds = doubled(scan.evidenceEnds);
    scan.evidenceMasks = doubled(scan.evidenceMasks);
  }
  // Merged from the back, in place: both lists are in order of where they end.
  let mine = scan.evidenceCount - 1;
  let theirs = ends.length - 1;
  for (let write = total - 1; theirs >= 0; write--) {
    if (mine >= 0 && (scan.evidenceEnds[mine] as number) > (ends[theirs] as number)) {
      scan.evidenceEnds[write] = scan.evidenceEnds[mine] as number;
      scan.evidenceMasks[write] = scan.evidenceMasks[mine] as number;
      mine--;
    } else {
      scan.evidenceEnds[write] = ends[theirs] as number;
      scan.evidenceMasks[write] = masks[theirs] as number;
      theirs--;
    }
  }
  scan.evidenceCount = total;
}
