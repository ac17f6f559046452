import { nameKey } from "../text/link-names";
import type { VaultIndex } from "../index/vault-index";

/**
 * How a link to a note is written, as Obsidian writes it by default ("shortest path when
 * possible"): the note's name when no other note has it, else its path from the vault root, both
 * without `.md`. Built once for a vault (a map of names), then asked per note.
 */
export function shortestLinkText(index: VaultIndex): (notePath: string) => string {
  const byTitle = new Map<string, number>();
  for (const path of index.paths()) {
    const title = nameKey(path);
    byTitle.set(title, (byTitle.get(title) ?? 0) + 1);
  }
  return (notePath) => {
    const withoutExtension = notePath.replace(/\.md$/i, "");
    const name = withoutExtension.slice(withoutExtension.lastIndexOf("/") + 1);
    return (byTitle.get(nameKey(name)) ?? 0) > 1 ? withoutExtension : name;
  };
}
