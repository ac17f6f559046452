import { TFile, type Plugin } from "obsidian";
import { clockAt, localDateOf } from "../../engine/review-cards/review-clock";
import type { LiveIndex } from "../host/live-index";
import { t } from "../i18n/strings";
import { openNoteAtLine } from "../ui/open-note";
import type { ConceptPageHost } from "./concept-page/concept-page-view";
import { DASHBOARD_VIEW_TYPE, DashboardView, type DashboardReviewCards, type DashboardSetAside } from "./dashboard-view";
import { canvasPathFor } from "./concept-canvas-file";
import { exportDashboard, type ExportResult } from "./export-dashboard";

export interface DashboardFeatureHost {
  live(): LiveIndex;
  setAside: DashboardSetAside;
  reviewCards: DashboardReviewCards;
  exportPath(): string;
  /** Creates (or opens) a concept's note; resolves once it is written. */
  createConceptNote(conceptId: string): unknown;
  /** What the concept page does besides reading: linking, naming a concept's note, muting. */
  conceptActions: Pick<ConceptPageHost, "mutedConcepts" | "linkRow" | "linkAll" | "useAsNote" | "setMuted">;
}

/** The dashboard's wiring: its view and ribbon icon, opening it (on a concept's panel), and its export. */
export class DashboardFeature {
  constructor(
    private readonly plugin: Plugin,
    private readonly host: DashboardFeatureHost,
  ) {}

  register(): void {
    const { plugin, host } = this;
    const app = plugin.app;
    plugin.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, {
      index: () => host.live().index,
      onIndexChange: (listener) => host.live().onChange(listener),
      setAside: host.setAside,
      openNote: (path, line) => void openNoteAtLine(app, path, line),
      createConceptNote: (conceptId) => host.createConceptNote(conceptId),
      canvasPath: () => canvasPathFor(host.exportPath()),
      reviewCards: host.reviewCards,
      conceptPage: {
        ...host.conceptActions,
        index: () => host.live().index,
        readText: (path) => {
          const file = app.vault.getAbstractFileByPath(path);
          return file instanceof TFile ? app.vault.cachedRead(file) : Promise.resolve(undefined);
        },
        openNote: (path, line) => void openNoteAtLine(app, path, line),
        createConceptNote: (conceptId) => host.createConceptNote(conceptId),
      },
    }));
    plugin.addRibbonIcon("network", t("openDashboard"), () => void this.open());
  }

  /** Opens the dashboard (or brings it forward), on a concept's panel when one is given. */
  async open(conceptId?: string): Promise<DashboardView | undefined> {
    const workspace = this.plugin.app.workspace;
    let leaf = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
    if (!leaf) {
      leaf = workspace.getLeaf(true);
      await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
    }
    await workspace.revealLeaf(leaf);
    const view = leaf.view instanceof DashboardView ? leaf.view : undefined;
    if (view && conceptId) view.showConcept(conceptId);
    return view;
  }

  export(): Promise<ExportResult> {
    return exportDashboard(this.plugin.app, this.host.live().index, this.host.exportPath(), localDateOf(clockAt(new Date()))); // the learner's date, not UTC's
  }
}
