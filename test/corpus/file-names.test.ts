import { describe, expect, it } from "vitest";
import { indexNote } from "./corpus";

/**
 * File names users have: emoji, runs of spaces, `#`, `^`, `[`, `|`, Korean in NFD. Made here,
 * not committed: `|` is not a legal file name on Windows, and Git on macOS rewrites NFD names.
 *
 * Each note is linked from a hub the two ways Obsidian writes links: `[[name]]`, and a markdown
 * link with the name percent-encoded. A wikilink cannot reach a name with `#` or `|` in Obsidian
 * either (`#` starts a heading, `|` the display text): those stay unresolved, as the user sees
 * them there; the markdown link reaches every name.
 */

interface NameCase {
  name: string;
  /** Where `[[name]]` leads: the note, or the unresolved target Obsidian would show. */
  wikilink: "resolves" | { unresolved: string };
}

const NAMES: NameCase[] = [
  { name: "🐳 도커 정리", wikilink: "resolves" },
  { name: "spaces  in   a name", wikilink: "resolves" },
  { name: "a^b 블록처럼 보이는", wikilink: "resolves" },
  { name: "[초안] 쿠버네티스", wikilink: "resolves" },
  { name: "C# 기초", wikilink: { unresolved: "C" } },
  { name: "a|b 파이프", wikilink: { unresolved: "a" } },
];

describe("notes with unusual file names are indexed under their names", () => {
  it.each(NAMES)("a note named '$name': indexed under its name, markdown links reach it", ({ name, wikilink }) => {
    const hub = `[[${name}]]\n[링크](${encodeURIComponent(name)}.md)\n`;
    const { record, index, report } = indexNote(`노트/${name}.md`, "도커\n", [["hub.md", hub]]);
    expect(record.title).toBe(name);
    expect(record.concepts.map((c) => c.conceptId)).toEqual(["docker"]);
    const viaWikilink = wikilink === "resolves" ? 1 : 0;
    expect(index.backlinks(`노트/${name}.md`)).toEqual(new Map([["hub.md", 1 + viaWikilink]]));
    expect(report.unresolvedLinks.map((u) => u.target)).toEqual(wikilink === "resolves" ? [] : [wikilink.unresolved]);
  });

  it("a note whose name macOS wrote in NFD: indexed under the NFC name, reached by links in either form", () => {
    const nfd = "세미나 노트".normalize("NFD");
    const hub = `[[세미나 노트]] [[${nfd}]] [x](${encodeURIComponent(nfd)}.md)\n`;
    const { record, index } = indexNote(`${nfd}.md`, "쿠버네티스\n", [["hub.md", hub]]);
    expect([record.path, record.title]).toEqual(["세미나 노트.md", "세미나 노트"]);
    expect(index.backlinks("세미나 노트.md")).toEqual(new Map([["hub.md", 3]]));
    expect(index.note(`${nfd}.md`)).toBe(record);
  });

  it("renaming a note to an emoji name keeps its backlinks (links are resolved when asked)", () => {
    const { index } = indexNote("old.md", "도커\n", [["hub.md", "[[🐳 새 이름]]\n"]]);
    expect(index.backlinks("old.md").size).toBe(0);
    index.rename("old.md", "🐳 새 이름.md");
    expect(index.backlinks("🐳 새 이름.md")).toEqual(new Map([["hub.md", 1]]));
    expect(index.unresolvedLinks()).toEqual([]);
  });
});
