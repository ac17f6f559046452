import { FuzzySuggestModal, type App } from "obsidian";
import type { Concept } from "../../engine/concepts/concept-set";
import type { VaultIndex } from "../../engine/index/vault-index";
import { t } from "../i18n/strings";

/** Picks a concept: those the vault mentions first, most mentioned first. */
export class ConceptPickerModal extends FuzzySuggestModal<Concept> {
  constructor(
    app: App,
    private readonly index: VaultIndex,
    private readonly onPick: (concept: Concept) => void,
  ) {
    super(app);
    this.setPlaceholder(t("pickConcept"));
  }

  override getItems(): Concept[] {
    // Summed once per concept, not once per comparison of the sort.
    const mentions = new Map(this.index.concepts.concepts.map((c) => [c.id, [...this.index.notesMentioning(c.id).values()].reduce((a, b) => a + b, 0)]));
    const of = (id: string): number => mentions.get(id) ?? 0;
    return [...this.index.concepts.concepts].sort((a, b) => of(b.id) - of(a.id) || a.name.localeCompare(b.name));
  }

  override getItemText(concept: Concept): string {
    return [concept.name, ...concept.ko].join(" · ");
  }

  override onChooseItem(concept: Concept): void {
    this.onPick(concept);
  }
}
