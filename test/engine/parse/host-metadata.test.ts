import type { CachedMetadata } from "obsidian";
import { describe, expect, expectTypeOf, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import type { HostMetadata, HostReference } from "../../../src/engine/parse/host-metadata";
import type { LinkRef, ParsedNote } from "../../../src/engine/parse/note-types";
import { parseNote } from "../../../src/engine/parse/parse-note";
import { readNote } from "../../../src/engine/parse/read-note";
import { PARSE_CASES } from "./parse-note.cases";

/**
 * The note's reading given its host's metadata. The plugin hands over Obsidian's CachedMetadata
 * as it is; here the metadata our own reading finds is written as Obsidian writes it, and the
 * reading given it must equal the reading of the text alone: the two paths cannot drift apart.
 */

const at = (line: number) => ({ start: { line: line - 1, col: 0, offset: 0 }, end: { line: line - 1, col: 0, offset: 0 } });

function asObsidian(link: LinkRef, embed: boolean): HostReference {
  const path = link.target + (link.subpath !== undefined ? `#${link.subpath}` : "");
  const destination = encodeURI(link.target).replace(/#/g, "%23") + (link.subpath !== undefined ? `#${encodeURI(link.subpath)}` : "");
  const original = link.markdown ? `${embed ? "!" : ""}[${link.display ?? ""}](${destination})` : `${embed ? "!" : ""}[[${path}${link.display !== undefined ? `|${link.display}` : ""}]]`;
  // Obsidian gives every wikilink a display text: the path itself when none is written.
  const ref: HostReference = { link: path, original, position: at(link.line), displayText: link.display ?? (link.markdown ? "" : path) };
  return ref;
}

/** What Obsidian's metadataCache would hold for a note, from our own reading of it. */
function metadataAsObsidianHasIt(path: string, text: string): HostMetadata {
  const own = parseNote(path, text);
  const body = readNote(path, text); // no frontmatter reader: the tags are the body's only
  const metadata: HostMetadata = {
    links: own.links.map((l) => asObsidian(l, false)),
    embeds: own.embeds.map((l) => asObsidian(l, true)),
    headings: own.headings.map((h) => ({ heading: h.text, level: h.level, position: at(h.line) })),
    tags: body.tags.map((tag) => ({ tag: `#${tag}`, position: at(1) })),
  };
  if (own.frontmatter) metadata.frontmatter = own.frontmatter;
  return metadata;
}

const withoutYamlWarnings = (note: ParsedNote): ParsedNote => ({ ...note, warnings: note.warnings.filter((w) => !w.startsWith("frontmatter")) });

const notes: Array<[string, string]> = [
  ...PARSE_CASES.map((c, i) => [c.path ?? `case ${i}.md`, c.note] as [string, string]),
  ...readVault("example-vault").files.map((f) => [f.path, f.text] as [string, string]),
  ...readVault("test/vaults/links").files.map((f) => [f.path, f.text] as [string, string]),
];

describe("the note's reading, given its host's metadata", () => {
  it("accepts Obsidian's CachedMetadata as it is", () => {
    expectTypeOf<CachedMetadata>().toExtend<HostMetadata>();
    const cache: CachedMetadata = { links: [{ link: "Docker#설치", original: "[[Docker#설치|도커]]", displayText: "도커", position: at(2) }], tags: [{ tag: "#devops", position: at(3) }], frontmatter: { Tags: ["til"] } };
    const note = readNote("a.md", "---\nx: 1\n---\n", { metadata: cache });
    expect(note.links).toEqual([{ target: "Docker", subpath: "설치", display: "도커", line: 2 }]);
    expect(note.tags).toEqual(["til", "devops"]);
  });

  it.each(notes.map(([path, text]) => [path, text] as const))("reads %s the same from the host's metadata as from its text", (path, text) => {
    const fromText = withoutYamlWarnings(parseNote(path, text));
    const fromHost = readNote(path, text, { metadata: metadataAsObsidianHasIt(path, text) });
    expect(fromHost).toEqual(fromText);
  });

  it("takes links, headings and tags from the host, not from the text", () => {
    const text = "# 텍스트의 제목\n[[텍스트의 링크]] #텍스트태그\n";
    const note = readNote("a.md", text, { metadata: { links: [{ link: "../day2/README.md", original: "[d](../day2/README.md)", displayText: "d", position: at(2) }], headings: [{ heading: "호스트의 제목", level: 2, position: at(1) }], tags: [], frontmatter: { aliases: "별칭" } } });
    expect(note.links).toEqual([{ target: "../day2/README.md", display: "d", line: 2, markdown: true }]);
    expect(note.headings).toEqual([{ level: 2, text: "호스트의 제목", line: 1 }]);
    expect(note.tags).toEqual([]);
    expect(note.aliases).toEqual(["별칭"]);
    expect(note.mentions).toEqual(parseNote("a.md", text).mentions); // the prose is still ours
  });
});
