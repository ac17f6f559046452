import type { App } from "obsidian";
import type { LiveIndex } from "../host/live-index";
import { ConceptPickerModal } from "./concept-picker-modal";
import { createConceptNote } from "./create-concept-note";

/** "Create the note of a concept": from the picker, the dashboard's panel or the editor's concept card. */
export class ConceptNotesFeature {
  constructor(
    private readonly app: App,
    private readonly live: () => LiveIndex,
    private readonly settings: () => { conceptFolder: string; conceptTag: string },
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
}
