import { listProperty, propertiesByKey } from "../markdown/frontmatter";
import type { HostMetadata } from "../parse/host-metadata";
import type { DeclaredConcept } from "../parse/note-types";
import { normalizeName } from "../text/normalize-text";
import type { HostedVaultIndex } from "./hosted-vault-index";
import type { NoteEntry } from "./index-options";

/**
 * The first index of a vault, in the one order both shells follow: the notes that may declare a
 * concept are read first and their concepts set at once, so the matcher is built once and every
 * note is then read once, with the final concepts. (A declaration missed still counts: its upsert
 * sets it, and the notes read before it are read again.) `coldBuild` does it with every note at
 * hand (the CLI); the plugin takes the same steps (`conceptNoteFilter`, `declarationOf`,
 * `HostedVaultIndex.declare`, then `upsert`) in time slices, reading as it goes.
 */
export function coldBuild(index: HostedVaultIndex, entries: Iterable<NoteEntry>, conceptTag: string): void {
  const texts = new Map<string, string>();
  const metadata = new Map<string, HostMetadata>();
  for (const [path, text, known] of entries) {
    texts.set(normalizeName(path), text);
    if (known) metadata.set(normalizeName(path), known);
  }
  const declared = declaredConcepts(index, texts, conceptTag, metadata);
  if (declared.length > 0) index.declare(declared);
  for (const [path, text] of texts) index.upsert(path, text, metadata.get(path));
  for (const path of index.staleNotes()) index.upsert(path, texts.get(path) as string, metadata.get(path));
}

/**
 * The concepts the notes declare, read from the notes whose text holds the concept tag (no
 * concept is read from the others, no matcher is built): the first step of a cold build, taken
 * by each worker thread of the CLI for the notes it read.
 */
export function declaredConcepts(index: HostedVaultIndex, texts: Iterable<readonly [string, string]>, conceptTag: string, metadata?: ReadonlyMap<string, HostMetadata>): Array<[string, DeclaredConcept]> {
  const mayDeclare = conceptNoteFilter(conceptTag);
  const declared: Array<[string, DeclaredConcept]> = [];
  for (const [path, text] of texts) {
    const known = metadata?.get(path);
    if (!mayDeclare(text, known)) continue;
    const concept = declarationOf(index, [path, text, known]);
    if (concept) declared.push([normalizeName(path), concept]);
  }
  return declared;
}

/**
 * Whether a note may declare a concept (carry the concept tag). From its host's metadata the
 * answer is exact, and needs no text: its frontmatter tags and body tags, read as the note's
 * reading reads them. From the text alone it is a filter: a note without the tag's word anywhere
 * declares nothing; one with it may still declare nothing.
 */
export function conceptNoteFilter(conceptTag: string): (text: string | undefined, metadata?: HostMetadata) => boolean {
  const tag = conceptTag.toLowerCase();
  const word = new RegExp(conceptTag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
  return (text, metadata) => {
    if (!metadata) return text !== undefined && word.test(text);
    const properties = metadata.frontmatter ? propertiesByKey({ ...metadata.frontmatter }) : {};
    const tags = [...listProperty(properties.tags ?? properties.tag, /[,\s]+/), ...(metadata.tags ?? []).map((t) => t.tag)];
    return tags.some((t) => t.replace(/^#/, "").normalize("NFC").toLowerCase() === tag);
  };
}

/** The concept a note declares, read with the index's options, without changing the index (no mentions read). */
export function declarationOf(index: HostedVaultIndex, [path, text, metadata]: NoteEntry): DeclaredConcept | null {
  return index.parse(path, text, metadata, { mentions: false }).declaredConcept;
}
