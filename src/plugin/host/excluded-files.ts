import type { App } from "obsidian";

/**
 * Which notes the index leaves out: those in our own excluded folders (a setting), and those in
 * the vault's "Excluded files" list (Options → Files and links), which Obsidian's search, graph
 * and quick switcher leave out too. Neither the list nor Obsidian's check of it is in the public
 * typings, so both are looked for: `metadataCache.isUserIgnored` where the app has it (it knows
 * its own rules), else the list from `vault.getConfig("userIgnoreFilters")`, read as Obsidian
 * reads it (an entry written `/…/` is a regular expression, any other the start of a path).
 */
export class ExcludedFiles {
  constructor(
    private readonly app: App,
    private readonly folders: readonly string[],
  ) {}

  includes(path: string): boolean {
    return !this.inOwnFolder(path) && !this.ignoredByObsidian(path);
  }

  /** The vault's "Excluded files" list as the app holds it, for the settings to show. */
  obsidianFilters(): string[] {
    const vault = this.app.vault as unknown as { getConfig?: (key: string) => unknown };
    const filters = typeof vault.getConfig === "function" ? vault.getConfig("userIgnoreFilters") : undefined;
    return Array.isArray(filters) ? filters.filter((f): f is string => typeof f === "string" && f !== "") : [];
  }

  private inOwnFolder(path: string): boolean {
    return this.folders.some((folder) => folder !== "" && (path === folder || path.startsWith(folder.replace(/\/+$/, "") + "/")));
  }

  private ignoredByObsidian(path: string): boolean {
    const cache = this.app.metadataCache as unknown as { isUserIgnored?: (path: string) => boolean };
    if (typeof cache.isUserIgnored === "function") return cache.isUserIgnored(path) === true;
    return this.obsidianFilters().some((filter) => matchesFilter(filter, path));
  }
}

function matchesFilter(filter: string, path: string): boolean {
  if (filter.length > 2 && filter.startsWith("/") && filter.endsWith("/")) {
    try {
      return new RegExp(filter.slice(1, -1)).test(path);
    } catch {
      return false; // a pattern Obsidian could not read either
    }
  }
  return path.startsWith(filter);
}
