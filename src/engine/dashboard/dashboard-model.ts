import type { RelationKind } from "../concepts/glossary/concept-types";
import type { QuestionStatus } from "../parse/note-types";
import type { QueueReason } from "./queue-reasons";

/** The review dashboard as plain data: what the plugin view draws and the export writes. */
export interface DashboardModel {
  totals: DashboardTotals;
  /** Open and unsure questions, grouped by note, notes with the most first. */
  questionsByNote: NoteQuestions[];
  /** Mentioned concepts, most mentioned first. */
  concepts: ConceptRow[];
  /**
   * The set-aside queue: notes that need attention (open or unsure questions, empty fields,
   * links to missing notes), most first, less those set aside (Mark reviewed). Shown as the
   * "Review queue"; not the review cards, which are scheduled apart.
   */
  setAsideQueue: QueueEntry[];
  tags: Array<{ tag: string; notes: string[] }>;
  /** The tag the model was narrowed to, if any. */
  tagFilter?: string;
  /** The reasons the review queue was narrowed to, if it was. */
  queueReasons?: QueueReason[];
}

export interface DashboardTotals {
  notes: number;
  concepts: number;
  mentions: number;
  questions: number;
  open: number;
  unsure: number;
  answered: number;
  unresolvedLinks: number;
  emptyFields: number;
  warnings: number;
}

export interface QuestionRow {
  line: number;
  text: string;
  status: QuestionStatus;
  answer: string;
  /** Names of the concepts the question mentions, for display. */
  concepts: string[];
  /** Their ids, in the same order: a view shows them in its language. */
  conceptIds: string[];
  /** Nearest heading above the question, for links that land near it. */
  heading?: string;
}

export interface NoteQuestions {
  path: string;
  title: string;
  questions: QuestionRow[];
}

export interface RelatedRow {
  id: string;
  name: string;
  /** Its first Korean name, when it has one. */
  koName?: string;
  weight: number;
  relation?: { kind: RelationKind; direction: "to" | "from" };
}

export interface ConceptRow {
  id: string;
  name: string;
  /** Its first Korean name, when it has one: a view in Korean shows `쿠버네티스 (Kubernetes)`. */
  koName?: string;
  aliases: string[];
  mentions: number;
  notes: number;
  linkedNotes: number;
  unlinkedNotes: number;
  related: RelatedRow[];
  /** The concept's own note, when the vault has one. */
  conceptNote?: string;
}

export interface QueueEntry {
  path: string;
  title: string;
  open: number;
  unsure: number;
  emptyFields: string[];
  /** Targets of the note's missing links and embeds, each once, in line order. */
  unresolvedLinks: string[];
  /** The same, each with the line it is first written on. */
  missingLinks: Array<{ target: string; line: number }>;
  /** Why the note is in the queue: one reason at least. */
  reasons: QueueReason[];
  /** Higher first: open questions weigh most, then unsure ones, then loose ends. */
  score: number;
}
