import type { Question, QuestionStatus } from "../parse/note-types";
import { QuestionKeys } from "../questions/find-questions";
import { conceptIdOf } from "./concept-numbers";
import type { NoteRecord } from "./note-record";
import { HEADING, KINDS, QUESTION, STATUSES } from "./record-layout";

/**
 * A record's questions read out of its columns (see `record-layout.ts`): every one with its key
 * (`NoteRecord.questions`), or only what the dashboard lists, which reads every note of the
 * vault: the statuses counted without a question made, and the questions still asking made
 * without the key hashed for each.
 */

/** Every question of the record, each with its key. */
export function questionsOf(record: NoteRecord): Question[] {
  return decode(record, false) as Question[];
}

/** The questions still asking (open or unsure), without their keys. */
export function pendingQuestionsOf(record: NoteRecord): Array<Omit<Question, "key">> {
  return decode(record, true);
}

/** How many of the record's questions have each status. */
export function questionStatusCounts(record: NoteRecord): Record<QuestionStatus, number> {
  const counts: Record<QuestionStatus, number> = { open: 0, unsure: 0, answered: 0 };
  const count = record.questionCount;
  if (count === 0) return counts;
  const at = record.layout().questions;
  for (let q = 0; q < count; q++) counts[STATUSES[record.at(at + q * QUESTION + 1) & 3] as QuestionStatus]++;
  return counts;
}

function decode(record: NoteRecord, pendingOnly: boolean): Array<Omit<Question, "key"> & { key?: string }> {
  const out: Array<Omit<Question, "key"> & { key?: string }> = [];
  const count = record.questionCount;
  if (count === 0) return out;
  const layout = record.layout();
  // Keys count the questions of the same text before each one: all are read when keys are made.
  const keys = pendingOnly ? undefined : new QuestionKeys();
  let concept = layout.questionConcepts;
  for (let q = 0; q < count; q++) {
    const at = layout.questions + q * QUESTION;
    const conceptCount = record.at(at + 9);
    const firstConcept = concept;
    concept += conceptCount;
    const status = STATUSES[record.at(at + 1) & 3] as QuestionStatus;
    if (pendingOnly && status === "answered") continue;
    const text = record.textAt(at + 4);
    const question = { line: record.at(at), text, answer: record.textAt(at + 6), status } as Omit<Question, "key"> & { key?: string };
    if (keys) question.key = keys.next(text);
    const kind = KINDS[(record.at(at + 1) >> 2) & 7];
    if (kind !== undefined) question.kind = kind;
    if (record.at(at + 2) !== 0) question.answerLines = { from: record.at(at + 2), to: record.at(at + 3) };
    const concepts: string[] = new Array<string>(conceptCount);
    for (let k = 0; k < conceptCount; k++) concepts[k] = conceptIdOf(record.at(firstConcept + k));
    question.concepts = concepts;
    const heading = record.at(at + 8);
    if (heading !== 0) question.heading = record.textAt(layout.headings + (heading - 1) * HEADING + 2);
    out.push(question);
  }
  return out;
}
