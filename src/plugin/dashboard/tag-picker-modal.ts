import { SuggestModal, type App } from "obsidian";
import { normalizeForm } from "../../engine/search/search-keys";
import { t } from "../i18n/strings";
import { compareText } from "../../engine/text/compare-text";

export interface TagChoice {
  /** Undefined for "all notes". */
  tag: string | undefined;
  notes: number;
}

/**
 * Picks the tag the dashboard narrows to, by typing part of it: a vault of a few hundred tags
 * (`#k8s/network`, `#week/12`, `#기획안`) made the old dropdown a long scroll. Nested tags match by
 * any of their parts; the most used come first, and "All notes" leads while nothing is typed.
 */
export class TagPickerModal extends SuggestModal<TagChoice> {
  constructor(
    app: App,
    private readonly tags: ReadonlyArray<{ tag: string; notes: number }>,
    private readonly allNotes: number,
    private readonly onPick: (tag: string | undefined) => void,
  ) {
    super(app);
    this.limit = 100;
    this.setPlaceholder(t("tagPickerPlaceholder"));
    this.modalEl.addClass("ldn-tag-picker");
  }

  override getSuggestions(query: string): TagChoice[] {
    const words = normalizeForm(query).split(" ").filter((word) => word !== "");
    const byUse = [...this.tags].sort((a, b) => b.notes - a.notes || compareText(a.tag, b.tag));
    const matching = byUse.filter(({ tag }) => {
      const key = normalizeForm(tag);
      return words.every((word) => key.includes(word));
    });
    // Tags that start with what was typed before those that only contain it.
    const first = words[0];
    const starts = first === undefined ? matching : [...matching.filter(({ tag }) => normalizeForm(tag).startsWith(first)), ...matching.filter(({ tag }) => !normalizeForm(tag).startsWith(first))];
    const choices: TagChoice[] = starts.map(({ tag, notes }) => ({ tag, notes }));
    return words.length === 0 ? [{ tag: undefined, notes: this.allNotes }, ...choices] : choices;
  }

  override renderSuggestion(choice: TagChoice, el: HTMLElement): void {
    el.addClass("ldn-tag-choice");
    if (choice.tag === undefined) {
      el.createSpan({ cls: "ldn-tag-name", text: t("tagPickerAll", { count: choice.notes }) });
      return;
    }
    el.createSpan({ cls: "ldn-tag-name", text: `#${choice.tag}` });
    el.createSpan({ cls: "ldn-tag-count", text: String(choice.notes) });
  }

  override onChooseSuggestion(choice: TagChoice): void {
    this.onPick(choice.tag);
  }
}
