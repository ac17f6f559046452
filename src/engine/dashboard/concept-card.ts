import { ConceptSet } from "../concepts/concept-set";
import type { VaultIndex } from "../index/vault-index";
import type { QuestionStatus } from "../parse/note-types";

/**
 * What the editor's concept card shows about one concept, as plain data: small enough to read at
 * a glance next to the mention (the dashboard's concept panel has the full story).
 */
export interface ConceptCardModel {
  conceptId: string;
  name: string;
  /** Every other written form, name excluded. */
  aliases: string[];
  /** Curated relations first, then the concepts most often mentioned in the same sections. */
  related: Array<{ conceptId: string; name: string }>;
  /** Notes whose prose mentions the concept. */
  noteCount: number;
  /** The concept's own note, when the vault has one: what "Link this mention" links to. */
  conceptNote?: string;
  /** Open and unsure questions about the concept, open first; `openCount` counts them all. */
  openQuestions: Array<{ path: string; title: string; line: number; text: string; status: QuestionStatus }>;
  openCount: number;
}

export interface ConceptCardLimits {
  related: number;
  questions: number;
}

const DEFAULT_LIMITS: ConceptCardLimits = { related: 6, questions: 5 };

export function buildConceptCard(index: VaultIndex, conceptId: string, limits: ConceptCardLimits = DEFAULT_LIMITS): ConceptCardModel | undefined {
  const concept = index.concepts.get(conceptId);
  if (!concept) return undefined;
  const related = index
    .related(conceptId)
    .filter((r) => r.relation || r.weight > 0)
    // A curated relation says more than a co-mention of the same weight; the index already sorts by weight.
    .sort((a, b) => Number(!!b.relation) - Number(!!a.relation))
    .slice(0, limits.related)
    .map((r) => ({ conceptId: r.conceptId, name: index.concepts.get(r.conceptId)?.name ?? r.conceptId }));
  const rank: Record<QuestionStatus, number> = { open: 0, unsure: 1, answered: 2 };
  const open = index
    .questions()
    .filter((q) => q.status !== "answered" && q.concepts.includes(concept.name))
    .sort((a, b) => rank[a.status] - rank[b.status] || a.path.localeCompare(b.path) || a.line - b.line);
  const model: ConceptCardModel = {
    conceptId,
    name: concept.name,
    aliases: ConceptSet.aliasesOf(concept).slice(1),
    related,
    noteCount: index.notesMentioning(conceptId).size,
    openQuestions: open.slice(0, limits.questions).map((q) => ({
      path: q.path,
      title: index.note(q.path)?.title ?? q.path,
      line: q.line,
      text: q.text,
      status: q.status,
    })),
    openCount: open.length,
  };
  const note = index.conceptNote(conceptId);
  if (note) model.conceptNote = note;
  return model;
}
