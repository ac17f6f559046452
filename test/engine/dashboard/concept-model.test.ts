import { describe, expect, it } from "vitest";
import { buildConceptModel } from "../../../src/engine/dashboard/concept-model";
import { VaultIndex } from "../../../src/engine/index/vault-index";

/** One concept as the dashboard's panel and the editor's concept card both show it, from a small vault. */

const VAULT = {
  "Concepts/Docker.md": "---\ntags: [concept]\naliases: [도커, 독커]\n---\n",
  "a.md": "도커와 포드맨을 비교했다.\n\nQ. 도커는 어디서 배우지?\n\nQ. 도커는 왜 가볍지?\n-> 커널을 같이 쓴다\n",
  "b.md": "#기획안\nDocker로 띄웠다.\n\nQ. Docker는 VM이랑 뭐가 다르지?\n-> 잘 모르겠다\n",
  "c.md": "쿠버네티스만 나온다.\n\nQ. 파드는?\n",
};

describe("buildConceptModel", () => {
  const index = VaultIndex.build(Object.entries(VAULT));

  it("gathers the concept's names, notes, note, related concepts and open questions", () => {
    const model = buildConceptModel(index, "docker");
    expect(model).toMatchObject({ conceptId: "docker", name: "Docker", noteCount: 2, conceptNote: "Concepts/Docker.md", openCount: 2 });
    expect(model?.aliases).toEqual(expect.arrayContaining(["도커", "독커"]));
    expect(model?.aliases).not.toContain("Docker");
    // Open before unsure; the answered question is not listed.
    expect(model?.openQuestions.map((q) => [q.path, q.line, q.status, q.title])).toEqual([
      ["a.md", 3, "open", "a"],
      ["b.md", 4, "unsure", "b"],
    ]);
    // Podman is a curated alternative to Docker, and mentioned with it.
    const podman = model?.related.find((r) => r.conceptId === "podman");
    expect(podman?.name).toBe("Podman");
    expect(podman?.relation?.kind).toBeDefined();
    expect(podman?.weight).toBeGreaterThan(0);
  });

  it("lists every question about the concept, answered ones too, in note then line order", () => {
    expect(buildConceptModel(index, "docker")?.questions.map((q) => [q.path, q.line, q.status])).toEqual([
      ["a.md", 3, "open"],
      ["a.md", 5, "answered"],
      ["b.md", 4, "unsure"],
    ]);
  });

  it("keeps to its limit of open questions but counts them all", () => {
    const model = buildConceptModel(index, "docker", { openQuestions: 1 });
    expect(model?.openQuestions).toHaveLength(1);
    expect(model?.openCount).toBe(2);
  });

  it("lists the mentioning notes with their lines when asked, narrowed to a scope", () => {
    expect(buildConceptModel(index, "docker")?.notes).toEqual([]);
    expect(buildConceptModel(index, "docker", { notes: true })?.notes.map((n) => [n.path, n.count, n.lines])).toEqual([
      ["a.md", 3, [1, 3, 5]],
      ["b.md", 2, [2, 4]],
    ]);
    const scoped = buildConceptModel(index, "docker", { notes: true, scope: new Set(index.notesTagged("기획안")) });
    expect(scoped?.notes.map((n) => n.path)).toEqual(["b.md"]);
    expect(scoped?.questions.map((q) => q.path)).toEqual(["b.md"]);
    expect(scoped?.noteCount).toBe(1);
  });

  it("has no concept note to offer when the vault has none", () => {
    const model = buildConceptModel(index, "kubernetes");
    expect(model?.conceptNote).toBeUndefined();
    expect(model?.noteCount).toBe(1);
  });

  it("is undefined for an unknown concept", () => {
    expect(buildConceptModel(index, "no-such-concept")).toBeUndefined();
  });
});
