import { describe, expect, it } from "vitest";
import { buildConceptPage, notesToRead, answersFor } from "../../../src/engine/concept-page/build-concept-page";
import { VaultIndex } from "../../../src/engine/index/vault-index";

/**
 * A concept's page from a small vault in folders: mentions linked and unlinked, grouped by note,
 * the notes that say most first, each mention's line as a snippet with the concept marked, and
 * whether a Link button may link it.
 */

const VAULT: Record<string, string> = {
  "Concepts/Docker.md": "---\ntags: [concept]\naliases: [도커]\n---\n# Docker\n도커는 컨테이너 도구다.\n",
  "TIL/2024/도커 정리.md": "# 도커 공부 정리\n\n- 도커는 브리지 네트워크를 만든다.\n- [[Docker|도커]]와 도커 볼륨, 그리고 도커를 다시\n- Ingress-Nginx 말고 docker-compose.yml 과 Docker\n\nQ. 도커 컨테이너끼리는 어떻게 통신하지?\n",
  "Projects/infra/README.md": "#기획안\n배포는 Docker로 한다.\r\n> [!note] 도커 팁\r\n> 본문의 도커\r\n",
  "Inbox/long.md": `${"가".repeat(150)} 도커를 길게 쓴 줄 ${"나".repeat(150)}\n`,
  "Inbox/opted.md": "---\ndevops-links: false\n---\n여기 도커는 링크하지 않는다.\n",
  "Network/bridge.md": "# 브리지 네트워크\n\n컨테이너끼리는 같은 브리지 네트워크에서 이름으로 통신한다. 도커가 DNS를 준다.\n",
};

const index = VaultIndex.build(Object.entries(VAULT));
const texts = new Map(Object.entries(VAULT));

