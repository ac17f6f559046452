import { Notice } from "obsidian";
import { answersFor, buildConceptPage, notesToRead, type ConceptPage } from "../../../engine/concept-page/build-concept-page";
import type { NoteRecord } from "../../../engine/index/note-record";
import type { VaultIndex } from "../../../engine/index/vault-index";
import type { MentionAt } from "../../../engine/linking/link-one-mention";
import { mutedConceptIds } from "../../../engine/linking/muted-concepts";
import type { ConceptLink } from "../../../engine/linking/plan-concept-links";
import { t } from "../../i18n/strings";
import { newConceptPageUi, NOTES_STEP, renderConceptPage, type ConceptPageActions, type ConceptPageUi } from "./render-concept-page";

/**
 * The concept page inside the dashboard: builds the engine's page, draws it, reads the texts of
 * the notes it lists (the index keeps no snippet) and draws it again with their lines. It keeps
 * what the user did to the page (folded groups, more notes listed, answers looked for) while the
 * dashboard redraws around it, and the texts it read until their notes change.
 */

/** Open and unsure questions whose answers are looked for once the page is on screen. */
const ANSWERED_AFTER_DRAW = 5;

/** What the page needs from the plugin. */
export interface ConceptPageHost {
  index(): VaultIndex;
  mutedConcepts(): readonly string[];
  /** A note's text as stored (Obsidian's cached read). */
  readText(path: string): Promise<string | undefined>;
  /** Links one mention by the linker's rules: through the editor if the note is open, else `Vault.process`. */
  linkRow(path: string, at: MentionAt): Promise<ConceptLink | undefined>;
  /** Previews every unlinked mention of the concept that may be linked, in the scope's notes. */
  linkAll(conceptId: string, scope: ReadonlySet<string> | undefined): void;
  /** Names the note the concept's note (settings); the index is rebuilt with it. */
  useAsNote(conceptId: string, path: string): Promise<void>;
  setMuted(conceptId: string, muted: boolean): Promise<void>;
  openNote(path: string, line?: number): void;
  createConceptNote(conceptId: string): void;
}

export class ConceptPageView {
  private conceptId: string | undefined;
  private ui: ConceptPageUi = newConceptPageUi();
  private notes = NOTES_STEP;
  private readonly texts = new Map<string, { record: NoteRecord; text: string }>();
  private drawn: { container: HTMLElement; scope: ReadonlySet<string> | undefined; tag: string | undefined; around: Pick<ConceptPageActions, "pickConcept" | "close"> } | undefined;
  private reading: Promise<void> = Promise.resolve();
  /** The index version the answers found were found in: a change of the vault looks again. */
  private answersOf = -1;

  constructor(private readonly host: ConceptPageHost) {}

  /** Draws the page of `conceptId` at the end of `parent`; the page's own redraws stay in its container. */
  render(parent: HTMLElement, conceptId: string, scope: ReadonlySet<string> | undefined, tag: string | undefined, around: Pick<ConceptPageActions, "pickConcept" | "close">): HTMLElement {
    if (conceptId !== this.conceptId) {
      this.conceptId = conceptId;
      this.ui = newConceptPageUi();
      this.notes = NOTES_STEP;
      this.texts.clear();
    }
    const container = parent.createDiv({ cls: "ldn-concept-page-box" });
    this.drawn = { container, scope, tag, around };
    this.draw();
    return container;
  }

