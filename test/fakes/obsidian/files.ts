/** Obsidian's file tree objects. */
export abstract class TAbstractFile {
  name = "";
  parent: TFolder | null = null;
  constructor(public path: string) {
    this.setPath(path);
  }
  setPath(path: string): void {
    this.path = path;
    this.name = path.slice(path.lastIndexOf("/") + 1);
  }
}

export class TFile extends TAbstractFile {
  basename = "";
  extension = "";
  stat = { ctime: 0, mtime: 0, size: 0 };
  constructor(path: string) {
    super(path);
    this.setPath(path); // again: field initialisers ran after the base constructor set them
  }
  override setPath(path: string): void {
    super.setPath(path);
    const dot = this.name.lastIndexOf(".");
    this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
    this.extension = dot > 0 ? this.name.slice(dot + 1).toLowerCase() : "";
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];
  isRoot(): boolean {
    return this.path === "" || this.path === "/";
  }
}

export function normalizePath(path: string): string {
  const cleaned = path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/+|\/+$/g, "").replace(/\u00a0|\u202f/g, " ");
  return (cleaned === "" ? "/" : cleaned).normalize("NFC");
}
