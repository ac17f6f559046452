import type { NoteRecord } from "./note-record";
import { addToSet, deleteFromSet } from "./nested-counts";

/** Tag → the notes carrying it, tags compared without case (`K8s` and `k8s` are one tag). */
export class TagNotes {
  private readonly byTag = new Map<string, Set<string>>();

  add(record: NoteRecord): void {
    for (const tag of record.tags) addToSet(this.byTag, tag.toLowerCase(), record.path);
  }

  drop(record: NoteRecord): void {
    for (const tag of record.tags) deleteFromSet(this.byTag, tag.toLowerCase(), record.path);
  }

  /** Notes carrying a tag (`a` also matches nested `a/b`), in path order. */
  tagged(tag: string): string[] {
    const wanted = tag.replace(/^#/, "").toLowerCase();
    const out = new Set<string>();
    for (const [key, paths] of this.byTag) {
      if (key === wanted || key.startsWith(wanted + "/")) for (const path of paths) out.add(path);
    }
    return [...out].sort();
  }

  /** Every tag with its notes, tags and notes in order. */
  all(): Array<{ tag: string; notes: string[] }> {
    return [...this.byTag.keys()].sort().map((tag) => ({ tag, notes: [...(this.byTag.get(tag) as Set<string>)].sort() }));
  }
}
