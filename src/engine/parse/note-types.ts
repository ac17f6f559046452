/**
 * What the parser reads out of one note. Plain data: the index, the dashboard, the editor
 * badges and the review cards all read this one parse.
 *
 * Lines are 1-based and count from the first line of the file (frontmatter included), as
 * Obsidian's editor does.
 */

export interface LinkRef {
  /** The linked note or file, as written, NFC: `HOME 🌎`, `Docker`, `img.png`. */
  target: string;
  /** `#heading` or `#^block` part, without the leading `#`. */
  subpath?: string;
  /** Display text after `|` (for embeds, often a size such as `300`). */
  display?: string;
  line: number;
  /** Written as `[text](target)` rather than `[[target]]`. */
  markdown?: boolean;
}

export interface Heading {
  level: number;
  text: string;
  line: number;
}

export interface Highlight {
  text: string;
  line: number;
}

/** A `key : value` line of the body, as note templates write them (`출처 : 코오롱 글로벌`). */
export interface BodyField {
  key: string;
  value: string;
  line: number;
}

export interface CodeBlock {
  /** Info string after the fence (`bash`, `toml`), empty when none. */
  lang: string;
  startLine: number;
  /** Last line of the block; the note's last line when the fence is never closed. */
  endLine: number;
}

export type QuestionStatus = "open" | "unsure" | "answered";

/**
 * How a question is written: a marker line (`Q. …`), a question callout (`> [!question] …`), a
 * list item that asks (with the list-item setting), a line that asks under a question heading
 * (`## 궁금증`), or a heading that asks (`## 쿠버네티스란?`, with the heading setting: a review card
 * its section answers, never an open question).
 */
export type QuestionKind = "marker" | "callout" | "list" | "section" | "heading";

export interface Question {
  /** Line of the question itself. */
  line: number;
  /** The question, markers stripped: `이게 도커인건가?`. */
  text: string;
  /** The first lines of the answer, markers stripped; empty when open. */
  answer: string;
  /** Lines the answer spans, when there is one: the back of a review card. */
  answerLines?: { from: number; to: number };
  status: QuestionStatus;
  /** Text of the nearest heading above the question: where a link to it can land. */
  heading?: string;
  /** Ids of the concepts mentioned on the question line (`docker`); names are the concept set's to give. */
  concepts: string[];
  /** Stable within the note while the question's text stays the same. */
  key: string;
  /** How it is written; a question without one (a record cached by an older version) is a marker line. */
  kind?: QuestionKind;
}

/** One recognised mention of a concept in the prose of a note. */
export interface ConceptMention {
  conceptId: string;
  /** Offsets in the normalised text: the alias as written, particles excluded. */
  start: number;
  end: number;
  line: number;
  /**
   * Written inside a link: a wikilink naming the concept (then `start`–`end` is the whole link),
   * or a mention in a link's text.
   */
  inLink: boolean;
  /**
   * May be turned into a link: in prose that may be linked (not a heading, link text, code, URL
   * … see `markdown/protected-spans.ts`), a word of its own, not already in a link. The linker
   * links only these, and the editor underlines only these.
   */
  linkable: boolean;
  /** On a table row: a link written here needs its pipe escaped (`[[Docker\|도커]]`). */
  inTable: boolean;
  /**
   * The brand this mention also names, when it is a brand plus a generic word (`도커` of
   * `도커 이미지`, `Kubernetes` of `Kubernetes cluster` or `managed Kubernetes`): its concept, and
   * where its name stands, inside this mention's span. Counted as a mention of its own; never
   * linked on its own, since its span lies inside this one.
   */
  brand?: { conceptId: string; start: number; end: number };
}

/** A concept declared by the note itself: tagged `concept`, or named in settings. */
export interface DeclaredConcept {
  name: string;
  aliases: string[];
}

export interface ParsedNote {
  path: string;
  /** File name without folder and `.md`. */
  title: string;
  frontmatter: Record<string, unknown> | null;
  /** Tags without `#`, from frontmatter and body, first spelling kept, no duplicates. */
  tags: string[];
  aliases: string[];
  links: LinkRef[];
  embeds: LinkRef[];
  headings: Heading[];
  highlights: Highlight[];
  fields: BodyField[];
  /** Keys of template fields left empty (`키워드 :` with nothing after or under it). */
  emptyFields: string[];
  codeBlocks: CodeBlock[];
  questions: Question[];
  mentions: ConceptMention[];
  /** Line where each section (a heading and what follows it) starts; the first is line 1. */
  sectionStarts: number[];
  /**
   * Comments and HTML tags that run over more than one line, as 1-based `[first, last]` lines: a
   * heading inside one is no place to cut the note into pieces read apart (the editor's sections).
   */
  markupOverLines: Array<[number, number]>;
  /** Set when the note declares itself a concept (tag `concept`). */
  declaredConcept: DeclaredConcept | null;
  /** The note opts out of linking (`devops-links: false`): none of its mentions is `linkable`. */
  linksOff?: true;
  lineCount: number;
  /**
   * The words answer suggestions score the note by, packed (see `answers/note-terms.ts`); only
   * when parsed for the index (`answerTerms`), not for the editor.
   */
  terms?: string;
  /** Words of the note's text (stop words aside), the length those scores are normalised by. */
  wordCount?: number;
  /** Problems with this note; the rest of the note is still read. */
  warnings: string[];
}
