import { TFile, type Plugin } from "obsidian";
import type { CardFilter } from "../../engine/review-cards/cards";
import type { ReviewSummary } from "../../engine/review-cards/forecast";
import type { ParsedReviewState } from "../../engine/review-cards/review-state";
import type { PluginData } from "../../engine/plugin-data/plugin-data";
import type { LiveIndex } from "../host/live-index";
import { conceptLabelOf } from "../ui/concept-label";
import { openNoteAtLine } from "../ui/open-note";
import { ReviewCardStore } from "./review-card-store";
import { REVIEW_VIEW_TYPE, ReviewView } from "./review-view";

export interface ReviewCardsHost {
  data(): PluginData;
  live(): LiveIndex;
  save(): void;
}

/**
 * The review cards' wiring into the plugin: the store, the view, and the index's progress (the
 * schedule is only reconciled against a complete index). The plugin passes the vault's renames
 * to `store.renamed`.
 */
export class ReviewCardsFeature {
  readonly store: ReviewCardStore;

  constructor(
    private readonly plugin: Plugin,
    private readonly host: ReviewCardsHost,
  ) {
    const app = plugin.app;
    this.store = new ReviewCardStore({
      app,
      get data() {
        return host.data();
      },
      save: () => host.save(),
      index: () => host.live().index,
      indexComplete: () => host.live().complete,
      noteExists: (path) => app.vault.getAbstractFileByPath(path) instanceof TFile,
      // A microtask first, so that a rename the index takes from the same vault event is queued
      // before we wait, whichever of the two is told first.
      indexSettled: () => Promise.resolve().then(() => host.live().settled()),
      pluginDir: () => plugin.manifest.dir ?? `${app.vault.configDir}/plugins/${plugin.manifest.id}`,
    });
  }

  /** Registers the view and the events; `stored` is how the stored schedule read. */
  async load(stored: ParsedReviewState): Promise<void> {
    const { plugin, host } = this;
    const app = plugin.app;
    plugin.registerView(REVIEW_VIEW_TYPE, (leaf) => new ReviewView(leaf, {
      store: this.store,
      conceptName: (id) => conceptLabelOf(host.live().index.concepts.get(id), id),
      onIndexChange: (listener) => host.live().onChange(listener),
      readNote: async (path) => {
        const file = app.vault.getAbstractFileByPath(path);
        return file instanceof TFile ? app.vault.cachedRead(file) : undefined;
      },
      openNote: (path, line) => void openNoteAtLine(app, path, line),
    }));
    // Once the index is whole, the schedule catches up with what changed while the plugin was not running.
    plugin.register(
      host.live().onProgress((progress) => {
        if (progress.finished) this.store.cards();
      }),
    );
    await this.store.recover(stored);
  }

  /** Opens the review view (or brings it forward), narrowed to a filter when one is given. */
  async open(filter?: CardFilter): Promise<ReviewView | undefined> {
    const workspace = this.plugin.app.workspace;
    const value = filter?.concept ? `concept:${filter.concept}` : filter?.tag ? `tag:${filter.tag}` : undefined;
    let leaf = workspace.getLeavesOfType(REVIEW_VIEW_TYPE)[0];
    if (!leaf) {
      leaf = workspace.getLeaf(true);
      await leaf.setViewState({ type: REVIEW_VIEW_TYPE, active: true, state: value ? { filter: value } : {} });
    } else if (value !== undefined && leaf.view instanceof ReviewView) {
      await leaf.view.setFilter(value);
    }
    await workspace.revealLeaf(leaf);
    return leaf.view instanceof ReviewView ? leaf.view : undefined;
  }

  /** What the dashboard shows of the cards, and how it starts a session. */
  forDashboard(): { summary(tag?: string): ReviewSummary; start(tag?: string): void; onChange(listener: () => void): () => void } {
    return {
      summary: (tag) => this.store.summary(tag ? { tag } : undefined),
      start: (tag) => void this.open(tag ? { tag } : undefined),
      onChange: (listener) => this.store.onChange(listener),
    };
  }
}
