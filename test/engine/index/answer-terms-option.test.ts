import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { storedRecord } from "../../../src/engine/index/stored-record";
import { VaultIndex } from "../../../src/engine/index/vault-index";

/**
 * `answerTerms: false` (the CLI's commands that suggest no answer) leaves out each record's
 * answer words and nothing else: every other field of every record is the one the full index
 * keeps.
 */

describe("an index without answer terms", () => {
  it.each(["example-vault", "test/vaults/answers"])("differs from the full index of %s only by them", (folder) => {
    const entries = readVault(resolve(folder)).files.map((f) => [f.path, f.text] as const);
    const full = VaultIndex.build(entries);
    const lean = VaultIndex.build(entries, { answerTerms: false });
    expect(lean.paths()).toEqual(full.paths());
    let withTerms = 0;
    for (const path of full.paths()) {
      const { terms, wordCount, ...rest } = storedRecord(full.note(path)!);
      const leanRecord = storedRecord(lean.note(path)!);
      if (terms !== undefined && terms !== "") withTerms++;
      expect(leanRecord.terms, path).toBeUndefined();
      expect(leanRecord.wordCount, path).toBeUndefined();
      expect(leanRecord, path).toEqual(rest);
      void wordCount;
    }
    expect(withTerms).toBeGreaterThan(entries.length / 2);
  });
});
