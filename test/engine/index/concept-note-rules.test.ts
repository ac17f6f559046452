import { describe, expect, it } from "vitest";
import { parseAssignedConceptNotes } from "../../../src/engine/index/concept-note-rules";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { planConceptLinks } from "../../../src/engine/linking/plan-concept-links";
import { shortestLinkText } from "../../../src/engine/linking/link-text";

/**
 * Which note is a concept's note: one tagged as the concept, or one settings name; never a note
 * that only shares the concept's name, which is offered as a suggestion instead.
 */

const TAGGED_DOCKER = "---\ntags: [concept]\naliases: [도커]\n---\n# Docker\n";
const TIL_DOCKER = "# 오늘 배운 도커\n\n도커는 이미지를 레이어로 쌓는다. 도커를 다시 띄웠다.\n";
const PROJECT_INGRESS = "# 인그레스 설정\n\n우리 프로젝트의 인그레스는 nginx로 띄운다.\n";

const link = (index: VaultIndex, path: string, every = true) => planConceptLinks(index, path, index.note(path) ? texts.get(path) ?? "" : "", { everyMention: every, linkText: shortestLinkText(index) });
const texts = new Map<string, string>();
function build(notes: Record<string, string>, conceptNotes: string[] = []): VaultIndex {
  texts.clear();
  for (const [path, text] of Object.entries(notes)) texts.set(path, text);
  return VaultIndex.build(Object.entries(notes), { conceptNotes: parseAssignedConceptNotes(conceptNotes) });
}

describe("a concept's note", () => {
  it("is never a note that only shares the concept's name: that note is offered, and keeps linking in itself", () => {
    const index = build({ "TIL/docker.md": TIL_DOCKER, "Projects/k8s/ingress.md": PROJECT_INGRESS });
    expect(index.conceptNote("docker")).toBeUndefined();
    expect(index.conceptNote("ingress")).toBeUndefined();
    expect(index.conceptNoteCandidates("docker")).toEqual(["TIL/docker.md"]);
    expect(index.conceptNoteCandidates("ingress")).toEqual(["Projects/k8s/ingress.md"]);
    // Nothing links to a note the user never chose.
    expect(link(index, "Projects/k8s/ingress.md").links).toEqual([]);
    expect(link(index, "Projects/k8s/ingress.md").conceptsWithoutNote).toEqual(expect.arrayContaining(["Ingress"]));
  });

  it("is the tagged note; the TIL of the same name links its mentions to it", () => {
    const index = build({ "Concepts/Docker.md": TAGGED_DOCKER, "TIL/docker.md": TIL_DOCKER });
    expect(index.conceptNote("docker")).toBe("Concepts/Docker.md");
    expect(index.conceptNoteCandidates("docker")).toEqual([]);
    const plan = link(index, "TIL/docker.md");
    // Two notes are called docker: the link is written with the path, and reads back as Docker.
    expect(plan.text).toBe("# 오늘 배운 도커\n\n[[Concepts/Docker|도커]]는 이미지를 레이어로 쌓는다. [[Concepts/Docker|도커]]를 다시 띄웠다.\n");
    // The tagged note itself never links to itself.
    expect(planConceptLinks(index, "Concepts/Docker.md", TAGGED_DOCKER + "도커는 좋다\n", { everyMention: true, linkText: shortestLinkText(index) }).links).toEqual([]);
  });

  it("is the note settings name, before a tagged one, even when its name is no name of the concept", () => {
    const notes = { "Concepts/Docker.md": TAGGED_DOCKER, "Projects/k8s/ingress-setup.md": PROJECT_INGRESS, "a.md": "인그레스와 도커를 정리했다\n" };
    const index = build(notes, ["Ingress: Projects/k8s/ingress-setup", "docker: TIL/none.md"]);
    expect(index.conceptNote("ingress")).toBe("Projects/k8s/ingress-setup.md");
    // Docker's named note does not exist: the tagged note is not taken in its place, and nothing is suggested.
    expect(index.conceptNote("docker")).toBeUndefined();
    const plan = link(index, "a.md");
    expect(plan.text).toBe("[[ingress-setup|인그레스]]와 도커를 정리했다\n");
    // A link we write is a link we read: the mention is now a linked one, and a second run changes nothing.
    const again = VaultIndex.build(Object.entries({ ...notes, "a.md": plan.text }), { conceptNotes: parseAssignedConceptNotes(["Ingress: Projects/k8s/ingress-setup"]) });
    expect(again.note("a.md")?.concepts.find((use) => use.conceptId === "ingress")).toMatchObject({ linked: true, linkedLines: [1] });
    expect(planConceptLinks(again, "a.md", plan.text, { everyMention: true, linkText: shortestLinkText(again) }).links.filter((l) => l.conceptId === "ingress")).toEqual([]);
  });

  it("may be named in settings for a concept no glossary has: it becomes a concept of its own", () => {
    const index = build({ "Tools/keycloak-notes.md": "키클록 설정\n", "b.md": "Keycloak으로 로그인\n" }, ["Keycloak: Tools/keycloak-notes.md"]);
    const keycloak = index.concepts.byName("Keycloak");
    expect(keycloak && index.conceptNote(keycloak.id)).toBe("Tools/keycloak-notes.md");
  });
});

