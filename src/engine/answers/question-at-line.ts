import type { VaultIndex } from "../index/vault-index";
import type { Heading } from "../parse/note-types";
import { normalizeNoteText } from "../text/normalize-text";
import type { AnswerQuestion } from "./answer-query";

/**
 * The line of a note taken as a question, whether or not it is written as one: the question the
 * index found there, else the line's words (quote, list, task, heading and `Q.` markers, callout
 * types and emphasis taken off), with the heading above it. Null when the line is empty or not
 * in the note.
 */
export function questionAtLine(index: VaultIndex, path: string, noteText: string, line: number, markers: readonly string[] = ["Q.", "Q:"]): AnswerQuestion | null {
  const record = index.note(path);
  const found = record?.questions.find((q) => q.line === line);
  if (record && found) {
    const question: AnswerQuestion = { path: record.path, text: found.text, line };
    if (found.heading !== undefined) question.heading = found.heading;
    return question;
  }
  const raw = normalizeNoteText(noteText).split("\n")[line - 1];
  if (raw === undefined) return null;
  const text = wordsOfLine(raw, markers);
  if (text === "") return null;
  const question: AnswerQuestion = { path: record?.path ?? path, text, line };
  let above: Heading | undefined;
  for (const heading of record?.headings ?? []) {
    if (heading.line >= line) break;
    above = heading;
  }
  if (above) question.heading = above.text;
  return question;
}

function wordsOfLine(raw: string, markers: readonly string[]): string {
  let text = raw
    .replace(/^[\s>]*/, "")
    .replace(/^#{1,6}\s+/, "")
    .replace(/^(?:[-*+]|\d{1,9}[.)])\s+(?:\[[^\]\n]\]\s+)?/, "")
    .replace(/^\[![\w-]+\][+-]?\s*/, "")
    .replace(/==|\*\*|__/g, "")
    .trim();
  for (const marker of markers) if (marker !== "" && text.startsWith(marker)) text = text.slice(marker.length).trim();
  return text;
}
