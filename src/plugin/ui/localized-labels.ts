import type { MarkdownLabels } from "../../engine/dashboard/render-markdown";
import type { QueueReason } from "../../engine/dashboard/queue-reasons";
import type { ConceptNoteLabels } from "../../engine/linking/concept-note-template";
import { t, type StringKey } from "../i18n/strings";
import { conceptLabel } from "./concept-label";
import { relationWord } from "./relation-words";
import { statusWord } from "./status-words";

/**
 * The words of what the plugin writes into the vault (the exported dashboard, a new concept's
 * note), in the UI's language: the engine renders them, the plugin hands it the words.
 */

const EXPORT_REASONS: Record<QueueReason, StringKey> = {
  open: "exportReasonOpen",
  unsure: "exportReasonUnsure",
  "empty-fields": "exportReasonEmptyFields",
  "missing-links": "exportReasonMissingLinks",
};

export function markdownLabels(): MarkdownLabels {
  return {
    title: t("exportTitle"),
    writtenBy: (date, tag) => t("exportWrittenBy", { on: date ? t("exportWrittenOn", { date }) : "", scope: tag ? t("exportScope", { tag }) : "" }),
    totals: t("exportTotals"),
    totalsHeader: [t("totalsNotes"), t("totalsConcepts"), t("totalsMentions"), t("totalsQuestions"), t("totalsOpen"), t("totalsUnsure"), t("totalsAnswered"), t("totalsUnresolved"), t("emptyFields")],
    openQuestions: t("openQuestions"),
    noOpenQuestions: t("exportNoOpenQuestions"),
    status: { open: `❓ ${statusWord("open")}`, unsure: `🤔 ${statusWord("unsure")}`, answered: `✅ ${statusWord("answered")}` },
    line: (line) => t("line", { line }),
    concepts: t("concepts"),
    conceptsHeader: [t("concept"), t("mentions"), t("notes"), t("linked"), t("unlinked"), t("related")],
    moreConcepts: (count) => t("exportMoreConcepts", { count }),
    reviewQueue: t("setAsideQueue"),
    onlyReasons: (reasons) => t("exportOnlyReasons", { reasons: reasons.map((reason) => t(EXPORT_REASONS[reason])).join(t("exportOr")) }),
    queueEmpty: t("queueEmpty"),
    queueHeader: [t("exportNote"), t("totalsOpen"), t("totalsUnsure"), t("emptyFields"), t("unresolvedLinks")],
    tags: t("exportTags"),
    conceptName: (concept) => conceptLabel(concept.name, concept.koName),
  };
}

export function conceptNoteLabels(): ConceptNoteLabels {
  return {
    related: t("templateRelated"),
    definition: t("templateDefinition"),
    questions: t("templateQuestions"),
    relation: (kind, direction) => relationWord(kind, direction),
    conceptName: (concept) => conceptLabel(concept.name, concept.ko[0]),
  };
}
