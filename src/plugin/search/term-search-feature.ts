import type { App } from "obsidian";
import type { VaultIndex } from "../../engine/index/vault-index";
import type { SearchResult } from "../../engine/search/search-result";
import { TermSearch } from "../../engine/search/term-search";
import { openNoteAtLine } from "../ui/open-note";
import { TermSearchModal } from "./term-search-modal";

/**
 * "Search DevOps terms": the engine's term search over the current index, built when the modal
 * opens and kept while the index does not change; a concept opens in the dashboard, a note opens,
 * a question opens at its line.
 */
export class TermSearchFeature {
  private search: { index: VaultIndex; search: TermSearch } | undefined;

  constructor(
    private readonly app: App,
    private readonly index: () => VaultIndex,
    private readonly openConcept: (conceptId: string) => Promise<unknown>,
  ) {}

  open(): void {
    new TermSearchModal(this.app, this.termSearch(), (choice) => void this.follow(choice)).open();
  }

  private async follow(choice: SearchResult): Promise<void> {
    if (choice.kind === "concept") await this.openConcept(choice.conceptId);
    else await openNoteAtLine(this.app, choice.path, choice.kind === "question" ? choice.line : undefined);
  }

  private termSearch(): TermSearch {
    const index = this.index();
    if (!this.search || this.search.index !== index || this.search.search.version !== index.version) {
      this.search = { index, search: TermSearch.fromIndex(index) };
    }
    return this.search.search;
  }
}
