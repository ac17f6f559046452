import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";

/**
 * The note ids answer suggestions score every note by (`forEachNote`, `mentionCountsById`): each
 * note once with its id, and a concept's counts at that id, after removals free ids and new
 * notes take them again.
 */
function byId(index: VaultIndex, conceptId: string): Map<string, number> {
  const counts = index.mentionCountsById(conceptId);
  const out = new Map<string, number>();
  index.forEachNote((record, id) => {
    expect(out.has(record.path)).toBe(false);
    out.set(record.path, counts[id] as number);
  });
  return out;
}

function byPath(index: VaultIndex, conceptId: string): Map<string, number> {
  const mentioning = index.notesMentioning(conceptId);
  return new Map([...index.notes()].map((record) => [record.path, mentioning.get(record.path) ?? 0]));
}

describe("notes by id", () => {
  it("gives each note once, with the counts of notesMentioning at its id", () => {
    const index = VaultIndex.build([
      ["a.md", "Docker 이미지를 Docker Hub에 올린다. docker run 도 해 봄"],
      ["b.md", "쿠버네티스의 파드"],
      ["c.md", "도커 컨테이너와 Docker"],
    ]);
    expect(byId(index, "docker")).toEqual(byPath(index, "docker"));
    expect([...byId(index, "docker").values()].some((count) => count > 1)).toBe(true);
  });

  it("keeps them in step when a removed note's id is taken by a new one", () => {
    const index = VaultIndex.build([
      ["a.md", "Docker"],
      ["b.md", "Docker Docker"],
      ["c.md", "쿠버네티스"],
    ]);
    index.remove("b.md");
    index.upsert("d.md", "도커 도커 도커");
    index.remove("a.md");
    expect([...byId(index, "docker").keys()].sort()).toEqual(["c.md", "d.md"]);
    expect(byId(index, "docker")).toEqual(byPath(index, "docker"));
    expect(byId(index, "docker").get("d.md")).toBe(3);
  });

  it("counts nothing for a concept no note mentions, or one the glossary lacks", () => {
    const index = VaultIndex.build([["a.md", "Docker"]]);
    expect([...byId(index, "kubernetes").values()]).toEqual([0]);
    expect([...byId(index, "no-such-concept").values()]).toEqual([0]);
  });
});
