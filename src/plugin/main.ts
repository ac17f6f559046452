import { Notice, Plugin, TFile, getLanguage, normalizePath } from "obsidian";
import { parseExtraConcepts } from "../engine/concepts/extra-concepts";
import { markReviewed, restingNotes } from "../engine/set-aside/set-aside-schedule";
import type { NoteRecord } from "../engine/index/note-record";
import type { VaultIndex } from "../engine/index/vault-index";
import type { SearchResult } from "../engine/search/search-result";
import { TermSearch } from "../engine/search/term-search";
import { createConceptNote, ConceptPickerModal } from "./commands/create-concept-note";
import { exportDashboard } from "./commands/export-dashboard";
import { EditorFeatures } from "./editor/editor-features";
import { linkMentionsInEditor } from "./commands/link-mentions";
import { registerCommands } from "./commands/register-commands";
import { readPluginData, type PluginData, type PluginSettings } from "./data/plugin-data";
import { setLanguage, t } from "./i18n/strings";
import { IndexCache } from "./indexing/index-cache";
import { LiveIndex, type LiveIndexConfig } from "./indexing/live-index";
import { NoteQuestionsModal } from "./modals/note-questions-modal";
import { TermSearchModal } from "./modals/term-search-modal";
import { LinkedDevOpsSettingTab } from "./settings/settings-tab";
import { ReviewFeature } from "./review/review-feature";
import { QuestionStatusBar } from "./status/question-status-bar";
import { DASHBOARD_VIEW_TYPE, DashboardView, type DashboardHost } from "./views/dashboard-view";
import { openNoteAtLine } from "./views/open-note";

/** A first index slower than this gets a Notice, so the user knows why the dashboard is filling in. */
const SLOW_INDEX_NOTICE_MS = 3000;
const SAVE_DEBOUNCE_MS = 500;
const REINDEX_DEBOUNCE_MS = 1000;

/** Lifecycle and wiring only: what the plugin knows comes from `src/engine/`. */
export default class LinkedDevOpsNotesPlugin extends Plugin {
  data!: PluginData;
  live!: LiveIndex;
  review!: ReviewFeature;
  private statusBar!: QuestionStatusBar;
  private editorFeatures!: EditorFeatures;
  private saveTimer: number | undefined;
  private reindexTimer: number | undefined;
  private search: { index: VaultIndex; search: TermSearch } | undefined;

  get pluginSettings(): PluginSettings {
    return this.data.settings;
  }

