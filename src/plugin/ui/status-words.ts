import type { QuestionStatus } from "../../engine/parse/note-types";
import { t, type StringKey } from "../i18n/strings";

/** How a question's status reads in the UI's language: the word on every badge, and the longer label of a badge's tooltip. */
const WORD: Record<QuestionStatus, StringKey> = { open: "statusOpen", unsure: "statusUnsure", answered: "statusAnswered" };
const LABEL: Record<QuestionStatus, StringKey> = { open: "badgeOpen", unsure: "badgeUnsure", answered: "badgeAnswered" };

/** The short word a badge shows (`open`, `열림`). */
export function statusWord(status: QuestionStatus): string {
  return t(WORD[status]);
}

/** The label that opens a badge's tooltip. */
export function statusLabel(status: QuestionStatus): string {
  return t(LABEL[status]);
}
