import { normalizeName } from "./normalize-text";

/**
 * How link targets are compared: without case, in NFC, trimmed. Where a link leads is decided by
 * `index/link-resolution.ts`; these are the keys the index files links under.
 */

/**
 * File types that are not notes. While the index has not been told the vault's files (a host
 * that lists only notes), a link to one of these is not judged: it may well exist.
 */
const ATTACHMENT = /\.(png|jpe?g|gif|svg|webp|bmp|avif|heic|heif|tiff?|ico|pdf|mp3|wav|ogg|m4a|flac|3gp|mp4|m4v|webm|ogv|mov|mkv|canvas|base|excalidraw|zip|csv|xlsx?|docx?|pptx?|json|ya?ml|txt|html?)$/i;

export function isAttachmentName(target: string): boolean {
  return ATTACHMENT.test(target.trim());
}

/**
 * A link's path as the index files it: trimmed, NFC, otherwise as written (case too: of two
 * files whose names differ only in case, the link's case picks one).
 */
export function targetKey(target: string): string {
  return normalizeName(target.trim());
}

/** The file name a link's path or a file's path ends with, in lower case, without `.md`. */
export function nameKey(path: string): string {
  const key = targetKey(path).toLowerCase();
  const name = key.slice(key.lastIndexOf("/") + 1);
  return name.endsWith(".md") ? name.slice(0, -3) : name;
}

/** What a link names, for grouping and for concept names: lower case, without `.md` or a leading `/`. */
export function linkKey(target: string): string {
  const name = targetKey(target).toLowerCase().replace(/\.md$/, "");
  return name.startsWith("/") ? name.slice(1) : name;
}

/** The file-name part of a link key (`concepts/docker` → `docker`). */
export function baseOfKey(key: string): string {
  return key.slice(key.lastIndexOf("/") + 1);
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

/** `./a`, `../a`, `.`, `..`: written relative to the linking note's folder. */
export function isRelative(link: string): boolean {
  return link === "." || link === ".." || link.startsWith("./") || link.startsWith("../");
}

/** `folder` joined with a relative path, `.` and `..` resolved; undefined above the vault's root. */
export function joinPath(folder: string, relative: string): string | undefined {
  const parts = folder === "" ? [] : folder.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
