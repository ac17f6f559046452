import type { IndexOptions } from "../engine/index/index-options";
import type { StoredRecord } from "../engine/index/stored-record";
import type { DeclaredConcept } from "../engine/parse/note-types";
import type { MessagePort } from "node:worker_threads";
import type { NoteLocation } from "./walk-vault";

/**
 * What the CLI's main thread and its reader threads say to each other (`read-in-threads.ts`,
 * `reader-thread.ts`). Notes are named by their place in the vault's listing, so that the main
 * thread puts everything back in the order one thread would have read it.
 */

/** What a reader thread starts with. */
export interface ReaderData {
  role: "vault-reader";
  port: MessagePort;
  /**
   * Two shared counters: [SIGNAL] is bumped (and notified) by a reader after each message it
   * posts, the main thread waits on it; [NEXT] is the next batch of notes to parse, taken by
   * every thread (the main one too) with `Atomics.add`.
   */
  shared: SharedArrayBuffer;
  options: IndexOptions;
  /** The vault's notes, in the listing's order. */
  notes: NoteLocation[];
  /** Notes a batch holds: batch k is the places k·batch … k·batch + batch − 1 of the parse order. */
  batch: number;
}

/** Indexes into `ReaderData.shared`. */
export const SIGNAL = 0;
export const NEXT = 1;

export type ToReader =
  /**
   * Every note is read and its declarations gathered: parse with these. `order` holds the notes
   * to parse (their places in the listing), in the order their records go into the index.
   */
  { kind: "parse"; declared: Array<[string, DeclaredConcept]>; order: number[] };

export type FromReader =
  /** One batch: the records of its notes, and the notes that could not be read again (by their place in the parse order). */
  | { kind: "records"; records: Array<{ place: number; record: StoredRecord }>; failed: Array<{ place: number; message: string }> }
  | { kind: "parsed" }
  | { kind: "failed"; message: string };
