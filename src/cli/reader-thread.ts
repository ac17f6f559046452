import { isMainThread, workerData } from "node:worker_threads";
import { storedRecord, type StoredRecord } from "../engine/index/stored-record";
import { VaultIndex } from "../engine/index/vault-index";
import { normalizeName } from "../engine/text/normalize-text";
import { NEXT, SIGNAL, type FromReader, type ReaderData, type ToReader } from "./reader-messages";
import { readNoteText, whyNotRead } from "./read-vault";

/**
 * A reader thread of the CLI (see `read-in-threads.ts`). While the main thread reads every note
 * and gathers the concepts they declare, it builds its matcher from the glossary alone, which
 * also compiles the code that builds one; given the vault's declarations, it takes batches of
 * notes off the shared counter, reads each again and parses it into a record, sent back as plain
 * data, one message a batch. It never holds the vault's index: the main thread does.
 */

/** Whether this thread was started as a reader (the CLI's entry then runs `runReaderThread` instead of a command). */
export function isReaderThread(): boolean {
  return !isMainThread && (workerData as Partial<ReaderData> | null)?.role === "vault-reader";
}

export function runReaderThread(): void {
  const data = workerData as ReaderData;
  const shared = new Int32Array(data.shared);
  const post = (message: FromReader): void => {
    data.port.postMessage(message);
    Atomics.add(shared, SIGNAL, 1);
    Atomics.notify(shared, SIGNAL);
  };
  const index = new VaultIndex(data.options);
  // Most vaults declare few concepts or none: the matcher built now is then the one the notes
  // are read with, and otherwise the build that follows runs compiled code.
  for (const step of index.matcherSteps()) step();
  data.port.on("message", (message: ToReader) => {
    try {
      index.declare(message.declared);
      const { notes } = data;
      const { order } = message;
      for (let first = Atomics.add(shared, NEXT, 1) * data.batch; first < order.length; first = Atomics.add(shared, NEXT, 1) * data.batch) {
        const records: Array<{ place: number; record: StoredRecord }> = [];
        const failed: Array<{ place: number; message: string }> = [];
        for (let place = first; place < Math.min(order.length, first + data.batch); place++) {
          const location = notes[order[place] as number] as (typeof notes)[number];
          let text: string;
          try {
            text = readNoteText(location);
          } catch (error) {
            failed.push({ place, message: whyNotRead(error) });
            continue;
          }
          records.push({ place, record: storedRecord(index.readRecord(normalizeName(location.path), text)) });
        }
        post({ kind: "records", records, failed });
      }
      post({ kind: "parsed" });
      data.port.close();
    } catch (error) {
      post({ kind: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      data.port.close();
    }
  });
}