  /** Resolves once the texts and answers the page asked for are found and drawn (tests wait on it). */
  async settled(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.reading;
      await seen;
    } while (seen !== this.reading);
  }

  private draw(): void {
    const drawn = this.drawn;
    const conceptId = this.conceptId;
    if (!drawn || conceptId === undefined) return;
    const index = this.host.index();
    if (this.answersOf !== index.version) {
      this.ui.answers.clear();
      this.answersOf = index.version;
    }
    // Answers are looked for once the page is on screen: the mentions come first.
    const page = buildConceptPage(index, conceptId, {
      ...(drawn.scope ? { scope: drawn.scope } : {}),
      muted: mutedConceptIds(index.concepts, this.host.mutedConcepts()),
      texts: this.textsFor(index),
      notes: this.notes,
      answered: 0,
    });
    drawn.container.empty();
    if (!page) return;
    const wanted = page.questions.filter((q) => q.status !== "answered" && !this.ui.answers.has(`${q.path}:${q.line}`) && !this.ui.pending.has(`${q.path}:${q.line}`)).slice(0, Math.max(0, ANSWERED_AFTER_DRAW - this.ui.answers.size));
    for (const q of wanted) this.ui.pending.add(`${q.path}:${q.line}`);
    renderConceptPage(drawn.container, page, this.ui, this.actions(page, drawn.scope, drawn.around), drawn.tag);
    const missing = notesToRead(page);
    const reads = missing.length > 0 ? this.read(index, missing, drawn.container) : Promise.resolve();
    const work = wanted.length > 0 ? reads.then(() => this.answer(index, wanted, drawn.container)) : reads;
    // Work still under way from an earlier draw counts too: a redraw does not cancel it.
    if (missing.length > 0 || wanted.length > 0) this.reading = Promise.all([this.reading, work]).then(() => undefined);
  }

  /** Finds the notes that may answer the page's first open questions, then draws the page again. */
  private async answer(index: VaultIndex, questions: readonly ConceptPage["questions"][number][], container: HTMLElement): Promise<void> {
    await new Promise((resolve) => window.setTimeout(resolve, 0));
    for (const q of questions) {
      const key = `${q.path}:${q.line}`;
      this.ui.pending.delete(key);
      if (index === this.host.index()) this.ui.answers.set(key, answersFor(index, q));
    }
    if (this.drawn?.container === container && container.isConnected) this.draw();
  }

  private async read(index: VaultIndex, paths: readonly string[], container: HTMLElement): Promise<void> {
    await Promise.all(
      paths.map(async (path) => {
        const record = index.note(path);
        const text = await this.host.readText(path);
        if (record && text !== undefined) this.texts.set(path, { record, text });
      }),
    );
    // Drawn again only if the page is still the one on screen (the dashboard may have redrawn).
    if (this.drawn?.container === container && container.isConnected) this.draw();
  }

  /** The texts read whose notes are unchanged since; the others are dropped. */
  private textsFor(index: VaultIndex): Map<string, string> {
    const texts = new Map<string, string>();
    for (const [path, entry] of this.texts) {
      if (index.note(path) === entry.record) texts.set(path, entry.text);
      else this.texts.delete(path);
    }
    return texts;
  }

  private actions(page: ConceptPage, scope: ReadonlySet<string> | undefined, around: Pick<ConceptPageActions, "pickConcept" | "close">): ConceptPageActions {
    const conceptId = page.concept.conceptId;
    return {
      ...around,
      openNote: (path, line) => this.host.openNote(path, line),
      createConceptNote: (id) => this.host.createConceptNote(id),
      linkRow: (group, row) => {
        const at: MentionAt = { conceptId, line: row.line, ...(row.column !== undefined ? { column: row.column } : {}) };
        void this.host.linkRow(group.path, at).then((link) => {
          new Notice(link ? t("cpLinkedOne", { surface: link.surface, title: group.title }) : t("cpCannotLinkRow"));
          if (!link) this.draw();
        });
      },
      linkAll: () => this.host.linkAll(conceptId, scope),
      useAsNote: (path) => void this.host.useAsNote(conceptId, path).then(() => new Notice(t("cpNoteAssigned", { path, name: page.concept.name }))),
      setMuted: (muted) => void this.host.setMuted(conceptId, muted).then(() => this.draw()),
      showMore: () => {
        this.notes += NOTES_STEP;
        this.draw();
      },
      groupToggled: (section, path, open) => this.ui.toggled.set(`${section}:${path}`, open),
      setGroupsOpen: (section, paths, open) => {
        for (const path of paths) this.ui.toggled.set(`${section}:${path}`, open);
        this.draw();
      },
      moreQuestions: () => {
        this.ui.questions += 50;
        this.draw();
      },
      findAnswers: (question) => {
        this.ui.answers.set(`${question.path}:${question.line}`, answersFor(this.host.index(), question));
        this.draw();
      },
    };
  }
}
