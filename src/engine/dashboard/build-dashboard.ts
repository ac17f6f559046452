import { ConceptSet } from "../concepts/concept-set";
import { conceptIdOf } from "../index/concept-numbers";
import type { VaultIndex } from "../index/vault-index";
import type { ConceptRow, DashboardModel, NoteQuestions, QuestionRow, QueueEntry } from "./dashboard-model";
import { reasonsOf, type QueueReason } from "./queue-reasons";

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
  const conceptTotals = new Map<string, { mentions: number; notes: number; linked: number }>();
  const missingByNote = index.missingLinksByNote();

  for (const path of paths) {
    const note = index.note(path);
    if (!note) continue;
    totals.notes++;
    totals.warnings += note.warnings.length;
    totals.emptyFields += note.emptyFields.length;
    let open = 0;
    let unsure = 0;
    const questions = note.questions; // read from the record on each access: once
    for (const question of questions) {
      totals.questions++;
      totals[question.status]++;
      if (question.status === "open") open++;
      if (question.status === "unsure") unsure++;
    }
    const pending = questions.filter((q) => q.status !== "answered");
    if (pending.length > 0) {
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
      const conceptId = conceptIdOf(note.useConcept(use));
      totals.mentions += count;
      const entry = conceptTotals.get(conceptId) ?? { mentions: 0, notes: 0, linked: 0 };
      entry.mentions += count;
      entry.notes++;
      if (note.useLinked(use)) entry.linked++;
      conceptTotals.set(conceptId, entry);
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
  for (const [id, counts] of conceptTotals) {
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
  concepts.sort((a, b) => b.mentions - a.mentions || b.notes - a.notes || a.name.localeCompare(b.name));
  questionsByNote.sort((a, b) => b.questions.length - a.questions.length || a.path.localeCompare(b.path));
  setAsideQueue.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));

  const tags = index
    .tags()
    .map(({ tag, notes }) => ({ tag, notes: notes.filter((path) => !inScope || inScope.has(path)) }))
    .filter((entry) => entry.notes.length > 0);

  const model: DashboardModel = { totals, questionsByNote, concepts, setAsideQueue, tags };
  if (tagFilter) model.tagFilter = tagFilter;
  if (options.queueReasons) model.queueReasons = [...options.queueReasons];
  return model;
}
