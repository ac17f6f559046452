import { normalizeName } from "../text/normalize-text";

/**
 * How link targets are compared, as Obsidian resolves them: without `.md`, without case, in NFC,
 * by file name (`[[Docker]]`) or by path from the vault root (`[[Concepts/Docker]]`).
 */

/** File types that are attachments, not notes: a link to them is never an unresolved note. */
const ATTACHMENT = /\.(png|jpe?g|gif|svg|webp|bmp|avif|ico|pdf|mp3|wav|ogg|m4a|flac|mp4|webm|mov|mkv|canvas|excalidraw|zip|csv|xlsx?|docx?|pptx?|json|ya?ml|txt|html?)$/i;

export function isNoteTarget(target: string): boolean {
  return target !== "" && !ATTACHMENT.test(target);
}

/** The key a link target is looked up by. */
export function linkKey(target: string): string {
  const name = normalizeName(target.trim()).replace(/\.md$/i, "").toLowerCase();
  return name.startsWith("/") ? name.slice(1) : name;
}

/** The keys a note can be reached by: its title, and its path without `.md`. */
export function noteKeys(path: string): { title: string; path: string } {
  const pathKey = linkKey(path);
  return { title: pathKey.slice(pathKey.lastIndexOf("/") + 1), path: pathKey };
}

/** The file-name part of a link key (`concepts/docker` → `docker`). */
export function baseOfKey(key: string): string {
  return key.slice(key.lastIndexOf("/") + 1);
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
