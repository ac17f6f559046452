import type { ConceptSet } from "../concepts/concept-set";
import type { CoMentionWeights } from "./co-mentions";
import type { RelatedConcept } from "./index-options";
import { conceptIdRanks } from "./concept-id-ranks";

/**
 * The concepts related to one: curated relations, and concepts mentioned in the same sections,
 * heaviest first, then those with a curated relation, then by id.
 */
export function relatedConcepts(conceptId: string, concepts: ConceptSet, coMentions: CoMentionWeights): RelatedConcept[] {
  const byId = new Map<string, RelatedConcept>();
  for (const relation of concepts.relations) {
    if (relation.from === conceptId) byId.set(relation.to, { conceptId: relation.to, weight: 0, relation: { kind: relation.kind, direction: "to" } });
    else if (relation.to === conceptId) byId.set(relation.from, { conceptId: relation.from, weight: 0, relation: { kind: relation.kind, direction: "from" } });
  }
  for (const [other, weight] of coMentions.of(conceptId)) {
    const entry = byId.get(other) ?? { conceptId: other, weight: 0 };
    entry.weight = weight;
    byId.set(other, entry);
  }
  const rank = conceptIdRanks(concepts, byId.keys());
  return [...byId.values()].sort((x, y) => y.weight - x.weight || Number(!!y.relation) - Number(!!x.relation) || (rank.get(x.conceptId) as number) - (rank.get(y.conceptId) as number));
}
