import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { declaredConcepts } from "../engine/index/cold-build";
import type { IndexOptions } from "../engine/index/index-options";
import type { NoteRecord } from "../engine/index/note-record";
import { recordFromStored } from "../engine/index/stored-record";
import { VaultIndex } from "../engine/index/vault-index";
import type { DeclaredConcept } from "../engine/parse/note-types";
import { normalizeName } from "../engine/text/normalize-text";
import { NEXT, SIGNAL, type FromReader, type ReaderData, type ToReader } from "./reader-messages";
import { readNoteText, whyNotRead, type VaultFile } from "./read-vault";
import type { VaultListing, VaultWarning } from "./walk-vault";

/**
 * The cold index of a vault read and parsed by several threads, the CLI's main thread among
 * them and keeping the index. It follows the one-thread cold build step for step
 * (`cold-build.ts`): every note is read first and the concepts the notes declare are gathered;
 * then each thread builds the same matcher from the same declarations and reads notes into
 * records, which the main thread puts into the index in the order one thread's build puts
 * them. The result is the index one thread builds, record for record.
 *
 * The main thread reads every note (one thread reads as fast as several: the reading is short,
 * and a reader thread takes about as long to start and build its matcher). Then the notes are
 * parsed in batches taken off a shared counter by whichever thread is free, the main one too: a
 * reader reads its batch's notes again and sends their records back, which the main thread
 * takes off the ports between two of its own batches (no thread idles while another parses; on
 * two cores, one reader and the main thread keep both busy where two readers and a main thread
 * putting records in took turns on them).
 */

export interface ThreadedOptions {
  /** Threads that parse, this one included: `threads − 1` reader threads are started. */
  threads: number;
  /** The script the threads run: the CLI's own bundle, whose entry runs a reader when started as one. */
  script: string;
  index: IndexOptions;
  keepTexts: boolean;
  onProgress?: (read: number, total: number) => void;
  /** Called once every note is read, with how many were: the parse starts. */
  onParsing?: (notes: number) => void;
  /**
   * Start reader threads only if the notes hold this many characters or more (a reader costs
   * a second or so of CPU to start and compile its code, which only a large vault repays);
   * without it, they are started whatever the size.
   */
  fromCharacters?: number;
  /** False: the main thread parses nothing, the readers parse every note (the tests check each side's records alone). */
  parseInMain?: boolean;
}

export interface ThreadedReading {
  index: VaultIndex;
  /** The notes' texts, in the listing's order, when asked for. */
  files: VaultFile[];
  /** Notes that could not be read, in the listing's order. */
  warnings: VaultWarning[];
  /** Threads that parsed: the reader threads started, and this one. */
  threads: number;
}

/** Notes a thread parses at a time: the main thread takes the readers' records after each of its batches. */
const BATCH = 32;
/**
 * Readers are started before the notes are read (their start then overlaps the reading) when
 * the vault has this many notes or more; in a smaller one, once the notes' size is known.
 */
const EARLY_FROM_NOTES = 2_000;
/** A thread silent this long (ms) is taken for dead. */
const SILENCE = 120_000;

/**
 * Reads and indexes the listed notes in `threads` threads. Returns undefined when the notes
 * declare concepts the first step did not see (a tag written in a way the quick filter missed),
 * which only the one-thread cold build puts right.
 */
