import type { ConceptSet } from "../concepts/concept-set";

/**
 * Concepts the user muted (a setting, one a line: the concept's name, any of its aliases, or its
 * id): never linked, underlined or offered as a concept note, though still counted. A word the
 * glossary reads as a concept where the learner means something else (`Pod` in a cooking vault,
 * `서비스` everywhere) is muted rather than argued with.
 */
export function mutedConceptIds(concepts: ConceptSet, entries: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry === "") continue;
    const concept = concepts.get(entry) ?? concepts.byName(entry);
    if (concept) ids.add(concept.id);
  }
  return ids;
}

/** The settings' lines with a concept muted (its name added) or unmuted (every line naming it taken out). */
export function withMuted(lines: readonly string[], concepts: ConceptSet, conceptId: string, muted: boolean): string[] {
  const names = (line: string): boolean => mutedConceptIds(concepts, [line]).has(conceptId);
  const kept = lines.filter((line) => !names(line));
  const concept = concepts.get(conceptId);
  return muted && concept ? [...kept, concept.name] : kept;
}
