import type { TFile } from "obsidian";
import { conceptNoteFilter, declarationOf } from "../../engine/index/cold-build";
import type { HostedVaultIndex } from "../../engine/index/hosted-vault-index";
import type { NoteEntry } from "../../engine/index/index-options";
import type { StoredRecord } from "../../engine/index/stored-record";
import type { DeclaredConcept } from "../../engine/parse/note-types";
import type { HostMetadata } from "../../engine/parse/host-metadata";
import type { FileStamp, StoredNote } from "./index-store";
import type { TimeSlicer } from "./time-slicer";

/**
 * The plugin's first index of the notes it has to read: the engine's cold build
 * (`engine/index/cold-build.ts`), step by step, in time slices, reading as it goes. The notes
 * that may declare a concept (known from their metadata, before any is read) are read first and
 * their concepts declared at once, so the matcher is built once and no note is parsed again
 * because a concept note came late; every note is read once, and reads overlap the parsing of
 * the batch before.
 *
 * The parse stays on the main thread, in slices. A Web Worker (Dataview parses in one) would
 * need a second copy of the engine in main.js, past its size budget, or main.js loading itself
 * as a worker, and the records it sends back would still be copied and indexed here; what is
 * left over 50 ms on the bench's 10k notes is garbage collection and the few notes of 100 KB
 * and more, which the engine parses in one call.
 */

export interface FirstIndexInput {
  index: HostedVaultIndex;
  slicer: TimeSlicer;
  conceptTag: string;
  /** The note's text, read once; undefined when it cannot be read. */
  read(file: TFile): Promise<string | undefined>;
  /** The note's metadata as the app holds it now. */
  metadata(file: TFile): HostMetadata | undefined;
  /** True once this build is replaced by another, or the plugin unloads. */
  cancelled(): boolean;
  /** After each batch: how many of the files are in the index. */
  progress(done: number): void;
}

/** Files read at once: `cachedRead` is async, the parse is not. */
const READ_BATCH = 32;
/** Stored records put back at once. */
const RESTORE_BATCH = 100;

/**
 * Puts back the stored records of the notes unchanged since (same modification time and size),
 * in time slices; returns how many, and the notes left to read. Every restored concept is
 * declared first, at once: the batches then build no matcher each.
 */
export async function restoreStored(index: HostedVaultIndex, files: readonly TFile[], stored: ReadonlyMap<string, StoredNote>, slicer: TimeSlicer, restoredStamp: (path: string, stamp: FileStamp) => void): Promise<{ restored: number; toRead: TFile[] }> {
  const fresh: StoredRecord[] = [];
  const toRead: TFile[] = [];
  for (const file of files) {
    const entry = stored.get(file.path);
    if (entry && entry.stamp.mtime === file.stat.mtime && entry.stamp.size === file.stat.size) {
      fresh.push(entry.record);
      restoredStamp(file.path, entry.stamp);
    } else toRead.push(file);
  }
  index.declare(fresh.filter((record) => record.declaredConcept).map((record) => [record.path, record.declaredConcept]));
  const batches: StoredRecord[][] = [];
  for (let from = 0; from < fresh.length; from += RESTORE_BATCH) batches.push(fresh.slice(from, from + RESTORE_BATCH));
  await slicer.run(batches, (batch) => index.restore(batch), (batch) => batch.length);
  return { restored: fresh.length, toRead };
}

export async function readFirstIndex(files: readonly TFile[], input: FirstIndexInput): Promise<void> {
  const { index, slicer } = input;
  const mayDeclare = conceptNoteFilter(input.conceptTag);
  // A note the app has no metadata for yet is read with the concept notes: only its text can tell.
  const first: TFile[] = [];
  const rest: TFile[] = [];
  await slicer.run(files, (file) => {
    const metadata = input.metadata(file);
    (metadata === undefined || mayDeclare(undefined, metadata) ? first : rest).push(file);
  });

  const conceptNotes = await readAll(first, input);
  if (input.cancelled()) return;
  const declared: Array<[string, DeclaredConcept]> = [];
  const candidates = conceptNotes.filter(([, text, metadata]) => mayDeclare(text, metadata));
  await slicer.run(candidates, (entry) => {
    const concept = declarationOf(index, entry);
    if (concept) declared.push([entry[0], concept]);
  }, declarationWeightOf);
  index.declare(declared);
  // The first parse after the declarations would build the matcher inside one note's slice.
  await slicer.steps(index.matcherSteps());
  await slicer.run(conceptNotes, ([path, text, metadata]) => index.upsert(path, text, metadata), weightOf);
  let done = conceptNotes.length;
  input.progress(done);

  let next = readBatch(rest.slice(0, READ_BATCH), input);
  for (let from = 0; from < rest.length; from += READ_BATCH) {
    const entries = await next;
    if (input.cancelled()) return;
    next = readBatch(rest.slice(from + READ_BATCH, from + 2 * READ_BATCH), input);
    await slicer.run(entries, ([path, text, metadata]) => index.upsert(path, text, metadata), weightOf);
    done += entries.length;
    input.progress(done);
  }
}

async function readAll(files: readonly TFile[], input: FirstIndexInput): Promise<NoteEntry[]> {
  const out: NoteEntry[] = [];
  for (let from = 0; from < files.length && !input.cancelled(); from += READ_BATCH) out.push(...(await readBatch(files.slice(from, from + READ_BATCH), input)));
  return out;
}

/** Reads files at once; each note's metadata is taken when its text is, so the two match as closely as the app allows. */
async function readBatch(files: readonly TFile[], input: FirstIndexInput): Promise<NoteEntry[]> {
  const texts = await Promise.all(files.map((file) => input.read(file)));
  const out: NoteEntry[] = [];
  files.forEach((file, i) => {
    const text = texts[i];
    if (text !== undefined) out.push([file.path, text, input.metadata(file)]);
  });
  return out;
}

/** What a note costs to read, for sizing the slices: its length. */
function weightOf(entry: NoteEntry): number {
  return entry[1].length;
}

/**
 * The same, for reading only what a note declares: weighed apart (the slicer keeps a rate per
 * way of weighing), since it costs a fraction of a full read per character; with one rate, the
 * first slice of full reads was sized by the declarations' rate and ran 35–40 ms.
 */
function declarationWeightOf(entry: NoteEntry): number {
  return entry[1].length;
}
