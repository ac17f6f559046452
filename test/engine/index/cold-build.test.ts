import { describe, expect, it } from "vitest";
import { conceptNoteFilter } from "../../../src/engine/index/cold-build";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import type { HostMetadata } from "../../../src/engine/parse/host-metadata";
import { parseNote } from "../../../src/engine/parse/parse-note";
import { markdownMetadata } from "../../fakes/obsidian/markdown-metadata";

/**
 * The first index reads the notes that may declare a concept first. From the host's metadata
 * (the plugin) that is known exactly without the text; from the text alone (the CLI) it is a
 * filter that lets through every note that declares one. Both are held to what the note's
 * reading decides.
 */

const NOTES: Array<[name: string, text: string]> = [
  ["a frontmatter list", "---\ntags: [concept, devops]\n---\n# Argo CD\n"],
  ["a frontmatter string", "---\ntags: devops, concept\n---\n"],
  ["`tag:` instead of `tags:`", "---\ntag: concept\n---\n"],
  ["a key with stray spaces and case", "---\nTags : [Concept]\n---\n"],
  ["a `#` in the frontmatter tag", "---\ntags: ['#concept']\n---\n"],
  ["a body tag", "# Podman\n#concept 데몬 없는 컨테이너 엔진\n"],
  ["a body tag in another case", "본문 #CONCEPT\n"],
  ["a longer tag is another tag", "#concepts 모음\n"],
  ["a nested tag is another tag", "#concept/devops\n"],
  ["the word in prose is no tag", "이 노트는 concept 정리가 아니다\n"],
  ["the tag in code is no tag", "```\n#concept\n```\n"],
  ["the tag in a comment is no tag", "%% #concept %%\n"],
  ["no tag at all", "도커 정리\n"],
  ["a BOM and CRLF line breaks", "\uFEFF---\r\ntags: [concept]\r\n---\r\n본문\r\n"],
];

describe("which notes may declare a concept", () => {
  const mayDeclare = conceptNoteFilter("concept");
  it.each(NOTES)("%s", (_name, text) => {
    const declares = parseNote("a.md", text).declaredConcept !== null;
    const metadata = markdownMetadata(text) as HostMetadata;
    expect(mayDeclare(undefined, metadata)).toBe(declares); // exact, without the text
    if (declares) expect(mayDeclare(text)).toBe(true); // the text's filter misses none
  });

  it("lets through a declaration with old Mac line breaks (a lone CR), which only the text shows", () => {
    const text = "---\rtags: concept\r---\r";
    expect(parseNote("a.md", text).declaredConcept).not.toBeNull();
    expect(mayDeclare(text)).toBe(true);
  });

  it("turns away a note that only says the word, so it is not read twice", () => {
    for (const text of ["이 노트는 concept 정리가 아니다\n", "# Concepts\n\nA concept map of the vault.\n", "---\ntitle: x\n---\nconcept\n", "---\nsummary: concept\n"]) {
      expect(mayDeclare(text), text).toBe(false);
    }
  });

  it("takes the concept tag from the settings", () => {
    const mayDeclare = conceptNoteFilter("개념");
    expect(mayDeclare(undefined, { tags: [{ tag: "#개념", position: { start: { line: 0, col: 0, offset: 0 }, end: { line: 0, col: 3, offset: 3 } } }] })).toBe(true);
    expect(mayDeclare(undefined, { frontmatter: { tags: ["concept"] } })).toBe(false);
  });
});

describe("declaring concepts", () => {
  it("declarations as they already stand mark no note stale", () => {
    const index = VaultIndex.build([
      ["Argo Rollouts.md", "---\ntags: [concept]\naliases: [아르고 롤아웃]\n---\n"],
      ["meeting.md", "아르고 롤아웃으로 배포"],
    ]);
    const declared = index.parse("Argo Rollouts.md", "---\ntags: [concept]\naliases: [아르고 롤아웃]\n---\n").declaredConcept;
    index.declare([["Argo Rollouts.md", declared]]);
    expect(index.staleNotes()).toEqual([]);
    index.declare([["Argo Rollouts.md", { name: "Argo Rollouts", aliases: ["롤아웃"] }]]);
    expect(index.staleNotes()).toEqual(["Argo Rollouts.md", "meeting.md"]);
  });
});
