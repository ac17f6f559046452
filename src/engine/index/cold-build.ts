import type { HostMetadata } from "../parse/host-metadata";
import type { DeclaredConcept } from "../parse/note-types";
import { normalizeName } from "../text/normalize-text";
import type { HostedVaultIndex } from "./hosted-vault-index";
import type { NoteEntry } from "./index-options";

/**
 * The first index of a vault, every note at hand. Only a note whose text holds the concept tag
 * can declare a concept: those are read first and their concepts set at once, so the matcher is
 * built once and every note is then read once, with the final concepts. (A declaration the
 * filter missed still counts: its upsert sets it, and the notes read before it are read again.)
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
  const tag = new RegExp(conceptTag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
  const declared: Array<[string, DeclaredConcept]> = [];
  for (const [path, text] of texts) {
    if (!tag.test(text)) continue;
    const concept = index.parse(path, text, metadata?.get(path), { mentions: false }).declaredConcept;
    if (concept) declared.push([normalizeName(path), concept]);
  }
  return declared;
}
