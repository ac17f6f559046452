import type { Domain } from "./glossary/concept-types";

/**
 * Domains as bits of one integer, so the evidence of a line or a section is an array of counts
 * indexed by bit, and "does this speak of containers or Kubernetes" is one AND.
 */
const DOMAINS: readonly Domain[] = [
  "container", "kubernetes", "orchestration", "virtualization", "linux", "ci-cd", "iac", "cloud", "vcs", "web",
  "monitoring", "database", "language", "practice", "css", "java", "programming", "picture", "data", "compute-cluster", "traffic", "shipping",
  "directory",
];

export const DOMAIN_COUNT = DOMAINS.length;

const BIT = new Map<Domain, number>(DOMAINS.map((domain, index) => [domain, index]));

export function domainMask(domains: readonly Domain[]): number {
  let mask = 0;
  for (const domain of domains) mask |= 1 << (BIT.get(domain) as number);
  return mask;
}

/** Adds one to `counts[offset + d]` for every domain bit `d` of `mask` (set bits only: `bits & -bits` is the lowest). */
export function addMask(counts: Int32Array, offset: number, mask: number): void {
  for (let bits = mask; bits !== 0; bits &= bits - 1) {
    const at = offset + 31 - Math.clz32(bits & -bits);
    counts[at] = (counts[at] as number) + 1;
  }
}

/** The evidence for `mask`: the sum of its domains' counts. */
export function scoreOf(counts: Int32Array, offset: number, mask: number): number {
  let score = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) score += counts[offset + 31 - Math.clz32(bits & -bits)] as number;
  return score;
}
