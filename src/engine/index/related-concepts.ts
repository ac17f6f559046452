import type { ConceptSet } from "../concepts/concept-set";
import type { RelationKind } from "../concepts/concept-types";
import type { CoMentionWeights } from "./co-mentions";

export interface RelatedConcept {
  conceptId: string;
  /** Sections of the vault where both concepts are mentioned. */
  weight: number;
  /** The curated relation between the two, read from the concept asked about, if any. */
  relation?: { kind: RelationKind; direction: "to" | "from" };
}

/**
 * A concept's related concepts: its curated relations, and the concepts mentioned in the same
 * sections, heaviest first. Every entry has one or the other (the co-mention weights keep no zeros).
 */
export function relatedConcepts(concepts: ConceptSet, coMentions: CoMentionWeights, conceptId: string): RelatedConcept[] {
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
  return [...byId.values()].sort((x, y) => y.weight - x.weight || Number(!!y.relation) - Number(!!x.relation) || x.conceptId.localeCompare(y.conceptId));
}
