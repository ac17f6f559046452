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

  /** Resolves once the texts the page asked for are read and drawn (tests wait on it). */
  settled(): Promise<void> {
    return this.reading;
  }

  private draw(): void {
    const drawn = this.drawn;
    const conceptId = this.conceptId;
    if (!drawn || conceptId === undefined) return;
    const index = this.host.index();
    const page = buildConceptPage(index, conceptId, {
      ...(drawn.scope ? { scope: drawn.scope } : {}),
      muted: mutedConceptIds(index.concepts, this.host.mutedConcepts()),
      texts: this.textsFor(index),
      notes: this.notes,
    });
    drawn.container.empty();
    if (!page) return;
    renderConceptPage(drawn.container, page, this.ui, this.actions(page, drawn.scope, drawn.around), drawn.tag);
    const missing = notesToRead(page);
    if (missing.length > 0) this.reading = this.read(index, missing, drawn.container);
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
