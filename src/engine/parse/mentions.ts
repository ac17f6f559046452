import type { Concept } from "../concepts/concept-set";
import type { ConceptMatcher, FoundMention } from "../concepts/concept-matcher";
import { domainMask } from "../concepts/domain-mask";
import { noOutsideEvidence } from "../concepts/outside-evidence";
import { recognize, type NoteShape } from "../concepts/recognize-mentions";
import type { InlineScan } from "../markdown/inline-scan";
import type { LineInfo } from "../markdown/line-structure";
import type { LineIndex } from "../text/line-index";
import { commandEvidence } from "./command-evidence";
import { targetWord, withTargetWords, type TargetWord } from "./link-target-words";
import type { ConceptMention } from "./note-types";

/**
 * The concept mentions of a note, each with whether it may be linked: the one answer the linker
 * and the editor's hints both read.
 *
 * - Prose mentions: what the matcher finds in the prose (text that is not read is blanked there),
 *   the words read by context read against their line, section and the note's folder and title.
 * - A wikilink is one linked mention of the concept its target names, whatever its display text
 *   says: its target is never read as prose, and a mention of that same concept in its display
 *   text is the link itself, not a second mention. Like a mention written out, it is evidence
 *   for the words read by context around it, as is the command that opens a code span
 *   (outside-evidence.ts).
 * - A bare wikilink whose name is a word read by context (`[[Deployment]]`) is read as that word
 *   is (see link-target-words.ts), and is a linked mention of what it reads as.
 *
 * A prose mention may be linked when it lies in prose that may be linked (no protected span
 * touches it), stands as a word of its own (not glued by `-`, `.`, `_`, `/` or letters to more
 * of a name: `Ingress-Nginx`, `docker-compose.yml`, `my-docker-setup`, 도커컨테이너), and, on a
 * line holding a bare `|`, only when that line is a table row we recognise (a link's pipe could
 * split a cell of a table we do not).
 */
export function mentionsOf(
  text: string,
  inline: InlineScan,
  lines: readonly LineInfo[],
  lineIndex: LineIndex,
  matcher: ConceptMatcher,
  conceptOfLink: (target: string) => Concept | undefined,
  shape: NoteShape,
): ConceptMention[] {
  const linked: ConceptMention[] = [];
  const links = noOutsideEvidence();
  let targetWords: TargetWord[] | undefined;
  for (const link of inline.wikilinks) {
    const concept = conceptOfLink(link.target);
    if (!concept) {
      const word = targetWord(text, link.from, link.to, matcher);
      if (word) (targetWords ??= []).push(word);
      continue;
    }
    const line = lineIndex.lineAt(link.from);
    linked.push({ conceptId: concept.id, start: link.from, end: link.to, line, inLink: true, linkable: false, inTable: lineAt(lines, line).table });
    links.starts.push(link.from);
    links.ends.push(link.to);
    links.masks.push(domainMask(concept.domains));
  }
  const found = recognize(matcher, text, targetWords ? withTargetWords(inline.prose, text, targetWords) : inline.prose, shape, [links, commandEvidence(text, inline.spans, matcher)]);
  let word = 0;
  const prose: ConceptMention[] = [];
  const linkable = inline.spans.linkableCursor();
  const barePipe = new BarePipeLines(inline.prose);
  const linkSpans = inline.linkSpans;
  let span = 0;
  let own = 0;
  found.forEach((mention, k) => {
    while (span < linkSpans.length && (linkSpans[span] as [number, number])[1] <= mention.start) span++;
    const inLink = span < linkSpans.length && (linkSpans[span] as [number, number])[0] <= mention.start && mention.end <= (linkSpans[span] as [number, number])[1];
    while (own < linked.length && (linked[own] as ConceptMention).end <= mention.start) own++;
    const holder = linked[own];
    if (holder && holder.start <= mention.start && mention.end <= holder.end && holder.conceptId === mention.conceptId) return; // the link is the mention
    if (targetWords) {
      while (word < targetWords.length && (targetWords[word] as TargetWord).wordTo <= mention.start) word++;
      const shown = targetWords[word];
      if (shown && shown.wordFrom === mention.start && shown.wordTo === mention.end) {
        // The link is the mention, as a link that names its concept is.
        mention.start = shown.from;
        mention.end = shown.to;
      }
    }
    const info = lineAt(lines, mention.line);
    const standsAlone = !gluedToWord(text, mention.start, mention.end) && !touchesNeighbour(found, k);
    // The recogniser made this object for the parse: it is completed, not copied.
    mention.inLink = inLink;
    mention.linkable = !inLink && linkable(mention.start, mention.end) && standsAlone && (info.table || !barePipe.has(info));
    mention.inTable = info.table;
    prose.push(mention);
  });
  return mergeByStart(linked, prose);
}

function lineAt(lines: readonly LineInfo[], line: number): LineInfo {
  return lines[line - 1] as LineInfo;
}

/** Two names written together (도커컨테이너): a link would cut the word in two. */
function touchesNeighbour(found: readonly FoundMention[], k: number): boolean {
  const mention = found[k] as FoundMention;
  return found[k - 1]?.end === mention.start || found[k + 1]?.start === mention.end;
}

/**
 * Whether the mention is part of a longer word or name. Before it: any letter or digit, or one
 * of `- . _ / \ @ # [ ! \` $`. After it: a letter or digit of any script but Hangul (Korean
 * endings stand outside the link: 도커는), one of `- _ / \ @ ] \` $`, or a `.` that runs on into
 * a letter or digit (`docker.com`, `Docker.md`, but not the full stop of 도커.).
 */
export function gluedToWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (isLetterOrDigit(text, start - 1) || (before < 128 && GLUE_BEFORE[before] === 1)) return true;
  if (end >= text.length) return false;
  const after = text.charCodeAt(end);
  if (after === 46 /* . */) return isLetterOrDigit(text, end + 1);
  if (after < 128 && GLUE_AFTER[after] === 1) return true;
  return !isHangul(after) && isLetterOrDigit(text, end);
}

const GLUE_BEFORE = asciiSet('-._/\\@#[!`$');
const GLUE_AFTER = asciiSet('-_/\\@]`$');

function asciiSet(characters: string): Uint8Array {
  const set = new Uint8Array(128);
  for (const c of characters) set[c.charCodeAt(0)] = 1;
  return set;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text[at] as string);
}

function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e) || (c >= 0x1100 && c <= 0x11ff);
}

/**
 * Whether a line's prose holds a `|` (outside code, links and escapes). Mentions come in text
 * order: the last line's answer is kept, so a line is read once however many mentions it holds.
 */
class BarePipeLines {
  private line: LineInfo | null = null;
  private answer = false;

  constructor(private readonly prose: string) {}

  has(line: LineInfo): boolean {
    if (line !== this.line) {
      this.line = line;
      let at = line.start;
      while (at < line.end && this.prose.charCodeAt(at) !== 124 /* | */) at++;
      this.answer = at < line.end;
    }
    return this.answer;
  }
}

function mergeByStart(a: ConceptMention[], b: ConceptMention[]): ConceptMention[] {
  if (a.length === 0) return b;
  const out: ConceptMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as ConceptMention).start <= (b[j] as ConceptMention).start)) out.push(a[i++] as ConceptMention);
    else out.push(b[j++] as ConceptMention);
  }
  return out;
}
