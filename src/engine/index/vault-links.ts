import type { LinkLocation, UnresolvedLink } from "./link-graph";
import { LinkGraph } from "./link-graph";
import { FileLinkResolver, type LinkResolver } from "./link-resolution";
import type { NoteIds } from "./note-ids";
import type { NoteRecord } from "./note-record";

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

  constructor(notes: NoteIds, hostResolver: LinkResolver | undefined) {
    this.graph = new LinkGraph(
      notes,
      () => hostResolver ?? this.files,
      // Until the vault's other files are known, a link to an attachment is not judged.
      () => this.filesListed || hostResolver !== undefined,
    );
  }

  add(note: number, record: NoteRecord): void {
    this.files.add(record.path);
    this.graph.add(note, record);
  }

  drop(note: number, record: NoteRecord): void {
    this.files.remove(record.path);
    this.graph.drop(note, record);
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

  missingByNote(): Map<string, Array<{ target: string; line: number }>> {
    return this.graph.unresolvedByNote();
  }
}
