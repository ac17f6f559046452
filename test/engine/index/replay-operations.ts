import { VaultIndex } from "../../../src/engine/index/vault-index";

export type IndexOperation = { kind: "upsert"; path: string; text: string } | { kind: "remove"; path: string } | { kind: "rename"; path: string; to: string };

/**
 * Edits applied one by one to an index as a shell would, beside the vault they leave: one file
 * per name (an NFD name and its NFC twin are one file), a rename only of a file that exists onto
 * another name, and the notes whose mentions predate a concept change read again after each edit.
 * The property tests compare the index with `VaultIndex.build(files)`.
 */
export function replayOperations(operations: readonly IndexOperation[]): { index: VaultIndex; files: Map<string, string> } {
  const files = new Map<string, string>();
  const file = (name: string): string => name.normalize("NFC");
  const index = new VaultIndex();
  for (const op of operations) {
    if (op.kind === "upsert") {
      files.set(file(op.path), op.text);
      index.upsert(op.path, op.text);
    } else if (op.kind === "remove") {
      files.delete(file(op.path));
      index.remove(op.path);
    } else if (files.has(file(op.path)) && file(op.path) !== file(op.to)) {
      files.set(file(op.to), files.get(file(op.path)) as string);
      files.delete(file(op.path));
      index.rename(op.path, op.to);
    }
    for (const path of index.staleNotes()) index.upsert(path, files.get(path) as string);
  }
  return { index, files };
}
