import type { App } from "./app";
import { Component } from "./component";
import { Events } from "./events";
import type { TFile } from "./files";
import { Editor } from "./markdown-editor";

/** Obsidian's views and leaves: a leaf holds one view, whose DOM is header + content. */
export abstract class View extends Component {
  app: App;
  containerEl: HTMLElement;
  navigation = false;
  constructor(public leaf: WorkspaceLeaf) {
    super();
    this.app = leaf.app;
    this.containerEl = document.createElement("div");
    this.containerEl.className = "view-container";
  }
  abstract getViewType(): string;
  getDisplayText(): string {
    return "";
  }
  getIcon(): string {
    return "";
  }
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(_state: unknown, _result: unknown): Promise<void> {}
  async onOpen(): Promise<void> {}
  async onClose(): Promise<void> {}
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;
  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.containerEl.createDiv({ cls: "view-header" }).createDiv({ cls: "view-header-title" });
    this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
  }
}

/** The view a note is open in: its file, the line it was opened at, and an editor holding its text. */
export class MarkdownView extends View {
  file: TFile | null = null;
  line: number | undefined;
  editor: Editor = new Editor("");
  getViewType(): string {
    return "markdown";
  }
}

export class WorkspaceLeaf {
  view: View;
  constructor(public app: App) {
    this.view = new EmptyView(this);
  }

  async setViewState(state: { type: string; active?: boolean; state?: Record<string, unknown> }): Promise<void> {
    const factory = this.app.viewRegistry.get(state.type);
    if (!factory) throw new Error(`no view registered for ${state.type}`);
    await this.replaceView(factory(this));
    await this.view.setState(state.state ?? {}, {});
  }

  async openFile(file: TFile, openState: { eState?: { line?: number } } = {}): Promise<void> {
    const view = new MarkdownView(this);
    view.file = file;
    view.line = openState.eState?.line;
    view.editor = new Editor(await this.app.vault.read(file));
    await this.replaceView(view);
    this.app.workspace.setActiveFile(file, this, view.line);
  }

  detach(): void {
    void this.view.onClose();
    this.view.containerEl.remove();
    this.app.workspace.removeLeaf(this);
  }

  private async replaceView(view: View): Promise<void> {
    await this.view.onClose();
    this.view.containerEl.remove();
    this.view = view;
    // As in Obsidian: the view's type on its container, its display text in its header.
    view.containerEl.setAttribute("data-type", view.getViewType());
    this.app.workspace.containerEl.appendChild(view.containerEl);
    await view.onOpen();
    view.containerEl.querySelector(".view-header-title")?.setText(view.getDisplayText());
  }
}

class EmptyView extends View {
  getViewType(): string {
    return "empty";
  }
}

export class Workspace extends Events {
  containerEl: HTMLElement = document.createElement("div");
  readonly leaves: WorkspaceLeaf[] = [];
  private activeFile: TFile | null = null;
  private activeLeaf: WorkspaceLeaf | null = null;
  private ready = false;
  private readonly readyCallbacks: Array<() => unknown> = [];
  /** Fake only: where the last note was opened (1-based line, as the user sees it). */
  lastOpened: { path: string; line?: number } | undefined;
  layoutSaves = 0;
  /** Fake only: calls of `updateOptions`. */
  optionUpdates = 0;

  constructor(private readonly app: App) {
    super();
    this.containerEl.className = "workspace";
  }

  get layoutReady(): boolean {
    return this.ready;
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.ready) callback();
    else this.readyCallbacks.push(callback);
  }

  /** Fake only: the moment Obsidian has restored the layout. */
  finishLayout(): void {
    this.ready = true;
    for (const callback of this.readyCallbacks.splice(0)) callback();
  }

  getLeaf(newLeaf?: boolean | "tab" | "split"): WorkspaceLeaf {
    const reusable = !newLeaf ? this.leaves.find((leaf) => leaf.view instanceof MarkdownView || leaf.view.getViewType() === "empty") : undefined;
    if (reusable) return reusable;
    const leaf = new WorkspaceLeaf(this.app);
    this.leaves.push(leaf);
    return leaf;
  }

  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((leaf) => leaf.view.getViewType() === type);
  }

  async revealLeaf(_leaf: WorkspaceLeaf): Promise<void> {}

  detachLeavesOfType(type: string): void {
    for (const leaf of this.getLeavesOfType(type)) leaf.detach();
  }

  removeLeaf(leaf: WorkspaceLeaf): void {
    const at = this.leaves.indexOf(leaf);
    if (at !== -1) this.leaves.splice(at, 1);
    if (this.activeLeaf === leaf) this.activeLeaf = null;
  }

  getActiveFile(): TFile | null {
    return this.activeFile;
  }

  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  setActiveFile(file: TFile | null, leaf?: WorkspaceLeaf, line?: number): void {
    this.activeFile = file;
    this.activeLeaf = leaf ?? null;
    if (file) this.lastOpened = { path: file.path, ...(line === undefined ? {} : { line: line + 1 }) };
    this.trigger("file-open", file);
    if (leaf) this.trigger("active-leaf-change", leaf);
  }

  requestSaveLayout(): void {
    this.layoutSaves++;
  }

  /**
   * Obsidian reconfigures every editor with the plugins' registered extensions here. The fake has
   * no editor of its own: it counts the calls, and tells an editor a test made (`update-options`).
   */
  updateOptions(): void {
    this.optionUpdates++;
    this.trigger("update-options");
  }
}