  override async onload(): Promise<void> {
    setLanguage(getLanguage());
    const stored: unknown = await this.loadData();
    this.data = readPluginData(stored);
    this.live = new LiveIndex(this.app, this.indexConfig());
    const pluginDir = this.manifest.dir ?? normalizePath(`${this.app.vault.configDir}/plugins/${this.manifest.id}`);
    this.live.useCache(new IndexCache(this.app.vault.adapter, normalizePath(`${pluginDir}/index-cache.json`)));
    this.review = new ReviewFeature(this, { data: () => this.data, live: () => this.live, scheduleSave: () => this.scheduleSave() });
    await this.review.load((stored as { review?: unknown } | null)?.review);

    this.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, this.dashboardHost()));
    this.addRibbonIcon("network", t("openDashboard"), () => void this.openDashboard());
    registerCommands(this, {
      openDashboard: () => this.openDashboard(),
      searchTerms: () => new TermSearchModal(this.app, this.termSearch(), (choice) => void this.followSearchChoice(choice)).open(),
      linkMentions: (editor, file) => linkMentionsInEditor(this.app, this.live, editor, file, this.pluginSettings.linkEveryMention),
      createConceptNote: () => new ConceptPickerModal(this.app, this.live.index, (concept) => void this.createConceptNote(concept.id)).open(),
      exportDashboard: () => exportDashboard(this.app, this.live.index, this.pluginSettings.exportPath, new Date().toISOString().slice(0, 10)),
      hasNoteQuestions: () => this.activeNote() !== undefined,
      showNoteQuestions: () => this.showNoteQuestions(),
      rebuildIndex: () => this.live.rebuild(this.indexConfig(), true).then(() => new Notice(t("rebuilt"))),
      reviewQuestions: () => this.review.open(),
    });
    this.addSettingTab(new LinkedDevOpsSettingTab(this.app, this, this));
    this.editorFeatures = new EditorFeatures(this, {
      index: () => this.live.index,
      indexes: (path) => this.live.includes(path),
      onIndexChange: (listener) => this.live.onChange(listener),
      settings: () => this.pluginSettings,
      openDashboard: (conceptId) => void this.openDashboard(conceptId),
      openNote: (path, line) => void openNoteAtLine(this.app, path, line),
      createConceptNote: (conceptId) => void this.createConceptNote(conceptId),
    });
    this.editorFeatures.register();

    const statusEl = this.addStatusBarItem();
    this.statusBar = new QuestionStatusBar(statusEl);
    this.registerDomEvent(statusEl, "click", () => this.showNoteQuestions());
    this.register(this.live.onChange(() => this.refreshStatusBar()));
    this.register(this.live.onProgress((p) => (p.finished ? this.refreshStatusBar() : this.statusBar.showProgress(p.done, p.total))));
    this.registerEvent(this.app.workspace.on("file-open", () => this.refreshStatusBar()));

    this.app.workspace.onLayoutReady(() => void this.startIndexing());
  }

  override onunload(): void {
    if (this.saveTimer !== undefined) {
      window.clearTimeout(this.saveTimer);
      void this.saveData(this.data); // a review marked just before unloading is not lost
    }
    window.clearTimeout(this.reindexTimer);
    void this.live.saveCacheNow(); // the next start reads only the notes changed until then
    this.live.unload();
  }

  /** `data.json` changed on disk (a sync from another device): the review schedules are merged. */
  override async onExternalSettingsChange(): Promise<void> {
    const stored = (await this.loadData()) as { review?: unknown } | null;
    this.review.store.mergeExternal(stored?.review);
  }

  async saveSettings(reindex: boolean): Promise<void> {
    this.scheduleSave();
    this.editorFeatures.refresh();
    if (!reindex) return;
    window.clearTimeout(this.reindexTimer);
    this.reindexTimer = window.setTimeout(() => void this.live.rebuild(this.indexConfig()), REINDEX_DEBOUNCE_MS);
  }

  private async startIndexing(): Promise<void> {
    const slowNotice = window.setTimeout(() => new Notice(t("indexingSlow", { notes: this.app.vault.getMarkdownFiles().length })), SLOW_INDEX_NOTICE_MS);
    // Vault events are registered only now: before the layout is ready, `create` fires for every file.
    this.registerEvent(this.app.vault.on("create", (file) => this.live.fileChanged(file)));
    this.registerEvent(this.app.vault.on("modify", (file) => this.live.fileChanged(file)));
    this.registerEvent(this.app.vault.on("delete", (file) => this.live.fileDeleted(file)));
    this.registerEvent(
      this.app.vault.on("rename", (file, oldPath) => {
        this.live.fileRenamed(file, oldPath);
        this.review.store.renamed(oldPath, file.path); // review schedules follow their notes
      }),
    );
    await this.live.rebuild();
    window.clearTimeout(slowNotice);
  }

  private indexConfig(): LiveIndexConfig {
    const s = this.pluginSettings;
    const indexOptions = {
      extraConcepts: parseExtraConcepts(s.extraConcepts),
      conceptTag: s.conceptTag,
      questions: { markers: s.questionMarkers, listItemQuestions: s.listItemQuestions },
    };
    // The plugin version is part of the key: a new glossary or parser means reading the vault again.
    const cacheKey = JSON.stringify({ version: this.manifest.version, indexOptions, excluded: s.excludedFolders });
    return { excludedFolders: s.excludedFolders, indexOptions, cacheKey };
  }

  private dashboardHost(): DashboardHost {
    return {
      index: () => this.live.index,
      onIndexChange: (listener) => this.live.onChange(listener),
      restingNotes: () => restingNotes(new Map(Object.entries(this.data.reviews)), (path) => this.modifiedAt(path), Date.now()),
      markReviewed: (path) => {
        const modified = this.modifiedAt(path) ?? 0;
        this.data.reviews[path] = markReviewed(this.data.reviews[path], modified, Date.now());
        this.scheduleSave();
        for (const leaf of this.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)) {
          if (leaf.view instanceof DashboardView) leaf.view.refresh();
        }
      },
      openNote: (path, line) => void openNoteAtLine(this.app, path, line),
      createConceptNote: (conceptId) => void this.createConceptNote(conceptId),
      review: this.review.dashboard(),
    };
  }

  private async openDashboard(conceptId?: string): Promise<DashboardView | undefined> {
    let leaf = this.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
    if (!leaf) {
      leaf = this.app.workspace.getLeaf(true);
      await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
    }
    await this.app.workspace.revealLeaf(leaf);
    const view = leaf.view instanceof DashboardView ? leaf.view : undefined;
    if (view && conceptId) view.showConcept(conceptId);
    return view;
  }

  private async followSearchChoice(choice: SearchResult): Promise<void> {
    if (choice.kind === "concept") await this.openDashboard(choice.conceptId);
    else await openNoteAtLine(this.app, choice.path, choice.kind === "question" ? choice.line : undefined);
  }

  /** The term search of the current index, rebuilt only when the index has changed since. */
  private termSearch(): TermSearch {
    const index = this.live.index;
    if (!this.search || this.search.index !== index || this.search.search.version !== index.version) {
      this.search = { index, search: TermSearch.fromIndex(index) };
    }
    return this.search.search;
  }

  private async createConceptNote(conceptId: string): Promise<void> {
    await this.live.settled();
    await createConceptNote(this.app, this.live.index, conceptId, this.pluginSettings.conceptFolder, this.pluginSettings.conceptTag);
  }

  private activeNote(): NoteRecord | undefined {
    const file = this.app.workspace.getActiveFile();
    return file ? this.live.index.note(file.path) : undefined;
  }

  private showNoteQuestions(): void {
    const note = this.activeNote();
    if (!note) {
      new Notice(t("noActiveNote"));
      return;
    }
    new NoteQuestionsModal(this.app, note.questions, (q) => void openNoteAtLine(this.app, note.path, q.line)).open();
  }

  private refreshStatusBar(): void {
    const file = this.app.workspace.getActiveFile();
    this.statusBar.showNote(file ? this.live.index.note(file.path) : undefined);
  }

  private modifiedAt(path: string): number | undefined {
    const file = this.app.vault.getAbstractFileByPath(path);
    return file instanceof TFile ? file.stat.mtime : undefined;
  }

  private scheduleSave(): void {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      this.saveTimer = undefined;
      void this.saveData(this.data);
    }, SAVE_DEBOUNCE_MS);
  }
}
