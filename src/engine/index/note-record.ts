import type { ParsedNote } from "../parse/note-types";

/**
 * Version of the record's shape and of what it counts. A cache of records written by another
 * version is not used: the plugin reads the vault again instead. (2: questions carry concept ids
 * and answer words; 3: link targets are not prose, mentions are read in context, brands counted
 * in their compounds, a grown glossary: records of earlier versions count otherwise.)
 */
export const INDEX_FORMAT_VERSION = 3;

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

/**
 * What the index keeps of a note: the parse, less the frontmatter object and the raw mention
 * list, which are folded into `concepts`. Small on purpose: ten thousand of these stay in memory.
 */
export interface NoteRecord extends Omit<ParsedNote, "frontmatter" | "mentions" | "highlights" | "markupOverLines"> {
  concepts: ConceptUse[];
  highlightCount: number;
}
