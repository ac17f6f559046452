import type { ConceptSet } from "../concepts/concept-set";
import { compareText } from "../text/compare-text";

/** Ranks made for each concept set, kept while the set is. */
const ranksOf = new WeakMap<ConceptSet, Map<string, number>>();

/**
 * Each concept id's place in `compareText` order (ids the collator holds equal share one, so a
 * sort by rank keeps them as it found them), made once per concept set: the dashboard asks every
 * concept for its related ones, and the collator's comparisons in those sorts were a third of
 * its build. The ranks cover the set's ids and every id in `wanted`: one the set does not hold (a
 * co-mention of a concept whose note was removed, until its notes are read again) makes them
 * again with it.
 */
export function conceptIdRanks(concepts: ConceptSet, wanted: Iterable<string>): Map<string, number> {
  const kept = ranksOf.get(concepts);
  const missing: string[] = [];
  for (const id of wanted) if (!kept?.has(id)) missing.push(id);
  if (kept && missing.length === 0) return kept;
  const ids = [...new Set([...concepts.concepts.map((c) => c.id), ...(kept?.keys() ?? []), ...missing])].sort(compareText);
  const ranks = new Map<string, number>();
  let place = 0;
  ids.forEach((id, k) => {
    if (k > 0 && compareText(ids[k - 1] as string, id) !== 0) place = k;
    ranks.set(id, place);
  });
  ranksOf.set(concepts, ranks);
  return ranks;
}
