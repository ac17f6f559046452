import { describe, expect, it } from "vitest";
import { buildConceptCard } from "../../../src/engine/dashboard/concept-card";
import { VaultIndex } from "../../../src/engine/index/vault-index";

/** The editor's concept card as plain data, from a small vault. */

const VAULT = {
  "Concepts/Docker.md": "---\ntags: [concept]\naliases: [도커, 독커]\n---\n",
  "a.md": "도커와 포드맨을 비교했다.\n\nQ. 도커는 어디서 배우지?\n\nQ. 도커는 왜 가볍지?\n-> 커널을 같이 쓴다\n",
  "b.md": "Docker로 띄웠다.\n\nQ. Docker는 VM이랑 뭐가 다르지?\n-> 잘 모르겠다\n",
  "c.md": "쿠버네티스만 나온다.\n\nQ. 파드는?\n",
};

describe("buildConceptCard", () => {
  const index = VaultIndex.build(Object.entries(VAULT));

  it("gathers the concept's names, notes, note, related concepts and open questions", () => {
    const card = buildConceptCard(index, "docker");
    expect(card).toMatchObject({ conceptId: "docker", name: "Docker", noteCount: 2, conceptNote: "Concepts/Docker.md", openCount: 2 });
    expect(card?.aliases).toEqual(expect.arrayContaining(["도커", "독커"]));
    expect(card?.aliases).not.toContain("Docker");
    // Open before unsure; the answered question is not listed.
    expect(card?.openQuestions.map((q) => [q.path, q.line, q.status, q.title])).toEqual([
      ["a.md", 3, "open", "a"],
      ["b.md", 3, "unsure", "b"],
    ]);
    // Podman is a curated alternative to Docker, and mentioned with it.
    expect(card?.related).toContainEqual({ conceptId: "podman", name: "Podman" });
  });

  it("keeps to its limits but counts every open question", () => {
    const card = buildConceptCard(index, "docker", { related: 1, questions: 1 });
    expect(card?.related).toHaveLength(1);
    expect(card?.openQuestions).toHaveLength(1);
    expect(card?.openCount).toBe(2);
  });

  it("has no concept note to offer when the vault has none", () => {
    const card = buildConceptCard(index, "kubernetes");
    expect(card?.conceptNote).toBeUndefined();
    expect(card?.noteCount).toBe(1);
  });

  it("is undefined for an unknown concept", () => {
    expect(buildConceptCard(index, "no-such-concept")).toBeUndefined();
  });
});
