import type { RelationKind } from "../concepts/glossary/concept-types";
import type { FrontmatterReader } from "../markdown/frontmatter";
import type { HostMetadata } from "../parse/host-metadata";
import type { DeclaredConcept } from "../parse/note-types";
import type { QuestionOptions } from "../questions/find-questions";
import type { AssignedConceptNote } from "./concept-note-rules";
import type { LinkResolver } from "./link-resolution";

/** A note as the index takes it: its path, its text, and what its host knows of it, if anything. */
export type NoteEntry = readonly [path: string, text: string, metadata?: HostMetadata];

/**
 * What the index takes from the program it runs in (not settings: nothing here is saved or
 * compared between runs).
 */
export interface IndexHost {
  /** Where links lead; by default the engine's own resolver over the files the index knows. */
  resolver?: LinkResolver;
  /**
   * Reads frontmatter for notes upserted without metadata; without one they have none.
   * `VaultIndex` passes gray-matter's YAML reader.
   */
  readFrontmatter?: FrontmatterReader;
}

export interface IndexOptions {
  /** Concepts from settings (`Name: alias, alias`). */
  extraConcepts?: readonly DeclaredConcept[];
  /** Tag that makes a note a concept; `concept` by default. */
  conceptTag?: string;
  /** Notes named in settings as the notes of concepts (`concept-note-rules.ts`). */
  conceptNotes?: readonly AssignedConceptNote[];
  questions?: Partial<QuestionOptions>;
  /**
   * Whether each record keeps the words answer suggestions score its note by (`note-terms.ts`);
   * true unless set to false. A CLI command that suggests no answer leaves them out: they are
   * about a tenth of a cold index.
   */
  answerTerms?: boolean;
}

export interface RelatedConcept {
  conceptId: string;
  /** Sections of the vault where both concepts are mentioned. */
  weight: number;
  /** The curated relation between the two, read from the concept asked about, if any. */
  relation?: { kind: RelationKind; direction: "to" | "from" };
}
