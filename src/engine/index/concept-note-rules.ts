import type { ConceptSet } from "../concepts/concept-set";
import { normalizeName } from "../text/normalize-text";
import type { NoteRecord } from "./note-record";

/**
 * Which note is a concept's note. Only a note that says so: one tagged as a concept (it declares
 * the concept), or one the user named in settings (`Ingress: Projects/k8s/ingress.md`, what the
 * concept page writes when the user confirms a suggestion). A note that merely shares the name (a
 * TIL called `docker.md`, a project's `ingress.md`) never becomes it silently: the linker would
 * link the whole vault to it and stop linking in it. Such notes are offered as suggestions.
 */

/** A concept note named in settings. */
export interface AssignedConceptNote {
  /** The concept's name or one of its aliases (a name no concept has makes a concept of its own). */
  concept: string;
  /** The note's path from the vault's root; `.md` may be left out. */
  path: string;
}

/**
 * Reads the settings' lines, `Concept: path` each (the first `:` splits them); lines without
 * both, blank lines and `#` or `//` comments are skipped.
 */
export function parseAssignedConceptNotes(lines: readonly string[]): AssignedConceptNote[] {
  const out: AssignedConceptNote[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("//")) continue;
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    const concept = line.slice(0, colon).trim().normalize("NFC");
    let path = normalizeName(line.slice(colon + 1).trim().replace(/^\/+/, ""));
    if (concept === "" || path === "") continue;
    if (!path.toLowerCase().endsWith(".md")) path += ".md";
    out.push({ concept, path });
  }
  return out;
}

/**
 * The settings' lines with `path` named as the note of `concept` (what confirming a suggestion
 * writes): a line naming another note for the same concept is replaced, the others kept as typed.
 */
export function withAssignedConceptNote(lines: readonly string[], concepts: ConceptSet, concept: string, path: string): string[] {
  const id = concepts.byName(concept)?.id;
  const kept = lines.filter((line) => {
    const [assigned] = parseAssignedConceptNotes([line]);
    if (!assigned) return true;
    return !(assigned.concept.toLowerCase() === concept.toLowerCase() || (id !== undefined && concepts.byName(assigned.concept)?.id === id));
  });
  return [...kept, `${concept}: ${path}`];
}

/** The settings' lines with the note at `from` renamed to `to` (a note named there was moved). */
export function withConceptNoteRenamed(lines: readonly string[], from: string, to: string): string[] {
  return lines.map((line) => {
    const [assigned] = parseAssignedConceptNotes([line]);
    return assigned && assigned.path === normalizeName(from) ? `${assigned.concept}: ${normalizeName(to)}` : line;
  });
}

/**
 * Notes named after one of the concept's names that could be its note: not opted out of linking,
 * not declaring a concept of their own. Shortest path first, then in code-unit order.
 */
export function conceptNoteCandidates(concepts: ConceptSet, conceptId: string, notes: Iterable<NoteRecord>): string[] {
  const concept = concepts.get(conceptId);
  if (!concept) return [];
  const names = new Set([concept.name, ...concept.en, ...concept.exact, ...concept.ko].map((alias) => alias.normalize("NFC").toLowerCase().trim()));
  const found: string[] = [];
  for (const record of notes) {
    // The title is the file's name, already NFC: compared as it is, not normalised again per note.
    if (!names.has(record.title.toLowerCase()) || record.linksOff || record.declaredConcept) continue;
    found.push(record.path);
  }
  return found.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}
