import type { ParsedNote, Question, QuestionStatus } from "../../engine/parse/note-types";
import { hintedMentions } from "../../engine/linking/hinted-mentions";
import { StoredLines } from "../../engine/linking/stored-lines";
import { normalizeNoteText } from "../../engine/text/normalize-text";
import { t } from "../i18n/strings";
import { statusLabel } from "../ui/status-words";

/**
 * What the editor draws for one parse, as plain data: a badge at the end of each question line,
 * and an underline on each unlinked concept mention. No CodeMirror here, so the rules can be read
 * (and tested) apart from the editor; `question-decorations.ts` turns these into decorations.
 *
 * The parse may be of a piece of the document (one section): `at` says where the piece starts,
 * so lines and offsets come out in the document's terms.
 */

export interface BadgeSpec {
  /** 1-based line of the question in the document. */
  line: number;
  status: QuestionStatus;
  /** Status, first line of the answer, concepts: one item a line. */
  tooltip: string;
  /** The question as parsed, and the heading above it: what its answers are looked for by. */
  text: string;
  heading?: string;
}

export interface HintSpec {
  /** Offsets of the mention (the name as written, particles excluded) in the document. */
  from: number;
  to: number;
  conceptId: string;
}

export interface PieceAt {
  /** Number of document lines before the piece. */
  lineOffset: number;
  /** Document offset of the piece's first character. */
  offset: number;
}

const WHOLE: PieceAt = { lineOffset: 0, offset: 0 };
const TOOLTIP_ANSWER_CHARS = 120;


/** A concept's name, for the tooltip: questions carry their concepts' ids. */
export type ConceptName = (conceptId: string) => string;

export function badgeSpecs(parsed: ParsedNote, conceptName: ConceptName, at: PieceAt = WHOLE): BadgeSpec[] {
  return parsed.questions.map((q) => ({ line: q.line + at.lineOffset, status: q.status, tooltip: badgeTooltip(q, conceptName), text: q.text, ...(q.heading !== undefined ? { heading: q.heading } : {}) }));
}

export function badgeTooltip(question: Pick<Question, "status" | "answer" | "concepts">, conceptName: ConceptName): string {
  const lines = [statusLabel(question.status)];
  const firstLine = question.answer.split("\n")[0]?.trim() ?? "";
  if (firstLine !== "") {
    const answer = firstLine.length > TOOLTIP_ANSWER_CHARS ? firstLine.slice(0, TOOLTIP_ANSWER_CHARS - 1) + "…" : firstLine;
    lines.push(t("badgeAnswer", { answer }));
  }
  if (question.concepts.length > 0) lines.push(t("badgeConcepts", { concepts: question.concepts.map(conceptName).join(", ") }));
  return lines.join("\n");
}

/**
 * The mentions the editor underlines (`hintedMentions`: ones the linker could link, the first of
 * each concept per section unless `every`), in document offsets. The engine's offsets are in the
 * normalised text (NFC, no BOM); where a line of `text` is not already normalised (macOS NFD), its
 * mentions are skipped rather than drawn at shifted positions, as the linking command skips such lines.
 */
export function hintSpecs(parsed: ParsedNote, text: string, at: PieceAt = WHOLE, wanted: (conceptId: string) => boolean = () => true, every = false): HintSpec[] {
  const shown = hintedMentions(parsed, { every, wanted });
  if (shown.length === 0) return [];
  const normalized = normalizeNoteText(text);
  if (normalized === text) return shown.map((m) => ({ from: m.start + at.offset, to: m.end + at.offset, conceptId: m.conceptId }));
  const lines = new StoredLines(text, normalized);
  const out: HintSpec[] = [];
  for (const m of shown) {
    const from = lines.storedOffset(m.line, m.start);
    if (from === -1) continue;
    out.push({ from: from + at.offset, to: from + (m.end - m.start) + at.offset, conceptId: m.conceptId });
  }
  return out;
}
