import type { Concept } from "../concepts/concept-set";
import type { ParsedNote } from "../parse/note-types";
import { detached } from "../text/detached-string";
import { conceptNumber } from "./concept-numbers";
import { MentionUses } from "./mention-uses";
import { NoteRecord, type RecordFields } from "./note-record";
import { HEADER, kindCode, statusCode } from "./record-layout";
import { ColumnWriter, TextWriter } from "./packed-columns";

/**
 * What the index keeps of a parse, packed (see `NoteRecord`): the mentions folded into one use
 * per concept (count, lines, whether the note links the concept), most mentioned first, then
 * headings, questions (an answered one without its answer's text), links and code blocks. Every text is copied into the record's own
 * string, so ten thousand records never hold ten thousand note texts.
 */
export function recordOf(parsed: ParsedNote, conceptLinkedBy: (target: string) => Concept | undefined): NoteRecord {
  uses.fold(parsed.mentions, (target) => conceptLinkedBy(target)?.id, parsed.links);
  columns.reset();
  const texts = new TextWriter();
  const text = (value: string): void => {
    columns.push(texts.add(value));
    columns.push(value.length);
  };
  columns.push(uses.count);
  columns.push(parsed.headings.length);
  columns.push(parsed.questions.length);
  columns.push(parsed.links.length);
  columns.push(parsed.embeds.length);
  columns.push(parsed.codeBlocks.length);
  columns.push(parsed.lineCount);
  if (columns.length !== HEADER) throw new Error("record header out of step with its layout");
  for (let use = 0; use < uses.count; use++) {
    columns.push(uses.numbers[use] as number);
    columns.push((uses.lineCounts[use] as number) * 2 + (uses.linked[use] as number));
  }
  // A mention's line, and in its two low bits whether it is written in a link (1) or may not be
  // linked (2): most mentions are plain prose, so the concept page's lists cost no more columns.
  for (let at = 0; at < uses.lineTotal; at++) columns.push(uses.lines[at] as number);
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

/** Reused from record to record: the index makes one at a time. */
const uses = new MentionUses();
const columns = new ColumnWriter();
