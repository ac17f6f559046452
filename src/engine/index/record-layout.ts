import type { QuestionKind, QuestionStatus } from "../parse/note-types";

/**
 * Where each part of a record starts in its columns. The layout, after the header's counts:
 * concept uses (concept number, count × 2 + linked), the mention lines of every use in turn
 * (line × 4 + `MENTION_IN_LINK` or `MENTION_FIXED`),
 * headings (level, line, text), questions (line, status and kind, answer lines, text, answer,
 * heading, concept count; the key follows from the texts), the questions' concept numbers, links and embeds (line,
 * markdown), code blocks (lines, language). A text is its offset and length in the record's
 * string; link targets are a list of their own (`targets`), whose strings the index shares
 * between every note that writes the same target.
 */
export const HEADER = 7;
/** The low bits of a mention's line (`line * 4 + flag`): written in a link, or not to be linked. */
export const MENTION_IN_LINK = 1;
export const MENTION_FIXED = 2;
export const USE = 2;
export const HEADING = 4;
export const QUESTION = 10;
export const LINK = 2;
export const CODE_BLOCK = 4;

export const STATUSES: readonly QuestionStatus[] = ["open", "unsure", "answered"];
export const KINDS: ReadonlyArray<QuestionKind | undefined> = ["marker", "callout", "list", "section", "heading", undefined, undefined, undefined];
export const NO_KIND = 7;

export function statusCode(status: QuestionStatus): number {
  return STATUSES.indexOf(status);
}

export function kindCode(kind: QuestionKind | undefined): number {
  const code = kind === undefined ? -1 : KINDS.indexOf(kind);
  return code === -1 ? NO_KIND : code;
}

export interface Layout {
  uses: number;
  lines: number;
  headings: number;
  questions: number;
  questionConcepts: number;
  links: number;
  embeds: number;
  codeBlocks: number;
}

/** Where each part starts in columns read through `at` (see the layout above). */
export function layoutOf(at: (i: number) => number): Layout {
  const uses = HEADER;
  const lines = uses + at(0) * USE;
  let mentions = 0;
  for (let i = 0; i < at(0); i++) mentions += at(uses + i * USE + 1) >>> 1;
  const headings = lines + mentions;
  const questions = headings + at(1) * HEADING;
  let questionConcepts = 0;
  for (let q = 0; q < at(2); q++) questionConcepts += at(questions + q * QUESTION + 9);
  const concepts = questions + at(2) * QUESTION;
  const links = concepts + questionConcepts;
  const embeds = links + at(3) * LINK;
  const codeBlocks = embeds + at(4) * LINK;
  return { uses, lines, headings, questions, questionConcepts: concepts, links, embeds, codeBlocks };
}

/** The places in a record's columns that name concepts, by their number: what a move between numberings rewrites. */
export function conceptSlots(columns: readonly number[]): number[] {
  const slots: number[] = [];
  const layout = layoutOf((i) => columns[i] as number);
  for (let i = 0; i < (columns[0] as number); i++) slots.push(layout.uses + i * USE);
  for (let k = layout.questionConcepts; k < layout.links; k++) slots.push(k);
  return slots;
}
