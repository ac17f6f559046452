import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The linker's trap vault (`linker-traps/`): notes of our own, modelled on public study vaults
 * (GCP and Kubernetes notes with MOCs and command tables, HTML written as markdown, TIL lists,
 * English Kubernetes notes with callouts), each holding constructs a careless linker would break.
 * The CRLF, BOM and NFD forms of each note are made here, not stored.
 */
export const TRAP_VAULT = join(__dirname, "linker-traps");

/** Every note of the vault, path (from the vault root, `/`-separated) → text, in path order. */
export function trapNotes(): Map<string, string> {
  const notes = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".md")) notes.set(relative(TRAP_VAULT, full).split("\\").join("/"), readFileSync(full, "utf8"));
    }
  };
  walk(TRAP_VAULT);
  return notes;
}

export const asCrlf = (text: string): string => text.replace(/\n/g, "\r\n");

/** The note with the given lines (0-based) decomposed to NFD, as macOS may store them. */
export function withNfdLines(text: string, decompose: (line: number) => boolean): string {
  return text
    .split("\n")
    .map((line, i) => (decompose(i) ? line.normalize("NFD") : line))
    .join("\n");
}
