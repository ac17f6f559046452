import { ConceptSet } from "../concepts/concept-set";
import { conceptIdOf, numberedConcepts } from "../index/concept-numbers";
import { pendingQuestionsOf, questionStatusCounts } from "../index/record-questions";
import type { VaultIndex } from "../index/vault-index";
import type { ConceptRow, DashboardModel, NoteQuestions, QuestionRow, QueueEntry } from "./dashboard-model";
import { reasonsOf, type QueueReason } from "./queue-reasons";
import { compareText } from "../text/compare-text";

export interface DashboardOptions {
  /** Only notes carrying this tag (nested tags included). */
  tag?: string;
  /** Notes set aside (Mark reviewed), kept out of the queue until they change or their time is over. */
  setAside?: ReadonlySet<string>;
  /** How many related concepts each concept row lists. */
  relatedLimit?: number;
  /** Only queue entries with at least one of these reasons (the totals still count every note). */
  queueReasons?: ReadonlySet<QueueReason>;
}

/** Weights of the set-aside queue's score. */
const OPEN_WEIGHT = 3;
const UNSURE_WEIGHT = 2;

/**
 * Builds the dashboard from the index. Linear in the notes and mentions of the vault (plus the
 * concept pairs for `related`); nothing in it compares every note with every other.
 */
export function buildDashboard(index: VaultIndex, options: DashboardOptions = {}): DashboardModel {
  const tagFilter = options.tag?.replace(/^#/, "").trim() || undefined;
  const nameOf = (id: string): string => index.concepts.get(id)?.name ?? id;
  const inScope = tagFilter ? new Set(index.notesTagged(tagFilter)) : undefined;
  const paths = index.paths().filter((path) => !inScope || inScope.has(path));

  const totals = { notes: 0, concepts: 0, mentions: 0, questions: 0, open: 0, unsure: 0, answered: 0, unresolvedLinks: 0, emptyFields: 0, warnings: 0 };
  const questionsByNote: NoteQuestions[] = [];
  const setAsideQueue: QueueEntry[] = [];
  // Per concept, by number: a vault of 100k notes counts some 7 million uses, each a lookup by id in a map.
  const conceptTotals = new ConceptTotals(numberedConcepts());
  const missingByNote = index.missingLinksByNote();

  for (const path of paths) {
    const note = index.note(path);
    if (!note) continue;
    totals.notes++;
    totals.warnings += note.warnings.length;
    totals.emptyFields += note.emptyFields.length;
    // Counted from the record; only the questions still asking are made into objects.
    const { open, unsure, answered } = questionStatusCounts(note);
    totals.questions += open + unsure + answered;
    totals.open += open;
    totals.unsure += unsure;
    totals.answered += answered;
    if (open + unsure > 0) {
      const pending = pendingQuestionsOf(note);
      questionsByNote.push({
        path,
        title: note.title,
        questions: pending.map(({ line, text, status, answer, concepts, heading }) => {
          // The decoded question's own list is the row's ids: nothing else holds it.
          const row: QuestionRow = { line, text, status, answer, concepts: concepts.map(nameOf), conceptIds: concepts };
          if (heading) row.heading = heading;
          return row;
        }),
      });
    }
    // Read use by use from the record: `note.concepts` would list every mention's line as well.
    for (let use = 0; use < note.useCount; use++) {
      const count = note.useMentions(use);
      totals.mentions += count;
      conceptTotals.add(note.useConcept(use), count, note.useLinked(use));
    }
    const missingLinks = missingByNote.get(path) ?? [];
    totals.unresolvedLinks += missingLinks.length;
    const score = open * OPEN_WEIGHT + unsure * UNSURE_WEIGHT + note.emptyFields.length + missingLinks.length;
    if (score > 0 && !options.setAside?.has(path)) {
      const facts = { open, unsure, emptyFields: [...note.emptyFields], missingLinks };
      const reasons = reasonsOf(facts);
      if (!options.queueReasons || reasons.some((reason) => options.queueReasons?.has(reason))) {
        setAsideQueue.push({ path, title: note.title, ...facts, unresolvedLinks: missingLinks.map((link) => link.target), reasons, score });
      }
    }
  }

  const relatedLimit = options.relatedLimit ?? 8;
  const concepts: ConceptRow[] = [];
  for (const [id, counts] of conceptTotals.entries()) {
    const concept = index.concepts.get(id);
    if (!concept) continue;
    const row: ConceptRow = {
      id,
      name: concept.name,
      ...(concept.ko[0] !== undefined ? { koName: concept.ko[0] } : {}),
      aliases: ConceptSet.aliasesOf(concept).slice(1),
      mentions: counts.mentions,
      notes: counts.notes,
      linkedNotes: counts.linked,
      unlinkedNotes: counts.notes - counts.linked,
      related: index
        .related(id)
        .slice(0, relatedLimit)
        .map((r) => {
          const other = index.concepts.get(r.conceptId);
          return { id: r.conceptId, name: other?.name ?? r.conceptId, ...(other?.ko[0] !== undefined ? { koName: other.ko[0] } : {}), weight: r.weight, ...(r.relation ? { relation: r.relation } : {}) };
        }),
    };
    const conceptNote = index.conceptNote(id);
    if (conceptNote) row.conceptNote = conceptNote;
    concepts.push(row);
  }
  totals.concepts = concepts.length;
  concepts.sort((a, b) => b.mentions - a.mentions || b.notes - a.notes || compareText(a.name, b.name));
  questionsByNote.sort((a, b) => b.questions.length - a.questions.length || compareText(a.path, b.path));
  setAsideQueue.sort((a, b) => b.score - a.score || compareText(a.path, b.path));

  const tags = index
    .tags()
    .map(({ tag, notes }) => ({ tag, notes: notes.filter((path) => !inScope || inScope.has(path)) }))
    .filter((entry) => entry.notes.length > 0);

  const model: DashboardModel = { totals, questionsByNote, concepts, setAsideQueue, tags };
  if (tagFilter) model.tagFilter = tagFilter;
  if (options.queueReasons) model.queueReasons = [...options.queueReasons];
  return model;
}

/** Mentions, notes and linked notes per concept number, in the order concepts were first met. */
class ConceptTotals {
  private readonly mentions: Int32Array;
  private readonly notes: Int32Array;
  private readonly linked: Int32Array;
  private readonly met: number[] = [];

  constructor(size: number) {
    this.mentions = new Int32Array(size);
    this.notes = new Int32Array(size);
    this.linked = new Int32Array(size);
  }

  add(concept: number, mentions: number, linked: boolean): void {
    if (this.notes[concept] === 0) this.met.push(concept);
    this.mentions[concept] = (this.mentions[concept] as number) + mentions;
    this.notes[concept] = (this.notes[concept] as number) + 1;
    if (linked) this.linked[concept] = (this.linked[concept] as number) + 1;
  }

  entries(): Array<[string, { mentions: number; notes: number; linked: number }]> {
    return this.met.map((n) => [conceptIdOf(n), { mentions: this.mentions[n] as number, notes: this.notes[n] as number, linked: this.linked[n] as number }]);
  }
}
