import type { AnswerCandidate } from "../answers/suggest-answers";
import type { ConceptModel, ConceptQuestion } from "../dashboard/concept-model";

/**
 * A concept's page as plain data, what the dashboard's concept page draws: the concept (its
 * `ConceptModel`, the one model of every concept UI), its mentions as Obsidian's backlinks pane
 * shows them (linked and unlinked, each mention's line as a snippet with the concept marked,
 * grouped by note, the notes that say most about it first), its questions with the notes that may
 * answer the open ones, and the notes that could be its note when it has none. Every number is
 * counted in the page's scope (the dashboard's tag filter).
 */
export interface ConceptPage {
  concept: ConceptModel;
  /** Muted in settings: never linked, hinted, or offered a note. */
  muted: boolean;
  /** Notes named like the concept, offered as its note when it has none (the user confirms one). */
  noteCandidates: NoteRef[];
  counts: ConceptPageCounts;
  /** Mentions written in a link (a link to the concept, or the concept in a link's text). */
  linked: MentionSection;
  /** Mentions in plain text: the ones a Link button may link, and those that may not be linked. */
  unlinked: MentionSection;
  /** The concept's questions in the scope: open first, then unsure, then answered. */
  questions: PageQuestion[];
}

export interface ConceptPageCounts {
  notes: number;
  mentions: number;
  linkedMentions: number;
  unlinkedMentions: number;
  /** Unlinked mentions a Link button may link. */
  linkableMentions: number;
}

export interface NoteRef {
  path: string;
  title: string;
  /** The folder it is in, from the vault's root; empty at the root. */
  folder: string;
}

export interface MentionSection {
  /** Notes with mentions of this kind, and those mentions, all of them (not only the groups listed). */
  notes: number;
  mentions: number;
  /** The first notes, most said first. */
  groups: NoteGroup[];
  /** Notes beyond `groups`, not listed yet. */
  more: number;
}

export interface NoteGroup extends NoteRef {
  /** Mentions of this section's kind in the note. */
  count: number;
  /** How much the note says about the concept: what the groups are sorted by. */
  weight: number;
  /** The concept's own note. */
  conceptNote: boolean;
  /** Whether the note's text was at hand: without it `rows` is empty (the shell reads it, then asks again). */
  read: boolean;
  rows: MentionRow[];
}

export interface MentionRow {
  /** 1-based line of the mention. */
  line: number;
  /** The line as a snippet: list, quote and heading markers left out, cut around the mention when long. */
  text: string;
  /** Where the mention stands in `text`, when it was found there. */
  mark?: [from: number, to: number];
  /** The snippet starts or ends inside the line. */
  cutLead: boolean;
  cutTrail: boolean;
  /** A Link button may link it (an unlinked mention the linker may link, to a concept note). */
  linkable: boolean;
  /** 0-based column of the mention in its line, when found: the mention a Link button links. */
  column?: number;
}

export interface PageQuestion extends ConceptQuestion {
  /** Notes that may answer it (open and unsure questions, as many as the page was asked for). */
  answers?: AnswerCandidate[];
}
