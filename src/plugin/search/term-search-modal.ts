import { SuggestModal, type App } from "obsidian";
import type { SearchResult } from "../../engine/search/search-result";
import type { TermSearch } from "../../engine/search/term-search";
import { t, type StringKey } from "../i18n/strings";
import { statusWord } from "../ui/status-words";

const KIND_KEY: Record<SearchResult["kind"], StringKey> = { concept: "kindConcept", note: "kindNote", question: "kindQuestion" };

/**
 * "Search DevOps terms": concepts, notes and questions in one list, ranked by the engine's term
 * search (Korean initial consonants, English-layout typing and IME half-typed syllables
 * included). The search keys are built before the modal opens (and kept while the index does
 * not change), never per keystroke.
 */
export class TermSearchModal extends SuggestModal<SearchResult> {
  constructor(
    app: App,
    private readonly search: TermSearch,
    private readonly onPick: (result: SearchResult) => void,
  ) {
    super(app);
    this.limit = 30;
    this.setPlaceholder(t("searchPlaceholder"));
    this.modalEl.addClass("ldn-term-search");
  }

  override getSuggestions(query: string): SearchResult[] {
    return this.search.search(query, this.limit);
  }

  override renderSuggestion(result: SearchResult, el: HTMLElement): void {
    el.addClass("ldn-suggestion", `is-${result.kind}`);
    const top = el.createDiv({ cls: "ldn-suggestion-top" });
    top.createSpan({ cls: `ldn-kind is-${result.kind}`, text: t(KIND_KEY[result.kind]) });
    top.createSpan({ cls: "ldn-suggestion-title", text: result.title });
    if (result.matched && result.matched !== result.title) top.createSpan({ cls: "ldn-suggestion-matched", text: result.matched });
    const meta = el.createDiv({ cls: "ldn-suggestion-meta" });
    if (result.kind === "concept") {
      meta.setText(t("countsConcept", { mentions: result.mentions, notes: result.notes }));
      if (result.aliases.length > 0) meta.createSpan({ cls: "ldn-suggestion-aliases", text: " · " + result.aliases.slice(0, 5).join(", ") });
    } else if (result.kind === "note") {
      meta.setText(t("countsNote", { open: result.questions.open, questions: result.questions.total }));
      if (result.aliases.length > 0) meta.createSpan({ cls: "ldn-suggestion-aliases", text: " · " + result.aliases.join(", ") });
    } else {
      meta.createSpan({ cls: `ldn-badge is-${result.status}`, text: statusWord(result.status) });
      meta.createSpan({ text: ` ${result.noteTitle} · ${t("line", { line: result.line })}` });
    }
  }

  override onChooseSuggestion(result: SearchResult): void {
    this.onPick(result);
  }
}
