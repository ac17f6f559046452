import type { Concept } from "../concepts/concept-set";
import type { ConceptMention, ParsedNote } from "../parse/note-types";
import { detached } from "../text/detached-string";
import { collatedPlace, conceptNumber } from "./concept-numbers";
import { NoteRecord, type RecordFields } from "./note-record";
import { HEADER, kindCode, MENTION_FIXED, MENTION_IN_LINK, statusCode } from "./record-layout";
import { ColumnWriter, TextWriter } from "./packed-columns";

/**
 * What the index keeps of a parse, packed (see `NoteRecord`): the mentions folded into one use
 * per concept (count, lines, whether the note links the concept), most mentioned first, then
 * headings, questions (an answered one without its answer's text), links and code blocks. Every text is copied into the record's own
 * string, so ten thousand records never hold ten thousand note texts.
 */
export function recordOf(parsed: ParsedNote, conceptLinkedBy: (target: string) => Concept | undefined): NoteRecord {
  const uses = usesOf(parsed.mentions);
  for (const link of parsed.links) {
    const concept = conceptLinkedBy(link.target);
    const use = concept && uses.get(concept.id);
    if (use) use.linked = true;
  }
  const ordered = [...uses.values()].sort((a, b) => b.lines.length - a.lines.length || collatedPlace(a.number) - collatedPlace(b.number));

  const columns = new ColumnWriter();
  const texts = new TextWriter();
  const text = (value: string): void => {
    columns.push(texts.add(value));
    columns.push(value.length);
  };
  columns.push(ordered.length);
  columns.push(parsed.headings.length);
  columns.push(parsed.questions.length);
  columns.push(parsed.links.length);
  columns.push(parsed.embeds.length);
  columns.push(parsed.codeBlocks.length);
  columns.push(parsed.lineCount);
  if (columns.length !== HEADER) throw new Error("record header out of step with its layout");
  for (const use of ordered) {
    columns.push(use.number);
    columns.push(use.lines.length * 2 + (use.linked ? 1 : 0));
  }
  // A mention's line, and in its two low bits whether it is written in a link (1) or may not be
  // linked (2): most mentions are plain prose, so the concept page's lists cost no more columns.
  for (const use of ordered) use.lines.forEach((line, k) => columns.push(line * 4 + (use.flags[k] as number)));
  const headingIndex = new Map<string, number>();
  parsed.headings.forEach((heading, h) => {
    columns.push(heading.level);
    columns.push(heading.line);
    text(heading.text);
    if (!headingIndex.has(heading.text)) headingIndex.set(heading.text, h);
  });
  for (const question of parsed.questions) {
    columns.push(question.line);
    columns.push(statusCode(question.status) | (kindCode(question.kind) << 2));
    columns.push(question.answerLines?.from ?? 0);
    columns.push(question.answerLines?.to ?? 0);
    text(question.text);
    // An answered question's answer is the note's to show (the review card renders its lines);
    // the dashboard shows only what an unsure one says, and a report reads answers from the text.
    text(question.status === "answered" ? "" : question.answer);
    columns.push(question.heading === undefined ? 0 : (headingIndex.get(question.heading) ?? -1) + 1);
    columns.push(question.concepts.length);
  }
  for (const question of parsed.questions) for (const id of question.concepts) columns.push(conceptNumber(id));
  // At its size: an array grown by push keeps room for more, ten thousand times over.
  const targets = new Array<string>(parsed.links.length + parsed.embeds.length);
  let target = 0;
  for (const list of [parsed.links, parsed.embeds]) {
    for (const link of list) {
      columns.push(link.line);
      columns.push(link.markdown ? 1 : 0);
      targets[target++] = detached(link.target);
    }
  }
  for (const block of parsed.codeBlocks) {
    columns.push(block.startLine);
    columns.push(block.endLine);
    text(block.lang);
  }

  const fields: RecordFields = {
    path: parsed.path,
    tags: parsed.tags.map(detached),
    aliases: parsed.aliases.map(detached),
    emptyFields: parsed.emptyFields.map(detached),
    warnings: parsed.warnings.map(detached),
    declaredConcept: null,
    targets,
  };
  if (parsed.declaredConcept) fields.declaredConcept = { name: parsed.declaredConcept.name, aliases: fields.aliases as string[] };
  if (parsed.terms !== undefined) fields.terms = parsed.terms;
  if (parsed.wordCount !== undefined) fields.wordCount = parsed.wordCount;
  if (parsed.linksOff === true) fields.linksOff = true;
  return new NoteRecord(fields, columns.finish(), texts.finish());
}

interface Use {
  conceptId: string;
  number: number;
  linked: boolean;
  lines: number[];
  /** Per line: `MENTION_IN_LINK`, `MENTION_FIXED` or 0 (prose the linker may link). */
  flags: number[];
}

/**
 * One use per concept, in order of first mention; a brand named in a compound (도커 of 도커 이미지)
 * counts for the brand too, as a mention never linked to the brand alone.
 */
function usesOf(mentions: readonly ConceptMention[]): Map<string, Use> {
  const uses = new Map<string, Use>();
  const count = (conceptId: string, mention: ConceptMention, brandOnly: boolean): void => {
    let use = uses.get(conceptId);
    if (!use) {
      use = { conceptId, number: conceptNumber(conceptId), linked: false, lines: [], flags: [] };
      uses.set(conceptId, use);
    }
    use.lines.push(mention.line);
    use.flags.push(mention.inLink ? MENTION_IN_LINK : brandOnly || !mention.linkable ? MENTION_FIXED : 0);
  };
  for (const mention of mentions) {
    if (mention.brand) count(mention.brand.conceptId, mention, true);
    count(mention.conceptId, mention, false);
  }
  return uses;
}
