import type { DeclaredConcept } from "../parse/note-types";

/**
 * Concepts the user lists in settings, one a line: `Name: alias, alias` (or just `Name`).
 * Blank lines and lines starting with `#` or `//` are skipped.
 */
export function parseExtraConcepts(text: string): DeclaredConcept[] {
  const concepts: DeclaredConcept[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("//")) continue;
    const colon = line.indexOf(":");
    const name = (colon === -1 ? line : line.slice(0, colon)).trim();
    if (name === "") continue;
    const aliases = colon === -1 ? [] : line.slice(colon + 1).split(",").map((a) => a.trim()).filter((a) => a !== "");
    concepts.push({ name: name.normalize("NFC"), aliases: aliases.map((a) => a.normalize("NFC")) });
  }
  return concepts;
}
