/** Obsidian's `Setting` rows and their components, as real form elements. */

class ValueComponent<T, E extends HTMLElement> {
  protected handler: ((value: T) => unknown) | undefined;
  constructor(public readonly inputEl: E) {}
  onChange(handler: (value: T) => unknown): this {
    this.handler = handler;
    return this;
  }
}

export class TextComponent extends ValueComponent<string, HTMLInputElement> {
  constructor(parent: HTMLElement) {
    super(parent.createEl("input", { type: "text" }));
    this.inputEl.addEventListener("input", () => void this.handler?.(this.inputEl.value));
  }
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setPlaceholder(text: string): this {
    this.inputEl.setAttribute("placeholder", text);
    return this;
  }
}

export class TextAreaComponent extends ValueComponent<string, HTMLTextAreaElement> {
  constructor(parent: HTMLElement) {
    super(parent.createEl("textarea"));
    this.inputEl.addEventListener("input", () => void this.handler?.(this.inputEl.value));
  }
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setPlaceholder(text: string): this {
    this.inputEl.setAttribute("placeholder", text);
    return this;
  }
}

export class ToggleComponent extends ValueComponent<boolean, HTMLInputElement> {
  constructor(parent: HTMLElement) {
    super(parent.createEl("input", { type: "checkbox", cls: "checkbox-container" }));
    this.inputEl.addEventListener("change", () => void this.handler?.(this.inputEl.checked));
  }
  setValue(value: boolean): this {
    this.inputEl.checked = value;
    return this;
  }
  getValue(): boolean {
    return this.inputEl.checked;
  }
}

export class ButtonComponent {
  buttonEl: HTMLButtonElement;
  constructor(parent: HTMLElement) {
    this.buttonEl = parent.createEl("button");
  }
  setButtonText(text: string): this {
    this.buttonEl.setText(text);
    return this;
  }
  setCta(): this {
    this.buttonEl.addClass("mod-cta");
    return this;
  }
  onClick(handler: (event: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener("click", handler as EventListener);
    return this;
  }
}

export class Setting {
  settingEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: "setting-item" });
    const info = this.settingEl.createDiv({ cls: "setting-item-info" });
    this.nameEl = info.createDiv({ cls: "setting-item-name" });
    this.descEl = info.createDiv({ cls: "setting-item-description" });
    this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
  }
  setName(name: string): this {
    this.nameEl.setText(name);
    return this;
  }
  setDesc(desc: string): this {
    this.descEl.setText(desc);
    return this;
  }
  setHeading(): this {
    this.settingEl.addClass("setting-item-heading");
    return this;
  }
  addText(build: (component: TextComponent) => unknown): this {
    build(new TextComponent(this.controlEl));
    return this;
  }
  addTextArea(build: (component: TextAreaComponent) => unknown): this {
    build(new TextAreaComponent(this.controlEl));
    return this;
  }
  addToggle(build: (component: ToggleComponent) => unknown): this {
    build(new ToggleComponent(this.controlEl));
    return this;
  }
  addButton(build: (component: ButtonComponent) => unknown): this {
    build(new ButtonComponent(this.controlEl));
    return this;
  }
}
