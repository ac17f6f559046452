import { describe, expect, it } from "vitest";
import { parseAssignedConceptNotes } from "../../../src/engine/index/concept-note-rules";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { linkMentionAt, linkOneMention } from "../../../src/engine/linking/link-one-mention";

/** "Link this mention" from a concept card: one span, by the rules of the linking command. */

const CONCEPT_NOTES = {
  "Concepts/Docker.md": "---\ntags: [concept]\naliases: [도커]\n---\n도커는 컨테이너 플랫폼이다.\n",
  "Podman.md": "",
};

function link(path: string, text: string, surface: string, occurrence = 1) {
  const index = VaultIndex.build(Object.entries({ ...CONCEPT_NOTES, [path]: text }), { conceptNotes: parseAssignedConceptNotes(["Podman: Podman.md"]) });
  let start = -1;
  for (let n = 0; n < occurrence; n++) start = text.indexOf(surface, start + 1);
  const found = linkOneMention(index, path, text, { start, end: start + surface.length }, (notePath) => notePath.slice(notePath.lastIndexOf("/") + 1, -3));
  return found && { found, after: text.slice(0, found.start) + found.replacement + text.slice(found.end) };
}

describe("linkOneMention", () => {
  it("links the picked mention, particle outside", () => {
    expect(link("n.md", "오늘 도커는 재밌다", "도커")?.after).toBe("오늘 [[Docker|도커]]는 재밌다");
  });

  it("links a later mention of a concept the note already links, and only that one", () => {
    expect(link("n.md", "[[Docker]] 쓰고, 도커를 또 쓰고, 도커로 끝", "도커", 2)?.after).toBe("[[Docker]] 쓰고, 도커를 또 쓰고, [[Docker|도커]]로 끝");
  });

  it("keeps CRLF and a BOM: the offsets are those of the stored text", () => {
    expect(link("n.md", "\uFEFF첫 줄\r\n포드맨은\r\n", "포드맨")?.after).toBe("\uFEFF첫 줄\r\n[[Podman|포드맨]]은\r\n");
  });

  it("refuses a span that is not an unlinked mention", () => {
    expect(link("n.md", "오늘 도커는 재밌다", "오늘")).toBeUndefined();
    expect(link("n.md", "[도커 문서](https://docs.docker.com)", "도커")).toBeUndefined();
    expect(link("n.md", "`도커` 명령", "도커")).toBeUndefined();
  });

  it("never links a concept's own note to itself", () => {
    expect(link("Concepts/Docker.md", CONCEPT_NOTES["Concepts/Docker.md"], "도커")).toBeUndefined();
  });

  it("does not link a concept that has no note", () => {
    expect(link("n.md", "테라폼으로 만든다", "테라폼")).toBeUndefined();
  });
});

describe("linkMentionAt (a row of the concept page)", () => {
  const index = VaultIndex.build(Object.entries({ ...CONCEPT_NOTES, "n.md": "" }), { conceptNotes: parseAssignedConceptNotes(["Podman: Podman.md"]) });
  const options = { linkText: (notePath: string) => notePath.slice(notePath.lastIndexOf("/") + 1, -3) };
  const text = "# 도커 정리\n도커와 포드맨, 그리고 도커를\n[[Docker]] 다음 도커\n";

  it("links the mention at the line and column the page located, only that concept", () => {
    expect(linkMentionAt(index, "n.md", text, { conceptId: "docker", line: 2, column: 13 }, options)).toMatchObject({ start: 21, surface: "도커", replacement: "[[Docker|도커]]" });
    expect(linkMentionAt(index, "n.md", text, { conceptId: "docker", line: 2 }, options)).toMatchObject({ column: 0 });
    expect(linkMentionAt(index, "n.md", text, { conceptId: "podman", line: 2 }, options)).toMatchObject({ surface: "포드맨", replacement: "[[Podman|포드맨]]" });
  });

  it("links a mention in a note that links the concept already, and nothing that may not be linked", () => {
    expect(linkMentionAt(index, "n.md", text, { conceptId: "docker", line: 3, column: 14 }, options)).toMatchObject({ surface: "도커" });
    expect(linkMentionAt(index, "n.md", text, { conceptId: "docker", line: 1 }, options)).toBeUndefined(); // a heading
    expect(linkMentionAt(index, "n.md", text, { conceptId: "docker", line: 2, column: 5 }, options)).toBeUndefined(); // no mention starts there
    expect(linkMentionAt(index, "n.md", text, { conceptId: "docker", line: 2, column: 0 }, { ...options, muted: new Set(["docker"]) })).toBeUndefined();
  });
});
