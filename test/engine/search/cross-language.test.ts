import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { typoAllowance, typoDistance } from "../../../src/engine/search/fuzzy-match";
import type { SearchResult } from "../../../src/engine/search/search-result";
import { TermSearch } from "../../../src/engine/search/term-search";
import { CROSS_LANGUAGE_ABSENT, CROSS_LANGUAGE_FIRST, CROSS_LANGUAGE_LISTED, STUDY_NOTES, TYPO_DISTANCES } from "./cross-language.cases";
import type { Target } from "./term-search.cases";

const index = VaultIndex.build(Object.entries(STUDY_NOTES));
const search = TermSearch.fromIndex(index);

function targetOf(result: SearchResult): Target {
  if (result.kind === "concept") return `concept:${result.conceptId}`;
  if (result.kind === "note") return `note:${result.path}`;
  return `${result.kind}:${result.path}:${result.line}`;
}

const targets = (query: string, limit = 20): Target[] => search.search(query, limit).map(targetOf);

describe("term search across languages, headings and typos", () => {
  it.each(CROSS_LANGUAGE_FIRST)("%s → %s first (%s)", (query, first) => {
    expect(targets(query)[0]).toBe(first);
  });

  it.each(CROSS_LANGUAGE_LISTED)("%s lists %s in its first %i (%s)", (query, listed, within) => {
    expect(targets(query).slice(0, within)).toContain(listed);
  });

  it.each(CROSS_LANGUAGE_ABSENT)("%s lists no %s (%s)", (query, absent) => {
    expect(targets(query, 100)).not.toContain(absent);
  });

  it("says when a result was found through the other language", () => {
    const note = search.search("도커 네트워크", 10).find((r) => r.kind === "note" && r.path === "Docker/docker-network.md");
    expect(note).toMatchObject({ match: "exact", matched: "docker-network", translated: true });
    expect(search.search("docker-network", 10).find((r) => r.kind === "note")).not.toHaveProperty("translated");
    expect(search.search("쿠버네티스 인그레스", 1)[0]).toMatchObject({ kind: "concept", title: "Ingress", matched: "인그레스", translated: true });
  });

  it("shows each note's folder, so two notes of one title can be told apart", () => {
    const notes = search.search("2024-03-02", 10).filter((r) => r.kind === "note");
    expect(notes.map((r) => (r.kind === "note" ? r.folder : ""))).toEqual(["TIL/2024", "TIL/2025"]);
    const heading = search.search("파드 재시작", 1)[0];
    expect(heading).toMatchObject({ kind: "heading", title: "파드 재시작 정책", noteTitle: "파드", folder: "K8s", level: 2 });
  });

  it("narrows to the kinds asked for: the concept picker lists concepts only, unmentioned ones too", () => {
    expect(search.search("도커", 50, { kinds: ["concept"] }).every((r) => r.kind === "concept")).toBe(true);
    expect(search.search("도커 스웜", 5, { kinds: ["concept"] }).map(targetOf)[0]).toBe("concept:docker-swarm");
    const all = search.search("", 500, { kinds: ["concept"] });
    expect(all.length).toBe(index.concepts.concepts.length);
    expect(all.filter((r) => r.kind === "concept" && r.mentions > 0).length).toBeGreaterThan(3);
    expect(search.search("").every((r) => r.kind === "concept" && r.mentions > 0)).toBe(true);
  });

  it("gives the same results built on first use, in slices, or all at once", () => {
    const queries = ["도커", "ㄷㅋ", "재시작", "쿠버네티스 인그레스", "dokcer", "state", "2024"];
    const lazy = TermSearch.fromIndex(index);
    const sliced = TermSearch.fromIndex(index);
    let slices = 1;
    while (!sliced.prepare(() => true)) slices++;
    expect(slices).toBeGreaterThan(1); // the glossary's names alone are more than one slice
    const eager = TermSearch.fromIndex(index);
    expect(eager.prepare()).toBe(true);
    for (const query of queries) {
      const once = lazy.search(query, 30);
      expect(sliced.search(query, 30)).toEqual(once);
      expect(eager.search(query, 30)).toEqual(once);
    }
  });

  it("builds keys in slices on a vault too big for one", () => {
    const notes: Array<[string, string]> = [];
    for (let i = 0; i < 400; i++) notes.push([`Notes/${i % 7}/노트 ${i}.md`, `# 노트 ${i}\n\n## 도커 ${i}\n\nQ. 도커 ${i}번은?\n`]);
    const big = TermSearch.fromIndex(VaultIndex.build(notes));
    let slices = 1;
    while (!big.prepare(() => true)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(big.search("노트 399", 1)[0]).toMatchObject({ kind: "note", folder: "Notes/0" });
  });
});

describe("the typo floor", () => {
  it.each(TYPO_DISTANCES)("%s against %s: %i edits (%s)", (query, key, edits) => {
    const allowed = typoAllowance(query.length);
    expect(typoDistance(query, key, allowed)).toBe(Math.min(edits, allowed + 1));
  });
});
