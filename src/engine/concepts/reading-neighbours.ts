import type { CompiledReading } from "./match-patterns";

/**
 * What the words right around a word read by context say before any evidence is weighed:
 * - a concept of another domain written just before it makes it that concept's thing:
 *   `MySQL 클러스터`, `Redis의 노드`, `GitHub secrets` (`GKE 클러스터` is still ours);
 * - a number right after it makes it a product version: `node 18`;
 * - a capitalised name right after a vendor's name makes it another product: `Apache Kafka`.
 * The name before is the item that ends at `beforeEnd` (-1: none on the line), read as evidence
 * of `beforeDomains` (0: not known, or no concept). Returns false when the neighbours rule the
 * reading out.
 */
export function neighboursAllow(reading: CompiledReading, prose: string, start: number, end: number, beforeEnd: number, beforeDomains: number): boolean {
  if (reading.ownedBy !== 0 && beforeDomains !== 0 && modifies(prose, beforeEnd, start)) {
    const owns = reading.ownedBy === -1 ? (beforeDomains & reading.ours) === 0 : (beforeDomains & reading.ownedBy) !== 0 && (beforeDomains & reading.ours) === 0;
    if (owns) return false;
  }
  if (reading.notBeforeNumber && isDigit(prose.charCodeAt(prose.charCodeAt(end) === 32 ? end + 1 : end))) return false;
  if (reading.vendorUnlessFollowedBy && prose.charCodeAt(end) === 32) {
    const next = wordAt(prose, end + 1);
    if (next !== "" && isUpper(next.charCodeAt(0)) && !reading.vendorUnlessFollowedBy.has(next)) return false;
  }
  return true;
}

/** Whether the text between a name and the word makes the name its modifier: a space, nothing, or the particle 의. */
function modifies(prose: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap === 0) return true;
  if (gap === 1) return prose.charCodeAt(from) === 32;
  return gap === 2 && prose.charCodeAt(from) === 0xc758 /* 의 */ && prose.charCodeAt(from + 1) === 32;
}

function wordAt(text: string, from: number): string {
  let to = from;
  while (to < text.length && to - from < 40 && isAsciiLetterOrDigit(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || isUpper(c) || isDigit(c);
}
