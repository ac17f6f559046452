import type { SearchResult } from "../../engine/search/search-result";
import { t, type StringKey } from "../i18n/strings";
import { conceptLabel } from "./concept-label";
import { statusWord } from "./status-words";

const KIND_KEY: Record<SearchResult["kind"], StringKey> = { concept: "kindConcept", note: "kindNote", heading: "kindHeading", question: "kindQuestion" };

/** One result as the term search and the concept picker show it. */
export function renderSearchResult(result: SearchResult, el: HTMLElement): void {
  el.addClass("ldn-suggestion", `is-${result.kind}`);
  if (result.translated) el.addClass("is-translated");
  const top = el.createDiv({ cls: "ldn-suggestion-top" });
  top.createSpan({ cls: `ldn-kind is-${result.kind}`, text: t(KIND_KEY[result.kind]) });
  const title = result.kind === "concept" ? conceptLabel(result.title, result.koName) : result.title;
  top.createSpan({ cls: "ldn-suggestion-title", text: title });
  if (result.matched && result.matched !== result.title && !title.includes(result.matched)) {
    top.createSpan({ cls: "ldn-suggestion-matched", text: result.translated ? t("searchTranslated", { form: result.matched }) : result.matched });
  }
  const meta = el.createDiv({ cls: "ldn-suggestion-meta" });
  if (result.kind === "concept") {
    meta.setText(t("countsConcept", { mentions: result.mentions, notes: result.notes }));
    const aliases = result.aliases.filter((alias) => alias !== result.koName || !title.includes(alias));
    if (aliases.length > 0) meta.createSpan({ cls: "ldn-suggestion-aliases", text: " · " + aliases.slice(0, 5).join(", ") });
    return;
  }
  // The parts of the line are spans of their own (a test or a theme may pick one out), so the
  // separator between them is text: without it a note's folder ran into its counts.
  const parts: Array<{ text: string; cls?: string }> = [];
  if (result.folder !== "") parts.push({ text: result.folder, cls: "ldn-suggestion-folder" });
  if (result.kind === "note") {
    parts.push({ text: t("countsNote", { open: result.questions.open, questions: result.questions.total }) });
    if (result.aliases.length > 0) parts.push({ text: result.aliases.join(", "), cls: "ldn-suggestion-aliases" });
  } else {
    if (result.kind === "question") {
      meta.createSpan({ cls: `ldn-badge is-${result.status}`, text: statusWord(result.status) });
      meta.appendText(" ");
    }
    parts.push({ text: `${result.noteTitle} · ${t("line", { line: result.line })}` });
  }
  parts.forEach((part, index) => {
    if (index > 0) meta.appendText(" · ");
    meta.createSpan({ ...(part.cls ? { cls: part.cls } : {}), text: part.text });
  });
}
