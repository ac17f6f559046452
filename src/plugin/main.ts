import { Notice, Plugin, getLanguage } from "obsidian";
import type { PluginData } from "../engine/plugin-data/plugin-data";
import { needsReindex, type PluginSettings } from "../engine/plugin-data/plugin-settings";
import { registerCommands } from "./commands/register-commands";
import { ConceptNotesFeature } from "./concept-notes/concept-notes-feature";
import { DashboardFeature } from "./dashboard/dashboard-feature";
import { EditorFeatures } from "./editor/editor-features";
import { PluginDataFile } from "./host/data-file";
import { createLiveIndex, indexConfig } from "./host/index-config";
import type { LiveIndex } from "./host/live-index";
import { startIndexing } from "./host/start-indexing";
import { setLanguage, t } from "./i18n/strings";
import { LinkingFeature } from "./linking/linking-feature";
import { NoteQuestionsFeature } from "./note-questions/note-questions-feature";
import { ReviewCardsFeature } from "./review-cards/review-cards-feature";
import { TermSearchFeature } from "./search/term-search-feature";
import { SetAsideFeature } from "./set-aside/set-aside-feature";
import { LinkedDevOpsSettingTab } from "./settings/settings-tab";
import { openNoteAtLine } from "./ui/open-note";

/** Lifecycle and wiring only: each feature lives in its folder, and what they know comes from `src/engine/`. */
export default class LinkedDevOpsNotesPlugin extends Plugin {
  readonly dataFile = new PluginDataFile(this);
  live!: LiveIndex;
  reviewCards!: ReviewCardsFeature;
  setAside!: SetAsideFeature;
  private dashboard!: DashboardFeature;
  private conceptNotes!: ConceptNotesFeature;
  private editorFeatures!: EditorFeatures;

  get data(): PluginData {
    return this.dataFile.data;
  }

  get pluginSettings(): PluginSettings {
    return this.data.settings;
  }

  override async onload(): Promise<void> {
    setLanguage(getLanguage());
    const stored = await this.dataFile.load();
    const save = (): void => void this.dataFile.requestSave();
    this.live = createLiveIndex(this, this.pluginSettings);
    this.reviewCards = new ReviewCardsFeature(this, { data: () => this.data, live: () => this.live, save });
    await this.reviewCards.load(stored.reviewCards);
    this.setAside = new SetAsideFeature(this.app, { data: () => this.data, save });
    this.conceptNotes = new ConceptNotesFeature(this.app, () => this.live, () => this.pluginSettings, (reindex) => this.saveSettings(reindex));
    const linking = new LinkingFeature(this.app, () => this.live, () => this.pluginSettings);
    const conceptActions = { mutedConcepts: () => this.pluginSettings.mutedConcepts, linkRow: linking.linkRow.bind(linking), linkAll: linking.linkAll.bind(linking), useAsNote: this.conceptNotes.useAsNote.bind(this.conceptNotes), setMuted: this.conceptNotes.setMuted.bind(this.conceptNotes) };
    this.dashboard = new DashboardFeature(this, { live: () => this.live, setAside: this.setAside, reviewCards: this.reviewCards.forDashboard(), exportPath: () => this.pluginSettings.exportPath, createConceptNote: (id) => this.createConceptNote(id), conceptActions });
    this.dashboard.register();
    const search = new TermSearchFeature(this.app, () => this.live.index, (conceptId) => this.dashboard.open(conceptId));
    this.register(search.warmOn((listener) => this.live.onChange(listener)));
    const noteQuestions = new NoteQuestionsFeature(this, () => this.live);
    registerCommands(this, {
      openDashboard: () => this.dashboard.open(),
      searchTerms: () => search.open(),
      linkMentions: (editor, file) => linking.linkMentions(editor, file),
      createConceptNote: () => this.conceptNotes.pick(),
      exportDashboard: () => this.dashboard.export(),
      hasNoteQuestions: () => noteQuestions.activeNote() !== undefined,
      showNoteQuestions: () => noteQuestions.show(),
      rebuildIndex: () => this.live.rebuild(indexConfig(this.pluginSettings, this.manifest.version), true).then(() => new Notice(t("rebuilt"))),
      reviewQuestions: () => this.reviewCards.open(),
    });
    this.addSettingTab(new LinkedDevOpsSettingTab(this.app, this, this, this.live));
    this.editorFeatures = new EditorFeatures(this, {
      index: () => this.live.index,
      metadata: (path) => this.live.metadataOf(path),
      indexes: (path) => this.live.includes(path),
      onIndexChange: (listener) => this.live.onChange(listener),
      settings: () => this.pluginSettings,
      openDashboard: (conceptId) => void this.dashboard.open(conceptId),
      openNote: (path, line) => void openNoteAtLine(this.app, path, line),
      createConceptNote: (id) => void this.createConceptNote(id),
    });
    this.editorFeatures.register();
    noteQuestions.register();
    this.register(this.dataFile.onMerge(({ settingsTaken }) => {
      this.reviewCards.store.merged();
      this.setAside.merged();
      if (settingsTaken.length > 0) this.settingsChanged(needsReindex(settingsTaken));
    }));
    // Obsidian waits for these before it quits: the last grade reaches the disk.
    this.registerEvent(this.app.workspace.on("quit", (tasks) => tasks.add(() => this.dataFile.flush())));
    const prune = (): void => this.setAside.prune();
    const renamed = (from: string, to: string): void => [this.reviewCards.store, this.setAside, this.conceptNotes].forEach((follower) => follower.renamed(from, to));
    this.app.workspace.onLayoutReady(() => void startIndexing(this, this.live, { deleted: prune, indexed: prune, renamed }));
  }

  override onunload(): void {
    void this.dataFile.flush(); // saves start at once; those still running carry on
    this.live.unload(); // writes the index store a last time
  }

  /** `data.json` changed on disk (a sync from another device): every part of it is merged. */
  override async onExternalSettingsChange(): Promise<void> {
    await this.dataFile.readExternalChange();
  }

  async saveSettings(reindex: boolean): Promise<void> {
    void this.dataFile.requestSave();
    this.settingsChanged(reindex);
  }

  async createConceptNote(conceptId: string): Promise<void> {
    await this.conceptNotes.create(conceptId);
  }

  private settingsChanged(reindex: boolean): void {
    this.editorFeatures.refresh();
    if (reindex) this.live.rebuildSoon(indexConfig(this.pluginSettings, this.manifest.version));
  }
}
