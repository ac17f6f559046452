import { SuggestModal, type App } from "obsidian";
import type { SearchResult } from "../../engine/search/search-result";
import type { TermSearch } from "../../engine/search/term-search";
import { t } from "../i18n/strings";
import { renderSearchResult } from "../ui/search-result-view";

/**
 * "Search DevOps terms": concepts, notes, headings and questions in one list, ranked by the
 * engine's term search (Korean initial consonants, English-layout typing, IME half-typed
 * syllables and the other language included). Each note shows its folder, so two notes of one
 * title (`README`, a TIL date) can be told apart.
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
    renderSearchResult(result, el);
  }

  override onChooseSuggestion(result: SearchResult): void {
    this.onPick(result);
  }
}
