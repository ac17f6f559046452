import { listProperty, locateFrontmatter, propertiesByKey } from "../markdown/frontmatter";
import type { HostMetadata } from "../parse/host-metadata";
import type { DeclaredConcept } from "../parse/note-types";
import { normalizeName, normalizeNoteText } from "../text/normalize-text";
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
 * reading reads them. From the text alone it is a filter: only a note that writes the tag's word
 * after a `#` or inside its frontmatter (where tags are listed) may declare one, and it may still
 * declare nothing. A vault that speaks of concepts in its prose (a folder of "Concepts", a note
 * on "concept maps") had every such note read twice.
 */
export function conceptNoteFilter(conceptTag: string): (text: string | undefined, metadata?: HostMetadata) => boolean {
  const tag = conceptTag.toLowerCase();
  const escaped = conceptTag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const word = new RegExp(escaped, "i");
  const everyWord = new RegExp(escaped, "gi");
  return (text, metadata) => {
    if (!metadata) return text !== undefined && word.test(text) && writtenAsTag(normalizeNoteText(text), everyWord);
    const properties = metadata.frontmatter ? propertiesByKey({ ...metadata.frontmatter }) : {};
    const tags = [...listProperty(properties.tags ?? properties.tag, /[,\s]+/), ...(metadata.tags ?? []).map((t) => t.tag)];
    return tags.some((t) => t.replace(/^#/, "").normalize("NFC").toLowerCase() === tag);
  };
}

/**
 * Whether the word (`every`, a global regex) is written after a `#` or inside the frontmatter,
 * in a text as the note's reading sees it (no BOM, `\n` line breaks), the only places a tag is.
 */
function writtenAsTag(text: string, every: RegExp): boolean {
  let frontmatterEnd = -1;
  every.lastIndex = 0;
  for (let found = every.exec(text); found; found = every.exec(text)) {
    if (text.charCodeAt(found.index - 1) === 35 /* # */) return true;
    if (frontmatterEnd === -1) frontmatterEnd = locateFrontmatter(text)?.end ?? 0;
    if (found.index < frontmatterEnd) return true;
  }
  return false;
}

/** The concept a note declares, read with the index's options, without changing the index (no mentions read). */
export function declarationOf(index: HostedVaultIndex, [path, text, metadata]: NoteEntry): DeclaredConcept | null {
  return index.parse(path, text, metadata, { mentions: false }).declaredConcept;
}
