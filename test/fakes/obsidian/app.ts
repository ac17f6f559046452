import type { TAbstractFile } from "./files";
import type { Command } from "./plugin";
import type { VaultStorage } from "./storage";
import { Vault } from "./vault";
import { MarkdownView, Workspace, type View, type WorkspaceLeaf } from "./workspace";
import { MetadataCache } from "./metadata-cache";

/** Obsidian's `FileManager`, only `processFrontMatter` (through the vault, like the real one). */
export class FileManager {
  constructor(private readonly vault: Vault) {}
  async processFrontMatter(): Promise<void> {
    throw new Error("processFrontMatter is not used by the plugin yet");
  }

  /** A user's delete: wherever the trash is, it is outside the vault, which sees the file deleted. */
  trashFile(file: TAbstractFile): Promise<void> {
    return this.vault.delete(file);
  }
}

/** The fake app: a vault over a storage, a workspace in a DOM, and the plugin registries. */
export class App {
  vault: Vault;
  workspace: Workspace;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  readonly commands = new Map<string, Command>();
  readonly viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
  readonly settingTabs: Array<{ display(): void }> = [];
  readonly editorExtensions: unknown[] = [];
  readonly postProcessors: unknown[] = [];
  ribbonEl: HTMLElement;
  statusBarEl: HTMLElement;
  /** Obsidian's id of the vault (not in the public typings): the same folder, the same id. */
  readonly appId: string;

  constructor(storage: VaultStorage, root: HTMLElement = document.body) {
    this.appId = "root" in storage ? `fake-${String(storage.root)}` : "fake-memory-vault";
    this.vault = new Vault(storage);
    this.workspace = new Workspace(this);
    this.metadataCache = new MetadataCache(this.vault);
    this.fileManager = new FileManager(this.vault);
    this.ribbonEl = root.createDiv({ cls: "side-dock-ribbon" });
    root.appendChild(this.workspace.containerEl);
    this.statusBarEl = root.createDiv({ cls: "status-bar" });
  }

  /**
   * Fake only: runs a command by its full id, as the command palette would. A command with a check
   * callback runs only where it is available (as Obsidian leaves it out of the palette elsewhere);
   * then the answer is whether it ran.
   */
  runCommand(id: string): unknown {
    const command = this.commands.get(id);
    if (!command) throw new Error(`no command ${id}`);
    if (command.callback) return command.callback();
    if (!this.commandAvailable(id)) return false;
    const view = this.workspace.getActiveViewOfType(MarkdownView);
    if (command.editorCheckCallback && view) command.editorCheckCallback(false, view.editor, view);
    else command.checkCallback?.(false);
    return true;
  }

  /** Fake only: whether the command palette would offer the command now. */
  commandAvailable(id: string): boolean {
    const command = this.commands.get(id);
    if (!command) throw new Error(`no command ${id}`);
    if (command.callback) return true;
    if (command.editorCheckCallback) {
      const view = this.workspace.getActiveViewOfType(MarkdownView);
      return view !== null && command.editorCheckCallback(true, view.editor, view) === true;
    }
    return command.checkCallback?.(true) === true;
  }
}
