import { Component, ItemView, MarkdownRenderer, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { answerMarkdown, matchesFilter, type CardFilter } from "../../engine/review-cards/cards";
import type { DueCard, ReviewQueue } from "../../engine/review-cards/review-queue";
import type { ReviewGrade } from "../../engine/review-cards/review-state";
import { t, type StringKey } from "../i18n/strings";
import { formatInterval } from "./format-interval";
import { renderFilterMenu } from "./review-filter-menu";
import type { ReviewCardStore } from "./review-card-store";

export const REVIEW_VIEW_TYPE = "linked-devops-notes-review";

/** What the view needs from the plugin. */
export interface ReviewViewHost {
  store: ReviewCardStore;
  conceptName(conceptId: string): string;
  /** Subscribes to index changes; returns the unsubscribe function. */
  onIndexChange(listener: () => void): () => void;
  readNote(path: string): Promise<string | undefined>;
  openNote(path: string, line: number): void;
}

const GRADES: ReadonlyArray<[ReviewGrade, StringKey]> = [[1, "gradeAgain"], [2, "gradeHard"], [3, "gradeGood"], [4, "gradeEasy"]];
const REFRESH_DEBOUNCE_MS = 300;

/**
 * A review session over the vault's answered questions: the question, then its answer on
 * Space or "Show answer", then a grade by click or by the keys 1–4, each button showing when the
 * card would come back. Keys are plain DOM events on the view, so anything that can dispatch a
 * keydown can drive it. The filter (a concept or a tag) is the view's saved state.
 */
export class ReviewView extends ItemView {
  private filterValue = "";
  private queue: ReviewQueue | undefined;
  private current: DueCard | undefined;
  private answerShown = false;
  /** Cards graded in this session, for "n of m". */
  private reviewed = 0;
  private renderToken = 0;
  private cardComponent: Component | undefined;
  private unsubscribe: (() => void) | undefined;
  private refreshTimer: number | undefined;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: ReviewViewHost,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return REVIEW_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return t("reviewQuestions");
  }

  override getIcon(): string {
    return "layers";
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass("ldn-review");
    this.contentEl.setAttr("tabindex", 0);
    this.registerDomEvent(this.contentEl, "keydown", (event) => this.onKey(event));
    this.unsubscribe = this.host.onIndexChange(() => this.scheduleRefresh());
    await this.next();
  }

  override async onClose(): Promise<void> {
    this.unsubscribe?.();
    window.clearTimeout(this.refreshTimer);
    this.cardComponent?.unload();
  }

  override getState(): Record<string, unknown> {
    return this.filterValue ? { filter: this.filterValue } : {};
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const filter = (state as { filter?: unknown } | null)?.filter;
    await this.setFilter(typeof filter === "string" ? filter : "");
    await super.setState(state, result);
  }

  /** `concept:<id>`, `tag:<tag>`, or empty for every question; starts the session over. */
  async setFilter(value: string): Promise<void> {
    this.filterValue = value;
    this.reviewed = 0;
    await this.next();
  }

  /** Space shows the answer; 1–4 grade it. */
  showAnswer(): Promise<void> {
    if (!this.current || this.answerShown) return Promise.resolve();
    this.answerShown = true;
    return this.render();
  }

  grade(grade: ReviewGrade): Promise<void> {
    if (!this.current || !this.answerShown) return Promise.resolve();
    this.host.store.grade(this.current.card, grade);
    this.reviewed++;
    return this.next();
  }

  private filter(): CardFilter | undefined {
    const [kind, ...rest] = this.filterValue.split(":");
    const value = rest.join(":");
    if (value === "") return undefined;
    if (kind === "concept") return { concept: value };
    if (kind === "tag") return { tag: value };
    return undefined;
  }

  private next(): Promise<void> {
    this.queue = this.host.store.queue(this.filter());
    this.current = this.queue.now[0];
    this.answerShown = false;
    return this.render();
  }

  /**
   * Keys reach the view only while it has focus. It takes focus back after redrawing, but never
   * from elsewhere: a redraw after an edit must not pull the cursor out of the note being typed in.
   */
  private keepFocus(): void {
    const active = document.activeElement;
    if (!active || active === document.body || this.containerEl.contains(active)) this.contentEl.focus();
  }

  /** After index changes: a card whose question is gone is skipped, and an empty session picks up new cards. */
  private scheduleRefresh(): void {
    window.clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(() => {
      const ids = new Set(this.host.store.cards().map((card) => card.id));
      if (!this.current || !ids.has(this.current.card.id)) void this.next();
    }, REFRESH_DEBOUNCE_MS);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    if (event.key === " " || event.code === "Space") {
      if (this.current && !this.answerShown) {
        event.preventDefault();
        void this.showAnswer();
      }
      return;
    }
    const grade = Number(event.key);
    if (this.answerShown && (grade === 1 || grade === 2 || grade === 3 || grade === 4)) {
      event.preventDefault();
      void this.grade(grade);
    }
  }

  private async render(): Promise<void> {
    const token = ++this.renderToken;
    this.cardComponent?.unload();
    const component = new Component();
    component.load();
    this.cardComponent = component;
    const root = this.contentEl;
    root.empty();
    this.renderHeader(root);
    const queue = this.queue as ReviewQueue;
    const current = this.current;
    const total = this.reviewed + queue.now.length;
    root.createDiv({ cls: "ldn-review-progress", text: t("reviewProgress", { n: current ? this.reviewed + 1 : this.reviewed, m: total, due: queue.today.length }) });
    if (!current) {
      this.renderDone(root, queue);
      this.keepFocus();
      return;
    }
    const { card } = current;
    const cardEl = root.createDiv({ cls: "ldn-review-card", attr: { "data-card": card.id } });
    const source = cardEl.createDiv({ cls: "ldn-review-source" });
    source.createSpan({ cls: "ldn-review-note", text: `${card.title} · ${t("line", { line: card.line })}` });
    const open = source.createEl("button", { cls: "ldn-review-open-note", text: t("reviewOpenNote") });
    open.addEventListener("click", () => this.host.openNote(card.path, card.line));
    const questionEl = cardEl.createDiv({ cls: "ldn-review-question markdown-rendered" });
    const answerEl = cardEl.createDiv({ cls: "ldn-review-answer markdown-rendered" });
    const actions = cardEl.createDiv({ cls: "ldn-review-actions" });
    if (this.answerShown) this.renderGrades(actions, current);
    else {
      const show = actions.createEl("button", { cls: "mod-cta ldn-review-show-answer" });
      show.createSpan({ text: t("reviewShowAnswer") });
      show.createEl("kbd", { text: t("keySpace") });
      show.addEventListener("click", () => void this.showAnswer());
    }
    this.keepFocus();
    await MarkdownRenderer.render(this.app, card.question, questionEl, card.path, component);
    if (!this.answerShown) return;
    const text = await this.host.readNote(card.path);
    if (token !== this.renderToken || text === undefined) return;
    await MarkdownRenderer.render(this.app, answerMarkdown(text, card.answerLines), answerEl, card.path, component);
  }

  private renderGrades(parent: HTMLElement, current: DueCard): void {
    const preview = this.host.store.preview(current.card);
    for (const [grade, label] of GRADES) {
      const button = parent.createEl("button", { cls: `ldn-review-grade is-grade-${grade}`, attr: { "data-grade": grade } });
      button.createSpan({ cls: "ldn-review-grade-label", text: t(label) });
      button.createSpan({ cls: "ldn-review-grade-interval", text: formatInterval(preview[grade].intervalMs) });
      button.createEl("kbd", { text: String(grade) });
      button.addEventListener("click", () => void this.grade(grade));
    }
  }

  private renderDone(root: HTMLElement, queue: ReviewQueue): void {
    const done = root.createDiv({ cls: "ldn-review-done" });
    const filter = this.filter();
    if (!this.host.store.cards().some((card) => matchesFilter(card, filter))) {
      done.createEl("p", { text: t("reviewNoCards") });
      return;
    }
    done.createEl("p", { text: t("reviewNothingDue") });
    const later = queue.today.length - queue.now.length;
    if (later > 0) done.createEl("p", { cls: "ldn-review-later", text: t("reviewLaterToday", { count: later }) });
  }

  private renderHeader(root: HTMLElement): void {
    const header = root.createDiv({ cls: "ldn-review-header" });
    header.createEl("h2", { text: t("reviewQuestions") });
    renderFilterMenu(header, this.host.store.cards(), (id) => this.host.conceptName(id), this.filterValue, (value) => {
      void this.setFilter(value);
      this.app.workspace.requestSaveLayout();
    });
  }
}
