import type { QuestionStatus } from "../parse/note-types";

/**
 * What the term search finds: the things the "Search DevOps terms" modal lists and the plugin
 * acts on. Plain data, so the modal renders it and the plugin opens it without asking the index.
 */

/** A concept: the plugin opens its panel by `conceptId`. */
export interface ConceptTarget {
  kind: "concept";
  conceptId: string;
  /** The concept's name: `Docker`. */
  title: string;
  /** Its first Korean name, when it has one: `도커`, for a UI in Korean. */
  koName?: string;
  /** Every other written form, as the glossary and the user's notes give them: `도커`. */
  aliases: string[];
  /** Prose mentions across the vault. */
  mentions: number;
  /** Notes that mention it. */
  notes: number;
  /** The note that stands for the concept, when there is one. */
  notePath?: string;
}

/** A note: the plugin opens `path`. */
export interface NoteTarget {
  kind: "note";
  path: string;
  /** File name without folder and `.md`. */
  title: string;
  /** The folder the note is in, `/`-separated; empty at the vault's root. */
  folder: string;
  /** Frontmatter `aliases`. */
  aliases: string[];
  questions: { open: number; unsure: number; total: number };
  /** Distinct concepts the note mentions. */
  concepts: number;
}

/** A heading of a note: the plugin opens `path` at `line`. */
export interface HeadingTarget {
  kind: "heading";
  path: string;
  /** 1-based line of the heading. */
  line: number;
  /** The heading's text, `#` marks stripped. */
  title: string;
  level: number;
  /** Always empty, as for questions. */
  aliases: string[];
  noteTitle: string;
  folder: string;
}

/** A question line: the plugin opens `path` at `line`. */
export interface QuestionTarget {
  kind: "question";
  path: string;
  /** 1-based line of the question, as the editor counts it. */
  line: number;
  /** The question, markers stripped. */
  title: string;
  /** Always empty: a question has no other names. Kept so every result reads alike. */
  aliases: string[];
  status: QuestionStatus;
  /** Title of the note holding the question, for the modal's second line. */
  noteTitle: string;
  folder: string;
}

export type SearchTarget = ConceptTarget | NoteTarget | HeadingTarget | QuestionTarget;

export type SearchKind = SearchTarget["kind"];

/**
 * How the query met the item, best first: the whole of a name (`exact`), its start (`prefix`),
 * the start of one of its words, or every query word at a word start (`word`), inside a word
 * (`infix`), or only with typos (`fuzzy`). `none` marks the results of an empty query.
 */
export const MATCH_KINDS = ["exact", "prefix", "word", "infix", "fuzzy"] as const;

export type MatchKind = (typeof MATCH_KINDS)[number] | "none";

/** One line of the modal: the item, how it matched, and through which of its names. */
export type SearchResult = SearchTarget & {
  match: MatchKind;
  /** The name, alias or question text that matched, as written: `도커` when `ㄷㅋ` found Docker. */
  matched: string;
  /**
   * The query was read in the other language to find it: through a concept's names in the
   * glossary (도커 네트워크 → docker network) or the everyday words of the lexicon (네트워크 → network).
   */
  translated?: boolean;
};
