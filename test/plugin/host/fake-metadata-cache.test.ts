import { describe, expect, it } from "vitest";
import { markdownMetadata } from "../../fakes/obsidian/markdown-metadata";
import { MetadataCache } from "../../fakes/obsidian/metadata-cache";
import { MemoryStorage } from "../../fakes/obsidian/storage";
import { Vault } from "../../fakes/obsidian/vault";
import { readFolder } from "../../browser/page-assets";
import { readVault } from "../../../src/cli/read-vault";
import { parseNote } from "../../../src/engine/parse/parse-note";
import { readNote } from "../../../src/engine/parse/read-note";
import type { ParsedNote } from "../../../src/engine/parse/note-types";
import { RESOLUTION_CASES } from "../../engine/index/link-resolution.cases";
import { asRead, LINKS_VAULT, type VaultLink } from "../../vaults/links.cases";
import { PARSE_CASES } from "../../engine/parse/parse-note.cases";

/**
 * The fake metadataCache stands in for Obsidian in every plugin test, so it is held to the
 * tables both shells are held to: links resolve as the resolution table says, the links vault
 * reads link by link as its table says, and every note of our test vaults reads the same from
 * the fake's metadata as from the CLI's own reading of the text.
 */

function cacheOver(files: Record<string, string>): { cache: MetadataCache; vault: Vault } {
  const vault = new Vault(new MemoryStorage(files));
  return { cache: new MetadataCache(vault), vault };
}

describe("the fake metadataCache", () => {
  it.each(RESOLUTION_CASES.map((c) => [c.name, c] as const))("getFirstLinkpathDest: %s", (_name, c) => {
    const { cache } = cacheOver(Object.fromEntries(c.files.map((path) => [path, ""])));
    expect(cache.getFirstLinkpathDest(c.link, c.from)?.path ?? null).toBe(c.expected);
  });

  it("reads the links vault link by link as its table says, each leading where the table says", () => {
    const { cache, vault } = cacheOver(readFolder("test/vaults/links"));
    const read: VaultLink[] = [];
    for (const file of vault.getMarkdownFiles()) {
      const note = readNote(file.path, "", { metadata: cache.getFileCache(file) ?? {} });
      for (const link of [...note.links, ...note.embeds]) {
        read.push({ from: file.path, line: link.line, target: link.target, leadsTo: cache.getFirstLinkpathDest(link.target, file.path)?.path ?? null });
      }
    }
    const byPlace = (a: VaultLink, b: VaultLink): number => a.from.localeCompare(b.from) || a.line - b.line || a.target.localeCompare(b.target);
    expect(read.sort(byPlace)).toEqual(LINKS_VAULT.map(asRead).sort(byPlace));
  });

  it("keeps positions as Obsidian does: 0-based lines, columns and offsets into the text as stored", () => {
    const text = "---\ntags: [a]\n---\n# 제목\r\n본문 [[Docker#설치|도커]] #태그\n";
    const metadata = markdownMetadata(text);
    const link = metadata.links?.[0];
    expect(link).toEqual({ link: "Docker#설치", original: "[[Docker#설치|도커]]", displayText: "도커", position: { start: { line: 4, col: 3, offset: text.indexOf("[[") }, end: { line: 4, col: 19, offset: text.indexOf("]]") + 2 } } });
    expect(metadata.headings).toEqual([{ heading: "제목", level: 1, position: { start: { line: 3, col: 0, offset: 18 }, end: { line: 3, col: 4, offset: 22 } } }]);
    expect(metadata.tags?.map((t) => [t.tag, t.position.start.line])).toEqual([["#태그", 4]]);
    expect(metadata.frontmatter).toEqual({ tags: ["a"] });
    expect(metadata.frontmatterPosition?.end.line).toBe(3);
  });
});

const comparable = (note: ParsedNote): Partial<ParsedNote> => ({ links: note.links, embeds: note.embeds, headings: note.headings, tags: note.tags, aliases: note.aliases, declaredConcept: note.declaredConcept });

/** Traps met in real vaults (the Obsidian help vault): each hid the rest of its note from an earlier fake. */
const TRAPS: Array<[string, string]> = [
  ["a %% in a code span is text, not a comment.md", "금지 문자: `# | ^ : %% [[ ]]` 는 피한다.\n\n## 다음 절\n[[Docker]] 참고 #til\n"],
  ["a fence in a list item, indented by a tab.md", "1. 설정을 넣는다:\n\t```yaml\n\timage: nginx\n\t```\n2. 다시 띄운다\n\n## 확인\n[[Kubernetes]]\n"],
  ["a fence in a callout.md", "> [!example] 표\n> ```md\n> [[Docker\\|도커]] | ![[diagram.png\\|200]]\n> border: #ff0000;\n> ```\n\n[[Podman]]\n"],
];

const notes: Array<[string, string]> = [
  ...TRAPS,
  ...readVault("example-vault").files.map((f) => [f.path, f.text] as [string, string]),
  ...readVault("test/vaults/links").files.map((f) => [f.path, f.text] as [string, string]),
  ...PARSE_CASES.map((c, i) => [c.path ?? `case ${i}.md`, c.note] as [string, string]),
];

describe("a note read from the fake metadataCache reads as the CLI reads its text", () => {
  it.each(notes)("%s", (path, text) => {
    const fromHost = readNote(path, text, { metadata: markdownMetadata(text) });
    expect(comparable(fromHost)).toEqual(comparable(parseNote(path, text)));
  });
});
