import { Notice, normalizePath, type App } from "obsidian";
import type { VaultIndex } from "../../engine/index/vault-index";
import { cardsFromIndex, type CardFilter, type ReviewCard } from "../../engine/review-cards/cards";
import { reviewSummary, type ReviewSummary } from "../../engine/review-cards/forecast";
import { reconcileCards } from "../../engine/review-cards/reconcile";
import { buildQueue, type ReviewQueue } from "../../engine/review-cards/review-queue";
import { clockAt, type ReviewClock } from "../../engine/review-cards/review-clock";
import { cardId, renameCardPaths, type ParsedReviewState, type ReviewGrade, type ReviewState } from "../../engine/review-cards/review-state";
import { ReviewScheduler, type GradePreview } from "../../engine/review-cards/scheduler";
import { normalizeName } from "../../engine/text/normalize-text";
import type { PluginData } from "../../engine/plugin-data/plugin-data";
import { t } from "../i18n/strings";

/** What the store needs from the plugin. */
export interface ReviewCardStoreHost {
  readonly app: App;
  /** The plugin's data: the schedule lives in `data.reviewCards`, saved with everything else. */
  readonly data: PluginData;
  /** Saves the plugin's data (at once: a grade must not wait). */
  save(): void;
  index(): VaultIndex;
  /** False while the index is being built: notes not read yet must not look deleted. */
  indexComplete(): boolean;
  /** Whether a note is in the vault, read by the index or not (an excluded folder): its cards are never taken as gone. */
  noteExists(path: string): boolean;
  /** Resolves once the index has taken every vault event so far. */
  indexSettled(): Promise<void>;
  /** The plugin's folder, where a schedule that could not be read is kept aside. */
  pluginDir(): string;
}

/**
 * The review schedule of the running plugin: the engine's cards, queue and grades over the state
 * in the plugin's data. It never writes a note. The state is kept in line with the vault here:
 * renames move cards at once, and `reconcileCards` finds edited questions again and keeps the
 * missing ones aside, once the index is complete and has caught up with every rename (and even
 * then it never takes a note that exists for a note that is gone).
 */
export class ReviewCardStore {
  /** The clock. Tests set it; the engine never reads one. */
  now: () => Date = () => new Date();
  private readonly listeners = new Set<() => void>();
  private cached: { index: VaultIndex; version: number; state: ReviewState; cards: ReviewCard[] } | undefined;
  /** Renames the store has taken and the index not yet: `[from, to]`, in order. */
  private readonly pendingRenames: Array<[string, string]> = [];

  constructor(private readonly host: ReviewCardStoreHost) {}

  get state(): ReviewState {
    return this.host.data.reviewCards;
  }

  clock(): ReviewClock {
    return clockAt(this.now());
  }

  /**
   * Keeps a stored schedule that could not be read in a file beside `data.json`, tells the
   * learner, and saves the reset one. `readPluginData` has already reset `data.reviewCards`.
   */
  async recover(parsed: ParsedReviewState): Promise<void> {
    if (!parsed.problem) return;
    const stamp = this.now().toISOString().replace(/[:.]/g, "-");
    const path = normalizePath(`${this.host.pluginDir()}/review-state.backup-${stamp}.json`);
    try {
      await this.host.app.vault.adapter.write(path, JSON.stringify(parsed.backup, null, 2));
    } catch (error) {
      // Without a copy, the stored value stays in data.json until the next grade replaces it.
      new Notice(t("reviewBackupFailed", { error: error instanceof Error ? error.message : String(error) }));
      return;
    }
    new Notice(t(parsed.problem === "unknown-version" ? "reviewStateNewer" : "reviewStateReset", { path }));
    this.host.save();
  }

  /** The cards of the vault now, the schedule brought in line with them when that is safe. */
  cards(): ReviewCard[] {
    const index = this.host.index();
    const cached = this.cached;
    if (cached && cached.index === index && cached.version === index.version && cached.state === this.state) return cached.cards;
    const cards = cardsFromIndex(index);
    if (this.host.indexComplete() && this.pendingRenames.length === 0) {
      const reconciled = reconcileCards(this.state, cards, { indexed: new Set(index.paths()), exists: (path) => this.host.noteExists(path) }, this.now());
      if (reconciled.changed) {
        this.host.data.reviewCards = reconciled.state;
        this.host.save();
      }
    }
    this.cached = { index, version: index.version, state: this.state, cards };
    return cards;
  }

  queue(filter?: CardFilter): ReviewQueue {
    const cards = this.cards();
    return buildQueue(cards, this.state, this.clock(), { newCardsPerDay: this.host.data.settings.newCardsPerDay, ...(filter ? { filter } : {}) });
  }

  summary(filter?: CardFilter): ReviewSummary {
    const cards = this.cards();
    return reviewSummary(cards, this.state, this.clock(), { newCardsPerDay: this.host.data.settings.newCardsPerDay, ...(filter ? { filter } : {}) });
  }

  preview(card: ReviewCard): Record<ReviewGrade, GradePreview> {
    const found = this.withRecord(card);
    return this.scheduler().preview(found.state, found.card, this.now());
  }

  grade(card: ReviewCard, grade: ReviewGrade): void {
    const found = this.withRecord(card);
    this.host.data.reviewCards = this.scheduler().grade(found.state, found.card, grade, this.now());
    this.changed();
  }

  /** Vault `rename` of a note or a folder: its cards move with it. */
  renamed(from: string, to: string): void {
    const move: [string, string] = [normalizeName(from), normalizeName(to)];
    const next = renameCardPaths(this.state, move[0], move[1]);
    // Until the index has taken the rename too, the two disagree on where the cards are.
    this.pendingRenames.push(move);
    void this.host.indexSettled().finally(() => {
      this.pendingRenames.splice(this.pendingRenames.indexOf(move), 1);
      this.cached = undefined;
    });
    if (next === this.state) return;
    this.host.data.reviewCards = next;
    this.changed();
  }

  /** Another device's schedule was merged into the data (by the data file): views redraw. */
  merged(): void {
    this.cached = undefined;
    this.notify();
  }

  /** Called after every change of the schedule; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A card as it is to be graded, with the state that holds its record. A card shown before a
   * rename reached the index is named after where its note is now; and a card without a record
   * finds it among the records of its own note (its question edited since the last
   * reconciliation), even while the index is being built: the card's note was read, so what
   * pairs with it is known. A grade never starts a card's history over beside the old one.
   */
  private withRecord(shown: ReviewCard): { card: ReviewCard; state: ReviewState } {
    let card = shown;
    for (const [from, to] of this.pendingRenames) {
      if (card.path !== from && !card.path.startsWith(from + "/")) continue;
      const path = to + card.path.slice(from.length);
      card = { ...card, path, id: cardId(path, card.key) };
    }
    if (card.id in this.state.cards || card.id in this.state.orphans) return { card, state: this.state };
    const noteCards = this.cards().filter((c) => c.path === shown.path).map((c) => (c.id === shown.id ? card : { ...c, path: card.path, id: cardId(card.path, c.key) }));
    const local = reconcileCards(this.state, noteCards, { indexed: new Set([card.path]), exists: () => true }, this.now());
    return { card, state: local.state };
  }

  private scheduler(): ReviewScheduler {
    const { desiredRetention, maximumIntervalDays } = this.host.data.settings;
    return new ReviewScheduler({ desiredRetention, maximumIntervalDays });
  }

  private changed(): void {
    this.host.save();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
