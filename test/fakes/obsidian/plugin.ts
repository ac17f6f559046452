import type { App } from "./app";
import { Component } from "./component";
import type { Editor } from "./markdown-editor";
import type { MarkdownView, WorkspaceLeaf, View } from "./workspace";

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  description?: string;
}

export interface Command {
  id: string;
  name: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
  hotkeys?: unknown[];
}

/** Obsidian's `Plugin`, with everything it registers undone on unload. */
export class Plugin extends Component {
  constructor(
    public app: App,
    public manifest: PluginManifest,
  ) {
    super();
  }

  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.app.commands.set(full.id, full);
    this.register(() => this.app.commands.delete(full.id));
    return full;
  }

  registerView(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
    this.app.viewRegistry.set(type, factory);
    this.register(() => {
      this.app.viewRegistry.delete(type);
      // Obsidian closes the views of an unloaded plugin itself; plugins must not detach them.
      for (const leaf of this.app.workspace.getLeavesOfType(type)) leaf.detach();
    });
  }

  addRibbonIcon(icon: string, title: string, callback: (event: MouseEvent) => unknown): HTMLElement {
    const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action", attr: { "aria-label": title, "data-icon": icon } });
    el.addEventListener("click", callback as EventListener);
    this.register(() => el.remove());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = this.app.statusBarEl.createDiv({ cls: "status-bar-item" });
    this.register(() => el.remove());
    return el;
  }

  addSettingTab(tab: { display(): void }): void {
    this.app.settingTabs.push(tab);
    this.register(() => this.app.settingTabs.splice(this.app.settingTabs.indexOf(tab), 1));
  }

  registerEditorExtension(extension: unknown): void {
    this.app.editorExtensions.push(extension);
    this.register(() => this.app.editorExtensions.splice(this.app.editorExtensions.indexOf(extension), 1));
  }

  registerMarkdownPostProcessor(processor: unknown): void {
    this.app.postProcessors.push(processor);
    this.register(() => this.app.postProcessors.splice(this.app.postProcessors.indexOf(processor), 1));
  }

  async loadData(): Promise<unknown> {
    const path = this.dataPath();
    return this.app.vault.storage.exists(path) ? JSON.parse(this.app.vault.storage.read(path)) : null;
  }

  async saveData(data: unknown): Promise<void> {
    this.app.vault.storage.write(this.dataPath(), JSON.stringify(data, null, 2));
  }

  private dataPath(): string {
    return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
  }
}

export class PluginSettingTab {
  containerEl: HTMLElement = document.createElement("div");
  constructor(
    public app: App,
    public plugin: Plugin,
  ) {}
  display(): void {}
  hide(): void {}
}
