import type { EditorState, Extension } from "@codemirror/state";
import { MarkdownView, Notice, editorInfoField, type MarkdownPostProcessorContext, type Plugin } from "obsidian";
import type { ConceptSet } from "../../engine/concepts/concept-set";
import { buildConceptModel } from "../../engine/dashboard/concept-model";
import type { VaultIndex } from "../../engine/index/vault-index";
import { linkOneMention } from "../../engine/linking/link-one-mention";
import { mutedConceptIds } from "../../engine/linking/muted-concepts";
import type { HostMetadata } from "../../engine/parse/host-metadata";
import type { ParsedNote } from "../../engine/parse/note-types";
import { linkTextTo } from "../linking/link-mentions";
import { t } from "../i18n/strings";
import { suggestAnswers } from "../../engine/answers/suggest-answers";
import type { BadgeAnswers } from "./badge-widget";
import { placeReadingBadges } from "./reading-badges";
import { conceptHintCards, type CardHost } from "./concept-hint-card";
import { badgeTooltip } from "./decoration-specs";
import { questionDecorations } from "./question-decorations";
import { rederiveScheduler } from "./rederive-scheduler";

/**
 * Question badges and concept hints, wired into Obsidian: the editor extension (registered once as
 * an array that is refilled when the settings change, then `updateOptions` reconfigures every open
 * editor, so turning a feature off removes it cleanly) and the reading view's post-processor.
 * Every question and mention comes from the index's parse (`VaultIndex.parse`), so the user's
 * concepts and question markers apply.
 */

export interface EditorFeaturesHost {
  index(): VaultIndex;
  /** What the app knows of a note (its metadataCache entry): the reading view's parse of the whole note takes it as the index does. */
  metadata(path: string): HostMetadata | undefined;
  /** Whether a note is indexed: notes in excluded folders (templates, archives) get no badges or hints. */
  indexes(path: string): boolean;
  onIndexChange(listener: () => void): () => void;
  settings(): { questionBadges: boolean; conceptHints: boolean; hintEveryMention: boolean; mutedConcepts: readonly string[] };
  openDashboard(conceptId: string): void;
  openNote(path: string, line: number): void;
  createConceptNote(conceptId: string): void;
}

/** How long the editor waits after the last keystroke before it re-parses what changed. */
const REDERIVE_DELAY_MS = 250;
/** Notes a badge suggests as answers. */
const BADGE_ANSWERS = 3;

export class EditorFeatures {
  /** Registered with Obsidian once; refilled, never replaced. */
  readonly extensions: Extension[] = [];
  private configured = "";
  private readonly conceptListeners = new Set<() => void>();
  private seenConcepts: ConceptSet | undefined;
  private readingParse: { index: VaultIndex; path: string; text: string; parsed: ParsedNote } | undefined;

  constructor(
    private readonly plugin: Plugin,
    private readonly host: EditorFeaturesHost,
  ) {}

  register(): void {
    this.seenConcepts = this.host.index().concepts;
    this.plugin.register(
      this.host.onIndexChange(() => {
        const concepts = this.host.index().concepts;
        if (concepts === this.seenConcepts) return;
        this.seenConcepts = concepts;
        for (const listener of this.conceptListeners) listener();
      }),
    );
    this.fill();
    this.plugin.registerEditorExtension(this.extensions);
    this.plugin.registerMarkdownPostProcessor((el, ctx) => this.decorateReading(el, ctx));
  }

  /** After a settings change: reconfigures open editors and redraws reading views, if a feature was turned on or off. */
  refresh(): void {
    if (!this.fill()) return;
    this.plugin.app.workspace.updateOptions();
    for (const leaf of this.plugin.app.workspace.getLeavesOfType("markdown")) {
      if (leaf.view instanceof MarkdownView) leaf.view.previewMode?.rerender(true);
    }
  }

  /** Refills the extension array from the settings; false when nothing changed. */
  private fill(): boolean {
    const { questionBadges, conceptHints, hintEveryMention, mutedConcepts } = this.host.settings();
    const key = JSON.stringify([questionBadges, conceptHints, hintEveryMention, mutedConcepts]);
    if (key === this.configured) return false;
    this.configured = key;
    this.extensions.length = 0;
    if (questionBadges || conceptHints) this.extensions.push(this.editorExtension(questionBadges, conceptHints, hintEveryMention, [...mutedConcepts]));
    return true;
  }

