import { SuggestModal, type App } from "obsidian";
import type { Concept } from "../../engine/concepts/concept-set";
import type { VaultIndex } from "../../engine/index/vault-index";
import type { ConceptTarget, SearchResult } from "../../engine/search/search-result";
import { TermSearch } from "../../engine/search/term-search";
import { t } from "../i18n/strings";
import { renderSearchResult } from "../ui/search-result-view";

/**
 * Picks a concept with the term search's rules (Korean initials, the other layout, typos, the
 * other language), concepts only: with nothing typed, every concept, the most mentioned first.
 */
export class ConceptPickerModal extends SuggestModal<SearchResult> {
  private readonly search: TermSearch;

  constructor(
    app: App,
    private readonly index: VaultIndex,
    private readonly onPick: (concept: Concept) => void,
  ) {
    super(app);
    this.limit = 50;
    this.search = TermSearch.fromIndex(index);
    this.setPlaceholder(t("pickConcept"));
    this.modalEl.addClass("ldn-term-search", "ldn-concept-picker");
  }

  override getSuggestions(query: string): SearchResult[] {
    return this.search.search(query, this.limit, { kinds: ["concept"] });
  }

  override renderSuggestion(result: SearchResult, el: HTMLElement): void {
    renderSearchResult(result, el);
  }

  override onChooseSuggestion(result: SearchResult): void {
    const concept = this.index.concepts.get((result as ConceptTarget).conceptId);
    if (concept) this.onPick(concept);
  }
}
