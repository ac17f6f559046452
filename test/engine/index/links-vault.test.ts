import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { asRead, LINKS_VAULT, LINKS_VAULT_MISSING, type VaultLink } from "../../vaults/links.cases";

const VAULT = "test/vaults/links";

function indexOfVault(): VaultIndex {
  const reading = readVault(VAULT);
  const index = VaultIndex.build(reading.files.map((f) => [f.path, f.text] as const));
  index.addFiles(reading.otherFiles);
  return index;
}

const byPlace = (a: VaultLink, b: VaultLink): number => a.from.localeCompare(b.from) || a.line - b.line || a.target.localeCompare(b.target);

describe("the links test vault, link by link", () => {
  const index = indexOfVault();

  it("reads exactly the links the table lists, and each leads where the table says", () => {
    const read: VaultLink[] = [];
    for (const note of index.notes()) {
      for (const link of [...note.links, ...note.embeds]) read.push({ from: note.path, line: link.line, target: link.target, leadsTo: index.resolve(link.target, note.path) ?? null });
    }
    expect(read.sort(byPlace)).toEqual(LINKS_VAULT.map(asRead).sort(byPlace));
  });

  it("reports exactly the table's missing links, with their notes and lines", () => {
    const reported = index.unresolvedLinks().flatMap((u) => u.locations.map((at) => ({ ...at, target: u.target })));
    expect(reported.map((r) => [r.path, r.line]).sort()).toEqual(LINKS_VAULT_MISSING.map((m) => [m.from, m.line]).sort());
  });

  it("backlinks every file from the links that lead to it, attachments included", () => {
    for (const file of new Set(LINKS_VAULT.map((l) => l.leadsTo).filter((f): f is string => f !== null))) {
      const expected = new Map<string, number>();
      for (const link of LINKS_VAULT) if (link.leadsTo === file && link.from !== file) expected.set(link.from, (expected.get(link.from) ?? 0) + 1);
      expect([...index.backlinks(file)].sort(), file).toEqual([...expected].sort());
    }
  });

  it("finds every note's missing links in one pass as note by note, with the other files known and without them", () => {
    const reading = readVault(VAULT);
    const notesOnly = VaultIndex.build(reading.files.map((f) => [f.path, f.text] as const));
    for (const vault of [index, notesOnly]) {
      const noteByNote = new Map(vault.paths().map((path) => [path, vault.missingLinksOf(path)] as const).filter(([, links]) => links.length > 0));
      expect(noteByNote.size).toBeGreaterThan(0);
      expect(new Map([...vault.missingLinksByNote()].sort(([a], [b]) => (a < b ? -1 : 1)))).toEqual(noteByNote);
    }
  });

  it("knows only the notes when it is not told the other files: links to attachments are not judged", () => {
    const reading = readVault(VAULT);
    const notesOnly = VaultIndex.build(reading.files.map((f) => [f.path, f.text] as const));
    const missing = notesOnly.unresolvedLinks().map((u) => u.target).sort();
    expect(missing).toEqual(LINKS_VAULT_MISSING.filter((m) => !m.target.endsWith(".png")).map((m) => m.target).sort());
  });
});
