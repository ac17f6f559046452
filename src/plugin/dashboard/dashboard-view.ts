import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { buildConceptMap } from "../../engine/dashboard/concept-map";
import { buildDashboard } from "../../engine/dashboard/build-dashboard";
import type { VaultIndex } from "../../engine/index/vault-index";
import { t } from "../i18n/strings";
import type { ReviewSummary } from "../../engine/review-cards/forecast";
import { renderReviewCardsSection } from "./review-cards-section";
import { renderConceptMap } from "./concept-map-svg";
import { ConceptPageView, type ConceptPageHost } from "./concept-page/concept-page-view";
import { renderConcepts, renderHeader, renderQuestions, renderSetAsideQueue, renderTotals } from "./dashboard-sections";

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
  createConceptNote(conceptId: string): void;
  /** The review cards' numbers and forecast, when the plugin has them. */
  reviewCards?: DashboardReviewCards;
  /** What a concept's page needs: its notes' texts, linking, its note and mute settings. */
  conceptPage: ConceptPageHost;
}

interface DashboardState {
  concept?: string;
  tag?: string;
}

/** How long the view waits for more index changes before it redraws. */
const REDRAW_DEBOUNCE_MS = 150;

/**
 * The review dashboard. Everything it shows is the engine's `DashboardModel` turned into DOM;
 * it redraws when the index changes, keeping its scroll position, open concept panel and tag
 * filter (which are also its saved state, so the workspace layout reopens it as it was).
 */
export class DashboardView extends ItemView {
  private state: DashboardState = {};
  private unsubscribe: (() => void) | undefined;
  private redrawTimer: number | undefined;
  private readonly conceptPage: ConceptPageView;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: DashboardHost,
  ) {
    super(leaf);
    this.conceptPage = new ConceptPageView(host.conceptPage);
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
    window.clearTimeout(this.redrawTimer);
  }

  override getState(): Record<string, unknown> {
    return { ...this.state };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const next = (state ?? {}) as DashboardState;
    this.state = {};
    if (typeof next.concept === "string") this.state.concept = next.concept;
    if (typeof next.tag === "string") this.state.tag = next.tag;
    this.redraw();
    await super.setState(state, result);
  }

  /** Opens the panel of a concept (from the term search, or a click in the view). */
  showConcept(conceptId: string | undefined): void {
    if (conceptId === undefined) delete this.state.concept;
    else this.state.concept = conceptId;
    this.redraw(conceptId !== undefined);
    this.app.workspace.requestSaveLayout();
  }

  private scheduleRedraw(): void {
    window.clearTimeout(this.redrawTimer);
    this.redrawTimer = window.setTimeout(() => this.redraw(), REDRAW_DEBOUNCE_MS);
  }

  private redraw(scrollToPanel = false): void {
    const root = this.contentEl;
    const scrollTop = root.scrollTop;
    root.empty();
    root.addClass("ldn-dashboard");
    const index = this.host.index();
    const tag = this.state.tag;
    const model = buildDashboard(index, { ...(tag ? { tag } : {}), setAside: this.host.setAside.notesSetAside() });
    const scope = tag ? new Set(index.notesTagged(tag)) : undefined;
    const actions = {
      openNote: (path: string, line?: number) => this.host.openNote(path, line),
      pickConcept: (id: string) => this.showConcept(id),
      setAside: (path: string) => this.host.setAside.setAside(path),
      setTag: (next: string | undefined) => {
        if (next) this.state.tag = next;
        else delete this.state.tag;
        this.redraw();
        this.app.workspace.requestSaveLayout();
      },
    };
    renderHeader(root, model, actions);
    renderTotals(root, model);
    if (this.state.concept !== undefined && index.concepts.get(this.state.concept)) {
      this.conceptPage.render(root, this.state.concept, scope, tag, { pickConcept: actions.pickConcept, close: () => this.showConcept(undefined) });
    }
    renderQuestions(root, model, actions);
    // Cards to review come after the open questions: what is still unanswered leads.
    if (this.host.reviewCards) {
      const reviewCards = this.host.reviewCards;
      renderReviewCardsSection(root, reviewCards.summary(tag), () => reviewCards.start(tag));
    }
    renderConcepts(root, model, actions);
    renderSetAsideQueue(root, model, actions);
    const mapSection = root.createDiv({ cls: "ldn-section ldn-map-section" });
    mapSection.createEl("h3", { text: t("conceptMap") });
    renderConceptMap(mapSection, buildConceptMap(index, scope ? { scope } : {}), actions.pickConcept);
    if (scrollToPanel) root.querySelector(".ldn-concept-panel")?.scrollIntoView({ block: "start" });
    else root.scrollTop = scrollTop;
  }
}