describe("a note that opts out of linking", () => {
  const OPTED_OUT = "---\ndevops-links: false\n---\n도커는 여기서 링크하지 않는다. 쿠버네티스도.\n";

  it.each([
    ["false", true],
    ["no", true],
    ['"off"', true],
    ["0", true],
    ["true", false],
    ["", false],
  ])("devops-links: %s opts out: %s", (value, off) => {
    const index = build({ "Concepts/Docker.md": TAGGED_DOCKER, "n.md": `---\ndevops-links: ${value}\n---\n도커는 좋다\n` });
    expect(index.note("n.md")?.linksOff === true).toBe(off);
    expect(link(index, "n.md").links.length).toBe(off ? 0 : 1);
  });

  it("has no mention the linker or the hints may take; its mentions still count", () => {
    const index = build({ "Concepts/Docker.md": TAGGED_DOCKER, "docker.md": OPTED_OUT });
    const parsed = index.parse("docker.md", OPTED_OUT);
    expect(parsed.linksOff).toBe(true);
    expect(parsed.mentions.filter((m) => m.linkable)).toEqual([]);
    expect(index.note("docker.md")?.concepts.find((use) => use.conceptId === "docker")).toMatchObject({ count: 1, lines: [4], fixedLines: [4] });
    expect(index.notesMentioning("docker").get("docker.md")).toBe(1);
    expect(link(index, "docker.md").links).toEqual([]);
  });

  it("is never offered as a concept's note", () => {
    const index = build({ "docker.md": OPTED_OUT });
    expect(index.conceptNoteCandidates("docker")).toEqual([]);
  });
});

describe("the index's record of each mention", () => {
  it("tells linked mentions and mentions that may not be linked from the rest", () => {
    const text = ["# 도커 정리", "[[Docker|도커]]는 좋고 도커를 쓴다", "Ingress-Nginx 말고 도커", "> [!note] 도커 팁", "> 도커 본문"].join("\n");
    const index = build({ "Concepts/Docker.md": TAGGED_DOCKER, "n.md": text });
    const use = index.note("n.md")?.concepts.find((u) => u.conceptId === "docker");
    expect(use).toMatchObject({ count: 6, lines: [1, 2, 2, 3, 4, 5], linkedLines: [2], fixedLines: [1, 4] });
    // A use with only plain mentions carries neither list.
    const plain = build({ "m.md": "도커 도커\n" }).note("m.md")?.concepts[0];
    expect(plain).toEqual({ conceptId: "docker", count: 2, linked: false, lines: [1, 1] });
  });
});

describe("concept notes named in settings", () => {
  it.each([
    [["Ingress: Projects/k8s/ingress.md"], [{ concept: "Ingress", path: "Projects/k8s/ingress.md" }]],
    [["쿠버네티스 : /Concepts/쿠버네티스"], [{ concept: "쿠버네티스", path: "Concepts/쿠버네티스.md" }]],
    [["Argo CD: Tools/Argo: CD.md"], [{ concept: "Argo CD", path: "Tools/Argo: CD.md" }]],
    [["", "# comment", "// also", "no colon here", ": nothing.md", "Docker:"], []],
    [["도커: 노트/도커.MD"], [{ concept: "도커", path: "노트/도커.MD" }]],
  ])("%j", (lines, expected) => {
    expect(parseAssignedConceptNotes(lines)).toEqual(expected);
  });
});
