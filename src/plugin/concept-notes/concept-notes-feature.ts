import type { App } from "obsidian";
import { withAssignedConceptNote, withConceptNoteRenamed } from "../../engine/index/concept-note-rules";
import { withMuted } from "../../engine/linking/muted-concepts";
import type { LiveIndex } from "../host/live-index";
import { ConceptPickerModal } from "./concept-picker-modal";
import { createConceptNote } from "./create-concept-note";

/** The settings this feature reads and changes. */
export interface ConceptNoteSettings {
  conceptFolder: string;
  conceptTag: string;
  conceptNotes: string[];
  mutedConcepts: string[];
}

/**
 * Concept notes: creating one (from the picker, the dashboard's concept page or the editor's
 * concept card), naming an existing note as one (a suggestion confirmed on the concept page),
 * keeping that name through renames, and muting concepts.
 */
export class ConceptNotesFeature {
  constructor(
    private readonly app: App,
    private readonly live: () => LiveIndex,
    private readonly settings: () => ConceptNoteSettings,
    private readonly save: (reindex: boolean) => Promise<void>,
  ) {}

  /** Picks a concept, then creates its note. */
  pick(): void {
    new ConceptPickerModal(this.app, this.live().index, (concept) => void this.create(concept.id)).open();
  }

  /** Creates the concept's note, or opens it when it exists; waits for the index to take every change first. */
  async create(conceptId: string): Promise<string | undefined> {
    await this.live().settled();
    const { conceptFolder, conceptTag } = this.settings();
    return createConceptNote(this.app, this.live().index, conceptId, conceptFolder, conceptTag);
  }

  /** Names `path` the note of the concept, in settings; the index is read again with it. */
  async useAsNote(conceptId: string, path: string): Promise<void> {
    const index = this.live().index;
    const concept = index.concepts.get(conceptId);
    if (!concept) return;
    const settings = this.settings();
    settings.conceptNotes = withAssignedConceptNote(settings.conceptNotes, index.concepts, concept.name, path);
    await this.save(true);
  }

  async setMuted(conceptId: string, muted: boolean): Promise<void> {
    const settings = this.settings();
    settings.mutedConcepts = withMuted(settings.mutedConcepts, this.live().index.concepts, conceptId, muted);
    await this.save(false);
  }

  /** A note named in settings was moved: the setting follows it. */
  renamed(from: string, to: string): void {
    const settings = this.settings();
    const next = withConceptNoteRenamed(settings.conceptNotes, from, to);
    if (next.every((line, i) => line === settings.conceptNotes[i])) return;
    settings.conceptNotes = next;
    void this.save(true);
  }
}
