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
  /** Bumped (and notified) by the reader after each message it posts: the main thread waits on it. */
  signal: SharedArrayBuffer;
  options: IndexOptions;
  /** Send the notes' texts back too (commands that work on the texts: `link`, `scan --json`). */
  keepTexts: boolean;
}

export type ToReader =
  /** Read these notes (and keep their texts). */
  | { kind: "read"; notes: Array<{ at: number; location: NoteLocation }> }
  /** Every note is read: parse what you read with these declarations. */
  | { kind: "parse"; declared: Array<[string, DeclaredConcept]> };

export type FromReader =
  | { kind: "read"; count: number; declared: Array<{ at: number; path: string; concept: DeclaredConcept }>; failed: Array<{ at: number; message: string }> }
  | { kind: "records"; records: Array<{ at: number; record: StoredRecord; text?: string }> }
  | { kind: "parsed" }
  | { kind: "failed"; message: string };
