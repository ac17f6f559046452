import type { LinkLocation, NoteLinks, UnresolvedLink } from "./link-graph";
import { LinkGraph } from "./link-graph";
import { FileLinkResolver, type LinkResolver } from "./link-resolution";

export type { LinkLocation };

/**
 * The index's links: the graph of what each note links, and what answers where a link leads:
 * the host's resolver (the plugin: Obsidian's `getFirstLinkpathDest`), else the engine's own over
 * every file the index was told of (its notes, and the files given to `addFiles`).
 */
export class VaultLinks {
  private readonly files = new FileLinkResolver();
  private filesListed = false;
  private readonly graph: LinkGraph;

  constructor(linksOf: (path: string) => NoteLinks | undefined, hostResolver: LinkResolver | undefined) {
    this.graph = new LinkGraph(
      linksOf,
      () => hostResolver ?? this.files,
      // Until the vault's other files are known, a link to an attachment is not judged.
      () => this.filesListed || hostResolver !== undefined,
    );
  }

  add(path: string, note: NoteLinks): void {
    this.files.add(path);
    this.graph.add(path, note);
  }

  drop(path: string, note: NoteLinks): void {
    this.files.remove(path);
    this.graph.drop(path, note);
  }

  addFiles(paths: Iterable<string>): void {
    for (const path of paths) this.files.add(path);
    this.filesListed = true;
  }

  removeFile(path: string): void {
    this.files.remove(path);
  }

  resolve(linkpath: string, fromPath: string): string | undefined {
    return this.graph.resolve(linkpath, fromPath);
  }

  backlinks(path: string): Map<string, number> {
    return this.graph.backlinks(path);
  }

  unresolved(): UnresolvedLink[] {
    return this.graph.unresolved();
  }

  missingOf(path: string): Array<{ target: string; line: number }> {
    return this.graph.unresolvedOf(path);
  }
}
