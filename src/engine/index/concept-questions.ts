import type { NoteRecord } from "./note-record";
import { deleteCount, setCount } from "./nested-counts";

/**
 * Concept → the notes whose questions mention it (with how many such questions): the inverse of
 * `Question.concepts`, so the questions about a concept are found without reading every note's.
 */
export class ConceptQuestions {
  private readonly byConcept = new Map<string, Map<string, number>>();

  add(record: NoteRecord): void {
    for (const [conceptId, count] of perConcept(record)) setCount(this.byConcept, conceptId, record.path, count);
  }

  drop(record: NoteRecord): void {
    for (const conceptId of perConcept(record).keys()) deleteCount(this.byConcept, conceptId, record.path);
  }

  /** Notes with questions about the concept, in path order. */
  notesAbout(conceptId: string): string[] {
    return [...(this.byConcept.get(conceptId)?.keys() ?? [])].sort();
  }
}

function perConcept(record: NoteRecord): Map<string, number> {
  const counts = new Map<string, number>();
  for (const question of record.questions) for (const id of question.concepts) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