describe("buildConceptPage", () => {
  const page = buildConceptPage(index, "docker", { texts });

  it("counts the concept's mentions, linked and unlinked, and the ones a Link button may link", () => {
    expect(page?.concept.name).toBe("Docker");
    expect(page?.concept.korean).toBe("도커");
    expect(page?.concept.conceptNote).toBe("Concepts/Docker.md");
    // Docker.md 2 (its heading, its line), the TIL 7 (one linked; 도커 볼륨 is Docker volume and Docker too, the
    // brand of a longer term, not linkable to Docker alone), README 3, one each in the rest.
    expect(page?.counts).toEqual({ notes: 6, mentions: 15, linkedMentions: 1, unlinkedMentions: 14, linkableMentions: 8 });
    expect(page?.linked).toMatchObject({ notes: 1, mentions: 1, more: 0 });
    expect(page?.unlinked).toMatchObject({ notes: 6, mentions: 14, more: 0 });
  });

  it("groups mentions by note with its folder, the concept's note first, then the notes that say most", () => {
    expect(page?.unlinked.groups.map((g) => [g.path, g.folder, g.count, g.weight])).toEqual([
      ["Concepts/Docker.md", "Concepts", 2, 1007],
      ["TIL/2024/도커 정리.md", "TIL/2024", 6, 12],
      ["Projects/infra/README.md", "Projects/infra", 3, 3],
      ["Inbox/long.md", "Inbox", 1, 1],
      ["Inbox/opted.md", "Inbox", 1, 1],
      ["Network/bridge.md", "Network", 1, 1],
    ]);
  });

  it("draws each mention's line as a snippet, markers left out, the mention marked, and says which may be linked", () => {
    const til = page?.unlinked.groups.find((g) => g.path === "TIL/2024/도커 정리.md");
    const rows = til?.rows.map((r) => ({ line: r.line, text: r.text, marked: r.mark && r.text.slice(...r.mark), linkable: r.linkable, column: r.column }));
    expect(rows).toEqual([
      { line: 1, text: "도커 공부 정리", marked: "도커", linkable: false, column: 2 },
      { line: 3, text: "도커는 브리지 네트워크를 만든다.", marked: "도커", linkable: true, column: 2 },
      // 도커 of 도커 볼륨 names Docker inside the longer term Docker volume: shown, never linked to Docker alone.
      { line: 4, text: "[[Docker|도커]]와 도커 볼륨, 그리고 도커를 다시", marked: "도커", linkable: false, column: 17 },
      { line: 4, text: "[[Docker|도커]]와 도커 볼륨, 그리고 도커를 다시", marked: "도커", linkable: true, column: 28 },
      { line: 5, text: "Ingress-Nginx 말고 docker-compose.yml 과 Docker", marked: "Docker", linkable: true, column: 40 },
      { line: 7, text: "Q. 도커 컨테이너끼리는 어떻게 통신하지?", marked: "도커", linkable: true, column: 3 },
    ]);
    const linked = page?.linked.groups[0];
    expect(linked?.rows.map((r) => [r.line, r.text.slice(...(r.mark ?? [0, 0]))])).toEqual([[4, "[[Docker|도커]]"]]);
  });

  it("reads CRLF lines, callout titles that may not be linked, notes that opt out, and long lines cut around the mention", () => {
    const readme = page?.unlinked.groups.find((g) => g.path === "Projects/infra/README.md");
    expect(readme?.rows.map((r) => [r.line, r.text, r.linkable])).toEqual([
      [2, "배포는 Docker로 한다.", true],
      [3, "[!note] 도커 팁", false],
      [4, "본문의 도커", true],
    ]);
    expect(page?.unlinked.groups.find((g) => g.path === "Inbox/opted.md")?.rows.map((r) => r.linkable)).toEqual([false]);
    const long = page?.unlinked.groups.find((g) => g.path === "Inbox/long.md")?.rows[0];
    expect(long?.text.length).toBe(180);
    expect(long).toMatchObject({ cutLead: true, cutTrail: true, mark: [64, 66], column: 151 });
    // The concept's own note never links to itself: no Link button there.
    expect(page?.unlinked.groups[0]?.rows.every((r) => !r.linkable)).toBe(true);
  });

  it("lists a note without rows until its text is at hand, and says which notes to read", () => {
    const bare = buildConceptPage(index, "docker", { texts: new Map([["Inbox/long.md", VAULT["Inbox/long.md"] as string]]) });
    expect(bare?.unlinked.groups.filter((g) => g.read).map((g) => g.path)).toEqual(["Inbox/long.md"]);
    expect(notesToRead(bare!).sort()).toEqual(Object.keys(VAULT).filter((p) => p !== "Inbox/long.md").sort());
  });

  it("lists the first notes of each section, the rest as a count", () => {
    const first = buildConceptPage(index, "docker", { texts, notes: 2 });
    expect(first?.unlinked.groups.map((g) => g.path)).toEqual(["Concepts/Docker.md", "TIL/2024/도커 정리.md"]);
    expect(first?.unlinked.more).toBe(4);
    expect(first?.unlinked.notes).toBe(6);
  });

  it("counts only the notes of the tag filter", () => {
    const scoped = buildConceptPage(index, "docker", { texts, scope: new Set(index.notesTagged("기획안")) });
    expect(scoped?.counts).toEqual({ notes: 1, mentions: 3, linkedMentions: 0, unlinkedMentions: 3, linkableMentions: 2 });
    expect(scoped?.unlinked.groups.map((g) => g.path)).toEqual(["Projects/infra/README.md"]);
    expect(scoped?.questions).toEqual([]);
  });

  it("gives an open question the notes that may answer it, with why and where to open them", () => {
    const question = page?.questions[0];
    expect(question).toMatchObject({ path: "TIL/2024/도커 정리.md", line: 7, status: "open" });
    expect(question?.answers?.[0]).toMatchObject({ path: "Network/bridge.md", line: 1, heading: "브리지 네트워크" });
    expect(question?.answers?.[0]?.reasons.length).toBeGreaterThan(0);
    expect(answersFor(index, question!)).toEqual(question?.answers);
    expect(buildConceptPage(index, "docker", { texts, answered: 0 })?.questions[0]?.answers).toBeUndefined();
  });

  it("offers no Link button for a muted concept, or a concept without a note; offers the same-named notes as its note", () => {
    const muted = buildConceptPage(index, "docker", { texts, muted: new Set(["docker"]) });
    expect(muted?.muted).toBe(true);
    expect(muted?.counts.linkableMentions).toBe(0);
    expect(muted?.unlinked.groups.flatMap((g) => g.rows).some((r) => r.linkable)).toBe(false);

    const vault = { "TIL/docker.md": "도커를 정리했다\n", "b.md": "도커는 좋다\n" };
    const noNote = buildConceptPage(VaultIndex.build(Object.entries(vault)), "docker", { texts: new Map(Object.entries(vault)) });
    expect(noNote?.concept.conceptNote).toBeUndefined();
    expect(noNote?.noteCandidates).toEqual([{ path: "TIL/docker.md", title: "docker", folder: "TIL" }]);
    expect(noNote?.counts.linkableMentions).toBe(0);
    expect(noNote?.unlinked.groups.flatMap((g) => g.rows).map((r) => r.linkable)).toEqual([false, false]);
  });

  it("marks a bare link that its section reads as the concept ([[Volumes]] under a Kubernetes heading)", () => {
    const vault = { "notes/storage.md": "# 쿠버네티스 파드\n\n설정은 [[Volumes]] 로 마운트한다\n" };
    const page = buildConceptPage(VaultIndex.build(Object.entries(vault)), "kubernetes-volume", { texts: new Map(Object.entries(vault)) });
    const rows = page?.linked.groups.flatMap((g) => g.rows).map((r) => ({ line: r.line, marked: r.mark && r.text.slice(...r.mark), column: r.column }));
    expect(rows).toEqual([{ line: 3, marked: "[[Volumes]]", column: 4 }]);
  });

  it("is undefined for an unknown concept", () => {
    expect(buildConceptPage(index, "no-such-concept")).toBeUndefined();
  });
});