  private editorExtension(badges: boolean, hints: boolean, hintEvery: boolean, muted: readonly string[]): Extension {
    const ownConcepts = new OwnConcepts(muted);
    const decorations = questionDecorations({
      badges,
      hints,
      hintEvery,
      // The editor's text alone, never the app's cache: the cache is of the whole note as last
      // saved, its headings at the whole note's lines, so a section parsed alone with it would be
      // cut into sections that are not there (and typing runs ahead of it anyway). The index reads
      // the frontmatter from the text; later sections learn the note's opt-out from the first.
      parse: (text, state) => {
        const path = pathOf(state);
        return path === undefined || !this.host.indexes(path) ? null : this.host.index().parse(path, text);
      },
      hideHint: (conceptId, state) => ownConcepts.has(this.host.index(), pathOf(state), conceptId),
      conceptName: (conceptId) => this.conceptName(conceptId),
      answers: (state, question) => {
        const path = pathOf(state);
        return path === undefined ? undefined : this.badgeAnswers(path, question);
      },
    });
    const scheduler = rederiveScheduler(decorations.field, {
      delayMs: REDERIVE_DELAY_MS,
      onConceptsChange: (listener) => {
        this.conceptListeners.add(listener);
        return () => this.conceptListeners.delete(listener);
      },
    });
    return [decorations.extension, scheduler, hints ? conceptHintCards(decorations.field, this.cardHost()) : []];
  }

  private cardHost(): CardHost {
    const app = this.plugin.app;
    return {
      model: (conceptId) => buildConceptModel(this.host.index(), conceptId),
      planLink: (state, hint) => {
        const path = pathOf(state);
        if (path === undefined) return undefined;
        const link = linkOneMention(this.host.index(), path, state.doc.toString(), { start: hint.from, end: hint.to }, (notePath) => linkTextTo(app, notePath, path));
        return link && { from: link.start, to: link.end, insert: link.replacement };
      },
      cannotLink: () => new Notice(t("cannotLinkMention")),
      createConceptNote: (conceptId) => this.host.createConceptNote(conceptId),
      openDashboard: (conceptId) => this.host.openDashboard(conceptId),
      openQuestion: (path, line) => this.host.openNote(path, line),
    };
  }

  private decorateReading(el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
    if (!this.host.settings().questionBadges || !this.host.indexes(ctx.sourcePath)) return;
    const info = ctx.getSectionInfo(el);
    if (!info) return;
    const parsed = this.parseForReading(ctx.sourcePath, info.text);
    const questions = parsed.questions.filter((q) => q.line - 1 >= info.lineStart && q.line - 1 <= info.lineEnd);
    if (questions.length === 0) return;
    placeReadingBadges(
      el,
      questions.map((q) => ({ line: q.line, text: q.text, status: q.status, tooltip: badgeTooltip(q, (id) => this.conceptName(id)), ...(q.status === "answered" ? {} : { answers: this.badgeAnswers(ctx.sourcePath, q) }) })),
      info.lineStart,
    );
  }

  /** The notes that may answer a question of the note at `path`, found on first hover or tap. */
  private badgeAnswers(path: string, question: { line: number; text: string; heading?: string }): BadgeAnswers {
    return {
      find: () => suggestAnswers(this.host.index(), { path, text: question.text, line: question.line, ...(question.heading !== undefined ? { heading: question.heading } : {}) }, { limit: BADGE_ANSWERS }),
      open: (notePath, line) => this.host.openNote(notePath, line),
    };
  }

  private conceptName(conceptId: string): string {
    return this.host.index().concepts.get(conceptId)?.name ?? conceptId;
  }

  /** Reading view calls once per rendered section with the whole note's text: one parse serves them all. */
  private parseForReading(path: string, text: string): ParsedNote {
    const index = this.host.index();
    const cached = this.readingParse;
    if (cached && cached.index === index && cached.path === path && cached.text === text) return cached.parsed;
    const parsed = index.parse(path, text, this.host.metadata(path));
    this.readingParse = { index, path, text, parsed };
    return parsed;
  }
}

function pathOf(state: EditorState): string | undefined {
  const file = state.field(editorInfoField, false)?.file;
  return file && file.extension === "md" ? file.path : undefined;
}

/**
 * Whether a concept's mentions in a note are left without a hint, as the linker never links them:
 * the note is the concept's own note, the concept is muted, or the note opts out of linking (read
 * from the index's record: a section parsed alone has no frontmatter to say so).
 */
class OwnConcepts {
  private key: { concepts: ConceptSet; path: string; record: unknown } | undefined;
  private readonly answers = new Map<string, boolean>();
  private muted: Set<string> = new Set();

  constructor(private readonly mutedNames: readonly string[]) {}

  has(index: VaultIndex, path: string | undefined, conceptId: string): boolean {
    if (path === undefined) return false;
    const record = index.note(path);
    if (this.key?.concepts !== index.concepts || this.key.path !== path || this.key.record !== record) {
      if (this.key?.concepts !== index.concepts) this.muted = mutedConceptIds(index.concepts, this.mutedNames);
      this.key = { concepts: index.concepts, path, record };
      this.answers.clear();
    }
    let own = this.answers.get(conceptId);
    if (own === undefined) {
      own = record?.linksOff === true || this.muted.has(conceptId) || index.conceptNote(conceptId) === path;
      this.answers.set(conceptId, own);
    }
    return own;
  }
}
