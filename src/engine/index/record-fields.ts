import type { DeclaredConcept } from "../parse/note-types";

/** How one note uses one concept. */
export interface ConceptUse {
  conceptId: string;
  /** Prose mentions (code, URLs, HTML tags and frontmatter excluded). */
  count: number;
  /** The note links the concept: a link whose target is the concept's name, alias or note. */
  linked: boolean;
  /** Line of each mention, in order (a line repeats when it mentions the concept twice). */
  lines: number[];
  /**
   * Lines of the mentions written in a link (a link naming the concept, or the concept in a
   * link's text), in order; absent when there are none. The concept page's linked mentions.
   */
  linkedLines?: number[];
  /**
   * Lines of the mentions that are not in a link and may not be linked either (a heading, a
   * callout's title, part of a longer name, a note that opts out), in order; absent when none.
   * The other lines of `lines` are the mentions the linker may link.
   */
  fixedLines?: number[];
}

/** What a record holds besides its columns: its path, the few lists it keeps as strings, its answer words. */
export interface RecordFields {
  path: string;
  tags: readonly string[];
  aliases: readonly string[];
  emptyFields: readonly string[];
  warnings: readonly string[];
  declaredConcept: DeclaredConcept | null;
  terms?: string;
  wordCount?: number;
  /** The note opts out of linking (`devops-links: false`). */
  linksOff?: true;
  /** The target of every link, then of every embed, as written. */
  targets: string[];
}

/**
 * A record as it is saved (the plugin's cache) or sent between threads (the CLI's workers):
 * plain data, typed arrays and strings, with concepts by id. `recordFromStored` makes a record
 * of it again.
 */
export interface StoredRecord extends RecordFields {
  /** The packed integers (`packed-columns.ts`). */
  columns: string;
  texts: string;
  /** The concepts the columns name, by their number in this list. */
  conceptIds: string[];
}
