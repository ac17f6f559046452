import type { App } from "obsidian";
import type { VaultIndex } from "../../engine/index/vault-index";
import type { SearchResult } from "../../engine/search/search-result";
import { SearchKeyBuilder } from "../../engine/search/search-keys";
import { TermSearch } from "../../engine/search/term-search";
import { openNoteAtLine } from "../ui/open-note";
import { TermSearchModal } from "./term-search-modal";

/** How long the index must stay still before the search is rebuilt, and how long each warming slice may hold the main thread. */
const REBUILD_DELAY_MS = 1000;
const SLICE_MS = 8;

/**
 * "Search DevOps terms": the engine's term search over the current index; a concept opens in the
 * dashboard, a note opens, a heading or a question opens at its line.
 *
 * The search is rebuilt a moment after the index stops changing, and its keys are made in slices
 * of a few milliseconds between frames (`TermSearch.prepare`), so that the modal opens on a warm
 * search and no keystroke waits for them. The word cache is kept across rebuilds.
 */
export class TermSearchFeature {
  private search: { index: VaultIndex; search: TermSearch } | undefined;
  private readonly keys = new SearchKeyBuilder();
  private warmTimer: number | undefined;

  constructor(
    private readonly app: App,
    private readonly index: () => VaultIndex,
    private readonly openConcept: (conceptId: string) => Promise<unknown>,
  ) {}

  open(): void {
    new TermSearchModal(this.app, this.termSearch(), (choice) => void this.follow(choice)).open();
  }

  /** Keeps the search warm as the index changes; returns the function that stops it. */
  warmOn(onIndexChange: (listener: () => void) => () => void): () => void {
    const unsubscribe = onIndexChange(() => this.scheduleWarm(REBUILD_DELAY_MS));
    this.scheduleWarm(REBUILD_DELAY_MS);
    return () => {
      unsubscribe();
      window.clearTimeout(this.warmTimer);
    };
  }

  private scheduleWarm(delay: number): void {
    window.clearTimeout(this.warmTimer);
    this.warmTimer = window.setTimeout(() => this.warmSlice(), delay);
  }

  private warmSlice(): void {
    const search = this.termSearch();
    const start = performance.now();
    if (!search.prepare(() => performance.now() - start > SLICE_MS)) this.scheduleWarm(0);
  }

  private async follow(choice: SearchResult): Promise<void> {
    if (choice.kind === "concept") await this.openConcept(choice.conceptId);
    else await openNoteAtLine(this.app, choice.path, choice.kind === "note" ? undefined : choice.line);
  }

  private termSearch(): TermSearch {
    const index = this.index();
    if (!this.search || this.search.index !== index || this.search.search.version !== index.version) {
      this.search = { index, search: TermSearch.fromIndex(index, { keys: this.keys }) };
    }
    return this.search.search;
  }
}
