import { ConceptSet, type Concept } from "../concepts/concept-set";
import type { RelationKind } from "../concepts/glossary/concept-types";
import { describeRelation } from "../report/scan-report";
import type { VaultIndex } from "../index/vault-index";

/** The words of the template, in the learner's language: the plugin passes its UI's, the default is bilingual. */
export interface ConceptNoteLabels {
  related: string;
  definition: string;
  questions: string;
  /** A relation read from the concept of the note to the related one (`uses`, `사용함`). */
  relation(kind: RelationKind, direction: "to" | "from"): string;
  /** A concept's name as the learner reads it (`쿠버네티스 (Kubernetes)`). */
  conceptName(concept: Concept): string;
}

export const DEFAULT_CONCEPT_NOTE_LABELS: ConceptNoteLabels = {
  related: "Related",
  definition: "정의 · Definition",
  questions: "질문 · Questions",
  relation: (kind, direction) => describeRelation(kind, direction),
  conceptName: (concept) => concept.name,
};

/**
 * The note created for a concept: tagged as a concept, with its aliases (so the vault's own
 * spelling of it is recognised), its curated relations as links, and room for the learner's
 * definition and questions (no empty `Q.` line: it would count as an open question).
 */
export function renderConceptNote(index: VaultIndex, conceptId: string, conceptTag = "concept", labels: ConceptNoteLabels = DEFAULT_CONCEPT_NOTE_LABELS): string {
  const concept = index.concepts.get(conceptId);
  if (!concept) throw new Error(`unknown concept ${conceptId}`);
  const aliases = ConceptSet.aliasesOf(concept).filter((alias) => alias !== concept.name);
  const lines = ["---", `tags: [${yamlItem(conceptTag)}]`, `aliases: [${aliases.map(yamlItem).join(", ")}]`, "---", "", `# ${concept.name}`, ""];
  const related = index.related(conceptId).filter((r) => r.relation);
  if (related.length > 0) {
    lines.push(`## ${labels.related}`, "");
    for (const r of related) {
      const other = index.concepts.get(r.conceptId);
      const name = other ? labels.conceptName(other) : r.conceptId;
      // Only concepts that have a note are linked: a link to a missing note would land in the review queue.
      const note = index.conceptNote(r.conceptId);
      const shown = note ? `[[${note.replace(/\.md$/i, "")}|${name}]]` : name;
      if (r.relation) lines.push(`- ${labels.relation(r.relation.kind, r.relation.direction)}: ${shown}`);
    }
    lines.push("");
  }
  lines.push(`## ${labels.definition}`, "", "", `## ${labels.questions}`, "");
  return lines.join("\n");
}

function yamlItem(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u.test(text) && !/^(true|false|null|yes|no)$/i.test(text) ? text : JSON.stringify(text);
}
