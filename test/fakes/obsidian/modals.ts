import type { App } from "./app";

/** Obsidian's notices: the fake keeps every message for assertions and shows it in the page. */
export class Notice {
  static readonly messages: string[] = [];
  noticeEl: HTMLElement;
  constructor(message: string | DocumentFragment, _timeout?: number) {
    const text = typeof message === "string" ? message : (message.textContent ?? "");
    Notice.messages.push(text);
    this.noticeEl = document.createElement("div");
    this.noticeEl.className = "notice";
    this.noticeEl.textContent = text;
    notices().appendChild(this.noticeEl);
  }
  hide(): void {
    this.noticeEl.remove();
  }
}

function notices(): HTMLElement {
  let container = document.querySelector<HTMLElement>(".notice-container");
  if (!container) {
    container = document.createElement("div");
    container.className = "notice-container";
    document.body.appendChild(container);
  }
  return container;
}

export class Modal {
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  constructor(public app: App) {
    this.containerEl = document.createElement("div");
    this.containerEl.className = "modal-container";
    this.containerEl.createDiv({ cls: "modal-bg" });
    this.modalEl = this.containerEl.createDiv({ cls: "modal" });
    this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
    this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
  }
  open(): void {
    document.body.appendChild(this.containerEl);
    Modal.openModals.add(this);
    this.onOpen();
  }
  close(): void {
    this.containerEl.remove();
    Modal.openModals.delete(this);
    this.onClose();
  }
  onOpen(): void {}
  onClose(): void {}
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  /** Fake only: the modals open right now. */
  static readonly openModals = new Set<Modal>();
}

/** Obsidian's suggest modal: an input, a list of suggestions, arrows and Enter to choose. */
export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  private items: T[] = [];
  private selected = 0;

  constructor(app: App) {
    super(app);
    this.modalEl.addClass("prompt");
    this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
    this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
    this.inputEl.addEventListener("input", () => void this.updateSuggestions());
    this.inputEl.addEventListener("keydown", (event) => this.onKey(event));
  }

  setPlaceholder(text: string): void {
    this.inputEl.setAttribute("placeholder", text);
  }

  override open(): void {
    super.open();
    this.inputEl.focus();
    void this.updateSuggestions();
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  /** Fake only: the suggestions shown now. */
  get shown(): readonly T[] {
    return this.items;
  }

  async updateSuggestions(): Promise<void> {
    this.items = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
    this.selected = 0;
    this.resultContainerEl.empty();
    if (this.items.length === 0) this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
    this.items.forEach((item, index) => {
      const el = this.resultContainerEl.createDiv({ cls: index === 0 ? "suggestion-item is-selected" : "suggestion-item" });
      this.renderSuggestion(item, el);
      el.addEventListener("click", (event) => this.choose(index, event));
    });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.selected = (this.selected + step + this.items.length) % Math.max(this.items.length, 1);
      [...this.resultContainerEl.children].forEach((el, index) => el.classList.toggle("is-selected", index === this.selected));
    } else if (event.key === "Enter") {
      event.preventDefault();
      this.choose(this.selected, event);
    } else if (event.key === "Escape") {
      this.close();
    }
  }

  private choose(index: number, event: MouseEvent | KeyboardEvent): void {
    const item = this.items[index];
    if (item === undefined) return;
    this.close();
    this.onChooseSuggestion(item, event);
  }
}

export interface FuzzyMatch<T> {
  item: T;
  match: { score: number; matches: Array<[number, number]> };
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

  getSuggestions(query: string): Array<FuzzyMatch<T>> {
    const wanted = query.toLowerCase();
    return this.getItems()
      .filter((item) => isSubsequence(wanted, this.getItemText(item).toLowerCase()))
      .map((item) => ({ item, match: { score: 0, matches: [] } }));
  }

  renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(value.item));
  }

  onChooseSuggestion(value: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(value.item, evt);
  }
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at]) at++;
  return at >= needle.length;
}
