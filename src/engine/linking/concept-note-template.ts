import { ConceptSet } from "../concepts/concept-set";
import { describeRelation } from "../report/scan-report";
import type { VaultIndex } from "../index/vault-index";

/**
 * The note created for a concept: tagged as a concept, with its aliases (so the vault's own
 * spelling of it is recognised), its curated relations as links, and room for the learner's
 * definition and questions (no empty `Q.` line: it would count as an open question).
 */
export function renderConceptNote(index: VaultIndex, conceptId: string, conceptTag = "concept"): string {
  const concept = index.concepts.get(conceptId);
  if (!concept) throw new Error(`unknown concept ${conceptId}`);
  const aliases = ConceptSet.aliasesOf(concept).filter((alias) => alias !== concept.name);
  const lines = ["---", `tags: [${yamlItem(conceptTag)}]`, `aliases: [${aliases.map(yamlItem).join(", ")}]`, "---", "", `# ${concept.name}`, ""];
  const related = index.related(conceptId).filter((r) => r.relation);
  if (related.length > 0) {
    lines.push("## Related", "");
    for (const r of related) {
      const name = index.concepts.get(r.conceptId)?.name ?? r.conceptId;
      // Only concepts that have a note are linked: a link to a missing note would land in the review queue.
      const note = index.conceptNote(r.conceptId);
      const shown = note ? `[[${note.replace(/\.md$/i, "")}|${name}]]` : name;
      lines.push(`- ${describeRelation(r.relation?.kind ?? "", r.relation?.direction ?? "to")}: ${shown}`);
    }
    lines.push("");
  }
  lines.push("## 정의 · Definition", "", "", "## 질문 · Questions", "");
  return lines.join("\n");
}

function yamlItem(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u.test(text) && !/^(true|false|null|yes|no)$/i.test(text) ? text : JSON.stringify(text);
}
