import { ConceptSet, type Concept } from "../concepts/concept-set";
import type { RelatedConcept } from "../index/index-options";
import type { VaultIndex } from "../index/vault-index";
import type { QuestionStatus } from "../parse/note-types";
import { compareText } from "../text/compare-text";

/**
 * One concept as every concept UI shows it, as plain data: the dashboard's concept panel (all of
 * it) and the editor's concept card next to a mention (a glance: names, how many notes, related
 * concepts, open questions). Both draw this model; neither reads the index itself.
 */
export interface ConceptModel {
  conceptId: string;
  name: string;
  /** Its first Korean name, when it has one: a Korean UI shows `쿠버네티스 (Kubernetes)`. */
  korean?: string;
  /** Every other written form, name excluded. */
  aliases: string[];
  /** The concept's own note, when the vault has one: what "Link this mention" links to. */
  conceptNote?: string;
  /** Notes whose prose mentions the concept (in the scope). */
  noteCount: number;
  /** Those notes, most mentions first, with the line of each mention; only when asked for (`notes`). */
  notes: Array<{ path: string; title: string; count: number; lines: number[] }>;
  /** Questions that mention the concept on their line (in the scope), in path order, then line order. */
  questions: ConceptQuestion[];
  /** Open and unsure ones, open first, up to the limit; `openCount` counts them all. */
  openQuestions: ConceptQuestion[];
  openCount: number;
  /** Curated relations and co-mentioned concepts, heaviest first, as the index ranks them. */
  related: Array<RelatedConcept & { name: string; korean?: string }>;
}

export interface ConceptQuestion {
  path: string;
  title: string;
  line: number;
  text: string;
  status: QuestionStatus;
}

export interface ConceptModelOptions {
  /** Only these notes (the dashboard's tag filter). */
  scope?: ReadonlySet<string>;
  /** How many open questions `openQuestions` keeps; 5 unless told. */
  openQuestions?: number;
  /** Whether to list the mentioning notes and their lines (the panel does; the card does not). */
  notes?: boolean;
}

const STATUS_RANK: Record<QuestionStatus, number> = { open: 0, unsure: 1, answered: 2 };

export function buildConceptModel(index: VaultIndex, conceptId: string, options: ConceptModelOptions = {}): ConceptModel | undefined {
  const concept = index.concepts.get(conceptId);
  if (!concept) return undefined;
  const { scope } = options;
  const inScope = (path: string): boolean => !scope || scope.has(path);
  const titleOf = (path: string): string => index.note(path)?.title ?? path;
  const mentioning = [...index.notesMentioning(conceptId)].filter(([path]) => inScope(path));
  const questions = index
    .questionsAbout(conceptId)
    .filter((q) => inScope(q.path))
    .map((q) => ({ path: q.path, title: titleOf(q.path), line: q.line, text: q.text, status: q.status }));
  const open = questions.filter((q) => q.status !== "answered").sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareText(a.path, b.path) || a.line - b.line);
  const model: ConceptModel = {
    conceptId,
    name: concept.name,
    aliases: ConceptSet.aliasesOf(concept).slice(1),
    noteCount: mentioning.length,
    notes: !options.notes
      ? []
      : mentioning
          .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
          .map(([path, count]) => ({ path, title: titleOf(path), count, lines: [...new Set(index.note(path)?.concepts.find((use) => use.conceptId === conceptId)?.lines ?? [])] })),
    questions,
    openQuestions: open.slice(0, options.openQuestions ?? 5),
    openCount: open.length,
    related: index.related(conceptId).map((r) => withKorean({ ...r, name: index.concepts.get(r.conceptId)?.name ?? r.conceptId }, index.concepts.get(r.conceptId))),
  };
  const korean = koreanNameOf(concept);
  if (korean !== undefined) model.korean = korean;
  const note = index.conceptNote(conceptId);
  if (note) model.conceptNote = note;
  return model;
}

/** A concept's first Korean name, unless it is its name already. */
export function koreanNameOf(concept: Concept | undefined): string | undefined {
  const korean = concept?.ko[0];
  return korean !== undefined && korean !== concept?.name ? korean : undefined;
}

function withKorean<T extends object>(entry: T, concept: Concept | undefined): T & { korean?: string } {
  const korean = koreanNameOf(concept);
  return korean === undefined ? entry : { ...entry, korean };
}
