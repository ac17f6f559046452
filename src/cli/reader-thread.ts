import { isMainThread, workerData } from "node:worker_threads";
import { declaredConcepts } from "../engine/index/cold-build";
import { storedRecord } from "../engine/index/stored-record";
import { VaultIndex } from "../engine/index/vault-index";
import { normalizeName } from "../engine/text/normalize-text";
import type { DeclaredConcept } from "../engine/parse/note-types";
import type { FromReader, ReaderData, ToReader } from "./reader-messages";
import { readNoteText, whyNotRead } from "./read-vault";

/**
 * A reader thread of the CLI (see `read-in-threads.ts`): reads the notes it is given and keeps
 * their texts; says which of them declare a concept; then, given every declaration of the
 * vault, builds the same matcher as every other thread and reads its notes into records, sent
 * back as plain data. It never holds the vault's index: the main thread does.
 */

/** Records per message: few enough messages, soon enough for the main thread to start on them. */
const RECORDS_PER_MESSAGE = 64;

/** Whether this thread was started as a reader (the CLI's entry then runs `runReaderThread` instead of a command). */
export function isReaderThread(): boolean {
  return !isMainThread && (workerData as Partial<ReaderData> | null)?.role === "vault-reader";
}

export function runReaderThread(): void {
  const data = workerData as ReaderData;
  const signal = new Int32Array(data.signal);
  const post = (message: FromReader): void => {
    data.port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  const index = new VaultIndex(data.options);
  const conceptTag = data.options.conceptTag ?? "concept";
  const texts: Array<{ at: number; path: string; text: string }> = [];
  data.port.on("message", (message: ToReader) => {
    try {
      if (message.kind === "read") {
        const failed: Array<{ at: number; message: string }> = [];
        const declared: Array<{ at: number; path: string; concept: DeclaredConcept }> = [];
        for (const { at, location } of message.notes) {
          try {
            const text = readNoteText(location);
            texts.push({ at, path: location.path, text });
            for (const [path, concept] of declaredConcepts(index, [[location.path, text]], conceptTag)) declared.push({ at, path, concept });
          } catch (error) {
            failed.push({ at, message: whyNotRead(error) });
          }
        }
        post({ kind: "read", count: message.notes.length, declared, failed });
        return;
      }
      index.declare(message.declared);
      let batch: Array<{ at: number; record: ReturnType<typeof storedRecord>; text?: string }> = [];
      for (const { at, path, text } of texts) {
        const entry: (typeof batch)[number] = { at, record: storedRecord(index.readRecord(normalizeName(path), text)) };
        if (data.keepTexts) entry.text = text;
        batch.push(entry);
        if (batch.length === RECORDS_PER_MESSAGE) {
          post({ kind: "records", records: batch });
          batch = [];
        }
      }
      if (batch.length > 0) post({ kind: "records", records: batch });
      texts.length = 0;
      post({ kind: "parsed" });
      data.port.close();
    } catch (error) {
      post({ kind: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      data.port.close();
    }
  });
}
