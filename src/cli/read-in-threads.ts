import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { IndexOptions } from "../engine/index/index-options";
import type { NoteRecord } from "../engine/index/note-record";
import { recordFromStored } from "../engine/index/stored-record";
import { VaultIndex } from "../engine/index/vault-index";
import type { DeclaredConcept } from "../engine/parse/note-types";
import type { FromReader, ReaderData, ToReader } from "./reader-messages";
import type { VaultFile } from "./read-vault";
import type { VaultListing, VaultWarning } from "./walk-vault";

/**
 * The cold index of a vault read and parsed by several threads, the CLI's main thread keeping
 * the index. It follows the one-thread cold build step for step (`cold-build.ts`): every note is
 * read first and the concepts the notes declare are gathered; then each thread builds the same
 * matcher from the same declarations and reads its notes into records, which the main thread
 * puts into the index as they come, in the order of the vault's listing. The result is the index
 * one thread builds, record for record.
 *
 * Notes are handed out in batches as threads ask for more, so a thread that met a large note
 * reads fewer. The commands are synchronous: the main thread waits on a shared counter that a
 * reader bumps after each message, and takes the messages off the ports itself.
 */

export interface ThreadedOptions {
  threads: number;
  /** The script the threads run: the CLI's own bundle, whose entry runs a reader when started as one. */
  script: string;
  index: IndexOptions;
  keepTexts: boolean;
  onProgress?: (read: number, total: number) => void;
}

export interface ThreadedReading {
  index: VaultIndex;
  /** The notes' texts, in the listing's order, when asked for. */
  files: VaultFile[];
  /** Notes that could not be read, in the listing's order. */
  warnings: VaultWarning[];
}

/** Notes handed to a thread at a time, and how many batches each may hold ahead. */
const BATCH = 32;
const AHEAD = 2;
/** A thread silent this long (ms) is taken for dead. */
const SILENCE = 120_000;

/**
 * Reads and indexes the listed notes in `threads` threads. Returns undefined when the notes
 * declare concepts the first step did not see (a tag written in a way the quick filter missed),
 * which only the one-thread cold build puts right.
 */
export function indexInThreads(listing: VaultListing, options: ThreadedOptions): ThreadedReading | undefined {
  const notes = listing.notes;
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const readers = Array.from({ length: options.threads }, () => startReader(options, signal));
  try {
    let next = 0;
    const handOut = (reader: Reader): void => {
      if (next >= notes.length) return;
      const batch = notes.slice(next, next + BATCH).map((location, k) => ({ at: next + k, location }));
      next += batch.length;
      reader.outstanding++;
      send(reader, { kind: "read", notes: batch });
    };
    for (let k = 0; k < AHEAD; k++) for (const reader of readers) handOut(reader);

    const failed: Array<{ at: number; message: string }> = [];
    const declaring: Array<{ at: number; path: string; concept: DeclaredConcept }> = [];
    let read = 0;
    // Records go into the index while the readers parse, in the listing's order: each waits for
    // the notes before it (a note that could not be read is settled with no record).
    const index = new VaultIndex(options.index);
    const records = new Array<NoteRecord | null | undefined>(notes.length);
    let added = 0;
    const addSettled = (): void => {
      const batch: NoteRecord[] = [];
      for (; added < notes.length && records[added] !== undefined; added++) {
        const record = records[added];
        if (record) batch.push(record);
        records[added] = null; // let it go: the index holds it now
      }
      if (batch.length > 0) index.restore(batch);
    };
    const texts = new Array<string | undefined>(notes.length);
    let parsing = false;
    let declared: Array<[string, DeclaredConcept]> = [];
    let parsed = 0;
    for (;;) {
      const seen = Atomics.load(counter, 0);
      for (const reader of readers) {
        for (let message = receive(reader); message; message = receive(reader)) {
          if (message.kind === "failed") throw new Error(`a reader thread failed: ${message.message}`);
          if (message.kind === "read") {
            reader.outstanding--;
            read += message.count;
            failed.push(...message.failed);
            for (const { at } of message.failed) records[at] = null;
            declaring.push(...message.declared);
            options.onProgress?.(read, notes.length);
            handOut(reader);
          } else if (message.kind === "records") {
            for (const { at, record, text } of message.records) {
              records[at] = recordFromStored(record);
              if (text !== undefined) texts[at] = text;
            }
            addSettled();
          } else {
            reader.done = true;
          }
        }
      }
      if (!parsing && next >= notes.length && readers.every((reader) => reader.outstanding === 0)) {
        parsing = true;
        // In the listing's order, as one thread declares them: of two notes at one path (an NFD
        // name and its NFC twin), the later one's declaration stands.
        declared = declaring.sort((a, b) => a.at - b.at).map(({ path, concept }) => [path, concept]);
        for (const reader of readers) send(reader, { kind: "parse", declared });
      }
      parsed = readers.filter((reader) => reader.done).length;
      if (parsing && parsed === readers.length) break;
      if (Atomics.wait(counter, 0, seen, SILENCE) === "timed-out" && Atomics.load(counter, 0) === seen) {
        throw new Error(`the reader threads said nothing for ${SILENCE / 1000} s`);
      }
    }

    addSettled();
    if (!sameDeclarations(declared, index.declarations())) return undefined;
    const files: VaultFile[] = [];
    if (options.keepTexts) texts.forEach((text, at) => text !== undefined && files.push({ path: (notes[at] as { path: string }).path, text }));
    failed.sort((a, b) => a.at - b.at);
    return { index, files, warnings: failed.map(({ at, message }) => ({ path: (notes[at] as { path: string }).path, message })) };
  } finally {
    for (const reader of readers) {
      reader.port.close();
      void reader.worker.terminate();
    }
  }
}

interface Reader {
  worker: Worker;
  port: MessagePort;
  outstanding: number;
  done: boolean;
}

function startReader(options: ThreadedOptions, signal: SharedArrayBuffer): Reader {
  const { port1, port2 } = new MessageChannel();
  const data: ReaderData = { role: "vault-reader", port: port2, signal, options: options.index, keepTexts: options.keepTexts };
  const worker = new Worker(options.script, { workerData: data, transferList: [port2] });
  worker.unref();
  return { worker, port: port1, outstanding: 0, done: false };
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