export function indexInThreads(listing: VaultListing, options: ThreadedOptions): ThreadedReading | undefined {
  const notes = listing.notes;
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const startReaders = (): Reader[] => Array.from({ length: options.threads - 1 }, () => startReader(options, shared, listing));
  let readers = options.fromCharacters === undefined || notes.length >= EARLY_FROM_NOTES ? startReaders() : [];
  try {
    // Every note read, and the concepts declared gathered, as the one-thread build does first.
    const texts = new Array<string | undefined>(notes.length);
    const failed: Array<{ at: number; message: string }> = [];
    notes.forEach((location, at) => {
      try {
        texts[at] = readNoteText(location);
      } catch (error) {
        failed.push({ at, message: whyNotRead(error) });
      }
      options.onProgress?.(at + 1, notes.length);
    });
    // The notes to parse, in the order one thread parses them (`coldBuild`): each path once, at
    // its first place in the listing, with the text read last (an NFD name and its NFC twin
    // are one note, whose later text stands).
    const order = parseOrder(listing, texts);
    options.onParsing?.(notes.length - failed.length);
    if (options.fromCharacters !== undefined && characters(texts) < options.fromCharacters) {
      stop(readers);
      readers = [];
    } else if (readers.length === 0) readers = startReaders();
    const index = new VaultIndex(options.index);
    const declared = declaredConcepts(index, order.map((at) => [(notes[at] as { path: string }).path, texts[at] as string] as const), options.index.conceptTag ?? "concept");
    for (const reader of readers) send(reader, { kind: "parse", declared, order });
    if (declared.length > 0) index.declare(declared);

    // Records go into the index in that order: each waits for the notes before it (a note that
    // could not be read again is settled with no record).
    const records = new Array<NoteRecord | null | undefined>(order.length);
    let added = 0;
    const addSettled = (): void => {
      const batch: NoteRecord[] = [];
      for (; added < order.length && records[added] !== undefined; added++) {
        const record = records[added];
        if (record) batch.push(record);
        records[added] = null; // let it go: the index holds it now
      }
      if (batch.length > 0) index.restore(batch);
    };
    const takeMessages = (): void => {
      for (const reader of readers) {
        for (let message = receive(reader); message; message = receive(reader)) {
          if (message.kind === "failed") throw new Error(`a reader thread failed: ${message.message}`);
          if (message.kind === "parsed") {
            reader.done = true;
            continue;
          }
          for (const { place, record } of message.records) {
            records[place] = recordFromStored(record);
            if (!options.keepTexts) texts[order[place] as number] = undefined;
          }
          for (const { place, message: why } of message.failed) {
            records[place] = null;
            texts[order[place] as number] = undefined;
            failed.push({ at: order[place] as number, message: why });
          }
        }
      }
      addSettled();
    };

    const mine = options.parseInMain === false ? () => order.length : () => Atomics.add(shared, NEXT, 1) * BATCH;
    for (let first = mine(); first < order.length; first = mine()) {
      for (let place = first; place < Math.min(order.length, first + BATCH); place++) {
        const at = order[place] as number;
        records[place] = index.readRecord(normalizeName((notes[at] as { path: string }).path), texts[at] as string);
        if (!options.keepTexts) texts[at] = undefined;
      }
      takeMessages();
    }
    for (;;) {
      const seen = Atomics.load(shared, SIGNAL);
      takeMessages();
      if (readers.every((reader) => reader.done)) break;
      if (Atomics.wait(shared, SIGNAL, seen, SILENCE) === "timed-out" && Atomics.load(shared, SIGNAL) === seen) {
        throw new Error(`the reader threads said nothing for ${SILENCE / 1000} s`);
      }
    }

    if (added < order.length) throw new Error("the reader threads left notes unread");
    if (!sameDeclarations(declared, index.declarations())) return undefined;
    const files: VaultFile[] = [];
    if (options.keepTexts) texts.forEach((text, at) => text !== undefined && files.push({ path: (notes[at] as { path: string }).path, text }));
    failed.sort((a, b) => a.at - b.at);
    return { index, files, warnings: failed.map(({ at, message }) => ({ path: (notes[at] as { path: string }).path, message })), threads: readers.length + 1 };
  } finally {
    stop(readers);
  }
}

function stop(readers: readonly Reader[]): void {
  for (const reader of readers) {
    reader.port.close();
    void reader.worker.terminate();
  }
}

function characters(texts: ReadonlyArray<string | undefined>): number {
  let total = 0;
  for (const text of texts) total += text?.length ?? 0;
  return total;
}

/**
 * The places in the listing of the notes to parse, as `coldBuild` parses them (a map by path):
 * each read path once, at its first place, the text read last standing for it.
 */
function parseOrder(listing: VaultListing, texts: ReadonlyArray<string | undefined>): number[] {
  const byPath = new Map<string, number>();
  listing.notes.forEach(({ path }, at) => {
    if (texts[at] !== undefined) byPath.set(normalizeName(path), at);
  });
  return [...byPath.values()];
}

interface Reader {
  worker: Worker;
  port: MessagePort;
  done: boolean;
}

function startReader(options: ThreadedOptions, shared: Int32Array, listing: VaultListing): Reader {
  const { port1, port2 } = new MessageChannel();
  const data: ReaderData = { role: "vault-reader", port: port2, shared: shared.buffer as SharedArrayBuffer, options: options.index, notes: listing.notes, batch: BATCH };
  const worker = new Worker(options.script, { workerData: data, transferList: [port2] });
  worker.unref();
  return { worker, port: port1, done: false };
}

function send(reader: Reader, message: ToReader): void {
  reader.port.postMessage(message);
}

function receive(reader: Reader): FromReader | undefined {
  return (receiveMessageOnPort(reader.port)?.message as FromReader | undefined) ?? undefined;
}

/**
 * Whether the records declare the concepts gathered in the first step, and only those (path,
 * name and aliases): else they were read with other concepts than their own.
 */
function sameDeclarations(gathered: ReadonlyArray<readonly [string, DeclaredConcept]>, kept: ReadonlyArray<readonly [string, DeclaredConcept]>): boolean {
  const key = ([path, concept]: readonly [string, DeclaredConcept]): string => JSON.stringify([path, concept.name, concept.aliases]);
  // Of two notes at one path, the later one's declaration stands (`declare` keeps the last).
  const first = new Set(new Map(gathered.map((entry) => [entry[0], key(entry)])).values());
  return kept.length === first.size && kept.every((entry) => first.has(key(entry)));
}
