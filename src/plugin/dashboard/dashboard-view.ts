import { ItemView, Notice, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { buildDashboard } from "../../engine/dashboard/build-dashboard";
import type { ConceptMap } from "../../engine/dashboard/concept-map";
import type { VaultIndex } from "../../engine/index/vault-index";
import type { ReviewSummary } from "../../engine/review-cards/forecast";
import { t } from "../i18n/strings";
import { AnswerFiller } from "./answer-filler";
import { openMapAsCanvas } from "./concept-canvas-file";
import { renderConceptMapSection } from "./concept-map-section";
import { ConceptPageView, type ConceptPageHost } from "./concept-page/concept-page-view";
import { renderConceptTable } from "./concept-table-section";
import { readDashboardState, withField, type DashboardState, type SectionId } from "./dashboard-state";
import { renderHeader, renderQuestions, renderTotals, type DashboardActions } from "./dashboard-sections";
import { renderQueue } from "./queue-section";
import { renderReviewCardsSection } from "./review-cards-section";
import { renderSectionFrame } from "./section-frame";
import { TagPickerModal } from "./tag-picker-modal";

export const DASHBOARD_VIEW_TYPE = "linked-devops-notes-dashboard";

/** What the dashboard shows of the review cards, and how it starts a session. */
export interface DashboardReviewCards {
  summary(tag?: string): ReviewSummary;
  start(tag?: string): void;
  /** Subscribes to changes of the schedule; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}

/** What the dashboard's queue needs of the set-aside marks. */
export interface DashboardSetAside {
  notesSetAside(): ReadonlySet<string>;
  setAside(path: string): void;
  onChange(listener: () => void): () => void;
}

/** What the view needs from the plugin. */
export interface DashboardHost {
  index(): VaultIndex;
  /** Subscribes to index changes; returns the unsubscribe function. */
  onIndexChange(listener: () => void): () => void;
  setAside: DashboardSetAside;
  openNote(path: string, line?: number): void;
  /** Creates (or opens) a concept's note; resolves once it is written. */
  createConceptNote(conceptId: string): unknown;
  /** Where "Open as canvas" writes the map. */
  canvasPath(): string;
  /** The review cards' numbers and forecast, when the plugin has them. */
  reviewCards?: DashboardReviewCards;
  /** What a concept's page needs: its notes' texts, linking, its note and mute settings. */
  conceptPage: ConceptPageHost;
}

/** How long the view waits for more index changes before it redraws. */
const REDRAW_DEBOUNCE_MS = 150;
/** The map's plane when the pane's width is not known yet (a view not on screen). */
const DEFAULT_MAP_WIDTH = 640;

/**
 * The review dashboard. Everything it shows is the engine's `DashboardModel` turned into DOM;
 * it redraws when the index changes, keeping its scroll position, the control that had focus,
 * and its state (`dashboard-state.ts`), which is also saved with the workspace layout.
 */
export class DashboardView extends ItemView {
  private state: DashboardState = {};
  private unsubscribe: (() => void) | undefined;
  private redrawTimer: number | undefined;
  private readonly conceptPage: ConceptPageView;
  /** How far "Show more" has grown the questions and the queue (not saved: a fresh view starts short). */
  private shownQuestionNotes = 0;
  private shownQueueEntries = 0;
  private readonly answers: AnswerFiller;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: DashboardHost,
  ) {
    super(leaf);
    this.conceptPage = new ConceptPageView(host.conceptPage);
    this.answers = new AnswerFiller(() => this.host.index(), (path, line) => this.host.openNote(path, line));
  }

  /** Resolves once the open concept page has read and drawn its notes' lines. */
  conceptPageSettled(): Promise<void> {
    return this.conceptPage.settled();
  }

  override getViewType(): string {
    return DASHBOARD_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return t("dashboardTitle");
  }

  override getIcon(): string {
    return "network";
  }

  override async onOpen(): Promise<void> {
    const fromIndex = this.host.onIndexChange(() => this.scheduleRedraw());
    const fromReviewCards = this.host.reviewCards?.onChange(() => this.scheduleRedraw());
    // A note set aside leaves the queue at once: the click that did it must show.
    const fromSetAside = this.host.setAside.onChange(() => this.redraw());
    this.unsubscribe = () => {
      fromIndex();
      fromReviewCards?.();
      fromSetAside();
    };
    this.redraw();
  }

  override async onClose(): Promise<void> {
    this.unsubscribe?.();
    this.answers.cancel();
    window.clearTimeout(this.redrawTimer);
  }

  override getState(): Record<string, unknown> {
    return { ...this.state };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    this.state = readDashboardState(state);
    this.redraw();
    await super.setState(state, result);
  }

  /** Opens the panel of a concept (from the term search, or a click in the view). */
  showConcept(conceptId: string | undefined): void {
    this.update(withField(this.state, "concept", conceptId), conceptId !== undefined);
  }

  /** Changes the state, saves it with the layout, and redraws unless the caller draws itself. */
  private update(next: DashboardState, scrollToPanel = false, redraw = true): void {
    this.state = next;
    if (redraw) this.redraw(scrollToPanel);
    this.app.workspace.requestSaveLayout();
  }

  private toggleSection(id: SectionId): void {
    const collapsed = new Set(this.state.collapsed ?? []);
    if (collapsed.has(id)) collapsed.delete(id);
    else collapsed.add(id);
    this.update(withField(this.state, "collapsed", [...collapsed]));
  }

  private scheduleRedraw(): void {
    window.clearTimeout(this.redrawTimer);
    this.redrawTimer = window.setTimeout(() => this.redraw(), REDRAW_DEBOUNCE_MS);
  }

  private redraw(scrollToPanel = false): void {
    const root = this.contentEl;
    const scrollTop = root.scrollTop;
    const focused = focusOf(root);
    this.answers.cancel();
    root.empty();
    root.addClass("ldn-dashboard");
    const index = this.host.index();
    const { tag } = this.state;
    const model = buildDashboard(index, { ...(tag ? { tag } : {}), setAside: this.host.setAside.notesSetAside() });
    const scope = tag ? new Set(index.notesTagged(tag)) : undefined;
    const actions: DashboardActions = {
      openNote: (path, line) => this.host.openNote(path, line),
      pickConcept: (id) => this.showConcept(id),
      setAside: (path) => this.host.setAside.setAside(path),
      pickTag: () => new TagPickerModal(this.app, model.tags.map((entry) => ({ tag: entry.tag, notes: entry.notes.length })), model.totals.notes, (next) => actions.setTag(next)).open(),
      setTag: (next) => {
        this.shownQuestionNotes = 0;
        this.shownQueueEntries = 0;
        this.update(withField(withField(this.state, "tag", next), "conceptPage", undefined));
      },
      findAnswers: (el, question) => this.answers.request(el, question),
      createConceptNotes: (ids) => void this.createConceptNotes(ids),
    };
    const collapsed = new Set(this.state.collapsed ?? []);
    const frame = (id: SectionId, title: string): HTMLElement | undefined => renderSectionFrame(root, id, title, collapsed.has(id), (which) => this.toggleSection(which));

    renderHeader(root, model, actions);
    renderTotals(root, model);
    if (this.state.concept !== undefined && index.concepts.get(this.state.concept)) {
      this.conceptPage.render(root, this.state.concept, scope, tag, { pickConcept: actions.pickConcept, close: () => this.showConcept(undefined) });
    }
    const questions = frame("questions", t("openQuestions"));
    if (questions) renderQuestions(questions, model, actions, { notes: this.shownQuestionNotes, more: () => this.showMore("questions") });
    // Cards to review come after the open questions: what is still unanswered leads.
    const reviewCards = this.host.reviewCards;
    if (reviewCards) {
      const body = frame("review-cards", t("reviewCards"));
      if (body) renderReviewCardsSection(body, reviewCards.summary(tag), () => reviewCards.start(tag));
    }
    const concepts = frame("concepts", t("concepts"));
    if (concepts) {
      const { conceptFilter, conceptSort, conceptDescending, conceptPage, conceptsWithoutNote } = this.state;
      renderConceptTable(concepts, model, { filter: conceptFilter, sort: conceptSort, descending: conceptDescending, page: conceptPage, withoutNote: conceptsWithoutNote }, {
        pickConcept: actions.pickConcept,
        createConceptNotes: actions.createConceptNotes,
        setQuery: (query) => {
          let next = withField(this.state, "conceptFilter", query.filter);
          next = withField(next, "conceptSort", query.sort);
          const sort = query.sort ?? "mentions";
          next = withField(next, "conceptDescending", undefined);
          // Kept only where it differs from the column's own order (names A to Z, numbers largest first).
          if (query.descending !== undefined && query.descending !== (sort !== "name")) next.conceptDescending = query.descending;
          next = withField(next, "conceptPage", query.page ? query.page : undefined);
          this.update(withField(next, "conceptsWithoutNote", query.withoutNote), false, false);
        },
      });
    }
    const queue = frame("queue", t("setAsideQueue"));
    if (queue) {
      renderQueue(queue, model, this.state.queueReasons ?? [], {
        openNote: (path) => actions.openNote(path),
        setAside: actions.setAside,
        setReasons: (reasons) => this.update(withField(this.state, "queueReasons", reasons)),
      }, { entries: this.shownQueueEntries, more: () => this.showMore("queue") });
    }
    const map = frame("map", t("conceptMap"));
    if (map) {
      renderConceptMapSection(map, index, scope, this.state.mapMinWeight, this.mapWidth(), {
        pickConcept: actions.pickConcept,
        setMinWeight: (weight) => this.update(withField(this.state, "mapMinWeight", weight)),
        openCanvas: (drawn) => void this.openCanvas(drawn),
      });
    }
    restoreFocus(root, focused);
    if (scrollToPanel) root.querySelector(".ldn-concept-panel")?.scrollIntoView({ block: "start" });
    else root.scrollTop = scrollTop;
  }

  private showMore(what: "questions" | "queue"): void {
    if (what === "questions") this.shownQuestionNotes = Math.max(this.shownQuestionNotes, 10) + 10;
    else this.shownQueueEntries = Math.max(this.shownQueueEntries, 20) + 20;
    this.redraw();
  }

  /** The pane's inner width, in steps of 20 px, so that a scrollbar coming and going does not lay the map out again. */
  private mapWidth(): number {
    const width = this.contentEl.clientWidth;
    return width > 0 ? Math.max(280, Math.floor((width - 40) / 20) * 20) : DEFAULT_MAP_WIDTH;
  }

  private async createConceptNotes(ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.host.createConceptNote(id);
    new Notice(t("conceptNotesCreated", { count: ids.length }));
  }

  private async openCanvas(map: ConceptMap): Promise<void> {
    await openMapAsCanvas(this.app, this.host.index(), map, this.host.canvasPath());
  }
}

/** The control that has focus, by its `data-ldn-focus` name, and where its caret is (in a text box). */
function focusOf(root: HTMLElement): { name: string; caret: number | null } | undefined {
  const active = root.ownerDocument.activeElement as HTMLElement | null;
  if (!active || !root.contains(active)) return undefined;
  const name = active.getAttribute("data-ldn-focus");
  if (name === null) return undefined;
  const input = active.tagName === "INPUT" ? (active as HTMLInputElement) : undefined;
  return { name, caret: input && (input.type === "search" || input.type === "text") ? input.selectionStart : null };
}

function restoreFocus(root: HTMLElement, focused: { name: string; caret: number | null } | undefined): void {
  if (!focused) return;
  const element = root.querySelector<HTMLElement>(`[data-ldn-focus="${focused.name}"]`);
  if (!element) return;
  element.focus();
  if (element.tagName === "INPUT" && focused.caret !== null) (element as HTMLInputElement).setSelectionRange(focused.caret, focused.caret);
}
