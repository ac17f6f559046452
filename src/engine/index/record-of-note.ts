import type { Concept } from "../concepts/concept-set";
import type { ConceptMention, ParsedNote } from "../parse/note-types";
import { detached } from "../text/detached-string";
import type { ConceptUse, NoteRecord } from "./note-record";

/**
 * What the index keeps of a parse: the mentions folded into one use per concept (count, lines,
 * whether the note links the concept), every string copied out of the note's text and every
 * array at its exact size, so ten thousand records never hold ten thousand note texts.
 */
export function recordOf(parsed: ParsedNote, conceptLinkedBy: (target: string) => Concept | undefined): NoteRecord {
  const { frontmatter: _frontmatter, mentions, highlights, markupOverLines: _markup, ...rest } = parsed;
  const uses = new Map<string, ConceptUse>();
  const count = (conceptId: string, mention: ConceptMention, brandOnly: boolean): void => {
    let use = uses.get(conceptId);
    if (!use) {
      use = { conceptId, count: 0, linked: false, lines: [] };
      uses.set(conceptId, use);
    }
    use.count++;
    use.lines.push(mention.line);
    // Kept only for the few mentions that are not plain unlinked prose: most uses carry neither list.
    // A brand read inside a longer term (도커 of 도커 이미지) is not a span to link to the brand.
    if (mention.inLink) (use.linkedLines ??= []).push(mention.line);
    else if (brandOnly || !mention.linkable) (use.fixedLines ??= []).push(mention.line);
  };
  for (const mention of mentions) {
    if (mention.brand) count(mention.brand.conceptId, mention, true); // 도커 of 도커 이미지 mentions Docker too
    count(mention.conceptId, mention, false);
  }
  for (const link of parsed.links) {
    const concept = conceptLinkedBy(link.target);
    const use = concept && uses.get(concept.id);
    if (use) use.linked = true;
  }
  // Exact-size arrays: an array grown by push keeps room for 16 more, and there are 30 uses a note.
  for (const use of uses.values()) {
    use.lines = use.lines.slice();
    if (use.linkedLines) use.linkedLines = use.linkedLines.slice();
    if (use.fixedLines) use.fixedLines = use.fixedLines.slice();
  }
  const concepts = [...uses.values()].sort((a, b) => b.count - a.count || a.conceptId.localeCompare(b.conceptId));
  return ownedRecord({ ...rest, concepts, highlightCount: highlights.length });
}

/**
 * The record with every string cut from the note's text copied out of it, and every array at
 * its exact size: a slice of a string is kept as a view of the whole note (V8, from 13
 * characters), so one heading kept would keep the note's text alive.
 */
function ownedRecord(record: NoteRecord): NoteRecord {
  return {
    ...record,
    tags: record.tags.map(detached),
    aliases: record.aliases.map(detached),
    links: record.links.slice(),
    embeds: record.embeds.slice(),
    headings: record.headings.map((h) => ({ ...h, text: detached(h.text) })),
    fields: record.fields.map((f) => ({ ...f, key: detached(f.key), value: detached(f.value) })),
    emptyFields: record.emptyFields.map(detached),
    codeBlocks: record.codeBlocks.map((b) => ({ ...b, lang: detached(b.lang) })),
    questions: record.questions.map((q) => {
      const question = { ...q, text: detached(q.text), answer: detached(q.answer), concepts: q.concepts.slice() };
      if (q.heading !== undefined) question.heading = detached(q.heading);
      return question;
    }),
    sectionStarts: record.sectionStarts.slice(),
    warnings: record.warnings.map(detached),
  };
}
