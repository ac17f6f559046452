import type { LinkResolver } from "./link-resolution";
import { AnswerIndex } from "./answer-index";
import { CoMentionWeights } from "./co-mentions";
import { ConceptQuestions } from "./concept-questions";
import { NoteIds } from "./note-ids";
import type { NoteRecord } from "./note-record";
import { Postings } from "./postings";
import { TagNotes } from "./tag-notes";
import { VaultLinks } from "./vault-links";

/**
 * The index's tables of notes: each note's record by id, and every map read from the records
 * with its inverse (links and backlinks, concept → notes, concept → questions, tags, co-mention
 * weights, answer words). A record goes into all of them at once and leaves all of them at once,
 * so they never disagree about which notes the index holds.
 */
export class IndexTables {
  readonly records = new NoteIds();
  readonly links: VaultLinks;
  /** Concept number → the notes mentioning it (by id), with their prose mention counts. */
  readonly conceptNotes = new Postings();
  readonly conceptQuestions = new ConceptQuestions();
  readonly tagNotes = new TagNotes();
  readonly coMentionWeights = new CoMentionWeights();
  readonly answerIndex = new AnswerIndex();

  constructor(resolver?: LinkResolver) {
    this.links = new VaultLinks(this.records, resolver);
  }

  add(record: NoteRecord): void {
    const note = this.records.set(record);
    this.links.add(note, record);
    for (let use = 0; use < record.useCount; use++) this.conceptNotes.set(record.useConcept(use), note, record.useMentions(use));
    this.conceptQuestions.add(note, record);
    this.tagNotes.add(record);
    this.coMentionWeights.add(record);
    this.answerIndex.add(record);
  }

  /** Takes a note out of every table; nothing when the index does not hold it. */
  drop(path: string): void {
    const record = this.records.record(path);
    const note = this.records.idOf(path);
    if (!record || note === undefined) return;
    this.links.drop(note, record);
    for (let use = 0; use < record.useCount; use++) this.conceptNotes.set(record.useConcept(use), note, 0);
    this.conceptQuestions.drop(note, record);
    this.tagNotes.drop(record);
    this.coMentionWeights.drop(record);
    this.answerIndex.drop(record);
    this.records.delete(path);
  }
}
