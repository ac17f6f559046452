import { knownConceptNumber } from "./concept-numbers";
import type { NoteRecord } from "./note-record";
import { Postings } from "./postings";

/**
 * Concept → the notes whose questions mention it (with how many such questions): the inverse of
 * `Question.concepts`, so the questions about a concept are found without reading every note's.
 * Notes by their ids in the index (see `note-ids.ts`).
 */
export class ConceptQuestions {
  private readonly byConcept = new Postings();

  add(note: number, record: NoteRecord): void {
    if (record.questionCount > 0) record.forEachQuestionConcept((concept) => this.byConcept.add(concept, note, 1));
  }

  drop(note: number, record: NoteRecord): void {
    if (record.questionCount > 0) record.forEachQuestionConcept((concept) => this.byConcept.set(concept, note, 0));
  }

  /** Ids of the notes with questions about the concept. */
  notesAbout(conceptId: string): number[] {
    const out: number[] = [];
    const concept = knownConceptNumber(conceptId);
    if (concept !== -1) this.byConcept.forEach(concept, (note) => out.push(note));
    return out;
  }
}
