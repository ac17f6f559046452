/**
 * `metadataCache.getFirstLinkpathDest` for the fake: where Obsidian sends a link's path, among
 * every file of the vault, written for the fake from Obsidian's behaviour (the table in
 * `test/engine/index/link-resolution.cases.ts`), by looking at the files one by one rather than
 * through the engine's lookup tables, so that the two can be held against each other.
 * - `` (empty): the linking note; `/a`: from the vault's root; `./a`, `../a`: from the linking
 *   note's folder and nowhere else (above the root: nowhere);
 * - else: from the linking note's folder, then from the root, then by name: the files whose
 *   path ends with the link's at a folder boundary, the one beside the linking note first, then
 *   the shortest path, then code-unit order;
 * - a path names the file itself or, without its extension, the note `path.md`; case does not
 *   count, unless two files differ only by it.
 */
export function linkpathDestination(paths: readonly string[], linkpath: string, sourcePath: string): string | null {
  const link = linkpath.trim().normalize("NFC");
  const source = sourcePath.normalize("NFC");
  if (link === "") return paths.includes(source) ? source : null;
  const folder = source.includes("/") ? source.slice(0, source.lastIndexOf("/")) : "";
  if (link.startsWith("/")) return fileAt(paths, link.replace(/^\/+/, ""));
  if (link === "." || link === ".." || link.startsWith("./") || link.startsWith("../")) {
    const joined = joinedPath(folder, link);
    return joined === null ? null : fileAt(paths, joined);
  }
  return (folder === "" ? null : fileAt(paths, `${folder}/${link}`)) ?? fileAt(paths, link) ?? byName(paths, link, folder);
}

function joinedPath(folder: string, relative: string): string | null {
  const parts = folder === "" ? [] : folder.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part !== "..") parts.push(part);
    else if (parts.pop() === undefined) return null;
  }
  return parts.join("/");
}

function fileAt(paths: readonly string[], path: string): string | null {
  for (const candidate of [path, `${path}.md`]) {
    const same = paths.filter((p) => p.toLowerCase() === candidate.toLowerCase());
    if (same.length > 0) return same.find((p) => p === candidate) ?? [...same].sort()[0] ?? null;
  }
  return null;
}

function byName(paths: readonly string[], link: string, folder: string): string | null {
  const wanted = [link.toLowerCase(), `${link.toLowerCase()}.md`];
  const matches = paths.filter((path) => {
    const lower = path.toLowerCase();
    return wanted.some((tail) => lower === tail || lower.endsWith(`/${tail}`));
  });
  if (matches.length === 0) return null;
  const near = matches.filter((path) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "") === folder);
  const pool = near.length > 0 ? near : matches;
  return [...pool].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;
}
