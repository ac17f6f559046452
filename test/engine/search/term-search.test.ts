import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import type { SearchResult } from "../../../src/engine/search/search-result";
import { readQuery } from "../../../src/engine/search/search-keys";
import { DEFAULT_SEARCH_LIMIT, TermSearch } from "../../../src/engine/search/term-search";
import { ABSENT_CASES, FIRST_RESULT_CASES, READING_CASES, TYPING_SEQUENCES, type Target } from "./term-search.cases";

const exampleEntries = readVault("example-vault").files.map((f) => [f.path, f.text] as const);
const exampleIndex = VaultIndex.build(exampleEntries);
const example = TermSearch.fromIndex(exampleIndex);

const vault = (notes: Record<string, string>): TermSearch => TermSearch.fromIndex(VaultIndex.build(Object.entries(notes)));

function targetOf(result: SearchResult): Target {
  switch (result.kind) {
    case "concept":
      return `concept:${result.conceptId}`;
    case "note":
      return `note:${result.path}`;
    case "heading":
      return `heading:${result.path}:${result.line}`;
    case "question":
      return `question:${result.path}:${result.line}`;
  }
}

const targets = (search: TermSearch, query: string, limit?: number): Target[] => search.search(query, limit).map(targetOf);

describe("TermSearch over the example vault", () => {
  it.each(FIRST_RESULT_CASES)("%s → %s (%s)", (query, first) => {
    expect(targets(example, query)[0]).toBe(first);
  });

  it.each(ABSENT_CASES)("%s lists no %s (%s)", (query, absent) => {
    expect(targets(example, query, 100)).not.toContain(absent);
  });

  it.each(TYPING_SEQUENCES)("keeps $target first while typing: $why", ({ target, states }) => {
    const firsts = states.map((state) => [state, targets(example, state)[0]]);
    expect(firsts).toEqual(states.map((state) => [state, target]));
  });

  it("ranks Container before Kubernetes on a lone ㅋ: both start with ㅋ, and Container has more mentions", () => {
    const mentions = (id: string): number => [...exampleIndex.notesMentioning(id).values()].reduce((a, b) => a + b, 0);
    expect(mentions("container")).toBeGreaterThan(mentions("kubernetes"));
    expect(targets(example, "ㅋ").slice(0, 2)).toEqual(["concept:container", "concept:kubernetes"]);
  });

  it("finds Kubernetes as a typo of a Korean syllable, a fuzzy match ranked below nothing literal", () => {
    const [first] = example.search("쿠버넷");
    expect(first).toMatchObject({ kind: "concept", conceptId: "kubernetes", match: "fuzzy", matched: "쿠버네티스" });
  });

  it("says how and through which name each result matched", () => {
    const first = (query: string): SearchResult | undefined => example.search(query, 1)[0];
    expect(first("Docker")).toMatchObject({ title: "Docker", match: "exact", matched: "Docker" });
    expect(first("ㄷㅋ")).toMatchObject({ title: "Docker", match: "exact", matched: "도커" });
    expect(first("ehzj")).toMatchObject({ title: "Docker", match: "exact", matched: "도커" });
    expect(first("Dock")).toMatchObject({ title: "Docker", match: "prefix" });
    expect(first("파이프라인 회의록")).toMatchObject({ title: "회의록 - 배포 파이프라인", match: "word" });
    expect(first("네티스")).toMatchObject({ title: "Kubernetes", match: "infix", matched: "쿠버네티스" });
    expect(first("dokcer")).toMatchObject({ title: "Docker", match: "fuzzy" });
  });

  it("carries what the modal shows and what the plugin opens: concepts", () => {
    const docker = example.search("도커", 1)[0];
    const notes = exampleIndex.notesMentioning("docker");
    expect(docker).toMatchObject({ kind: "concept", conceptId: "docker", title: "Docker", notePath: "Concepts/Docker.md", notes: notes.size });
    expect(docker?.aliases).toContain("도커");
    expect(docker?.aliases).not.toContain("Docker");
    expect(docker?.kind === "concept" && docker.mentions).toBe([...notes.values()].reduce((a, b) => a + b, 0));
    expect(docker?.kind === "concept" && docker.mentions).toBeGreaterThan(docker?.kind === "concept" ? docker.notes : 0);
  });

  it("carries what the modal shows and what the plugin opens: notes and questions", () => {
    const [note] = example.search("회의록 - 배포 파이프라인", 1);
    expect(note).toMatchObject({ kind: "note", path: "회의록 - 배포 파이프라인.md", title: "회의록 - 배포 파이프라인", aliases: ["배포 파이프라인 회의"] });
    expect(note?.kind === "note" && note.questions).toEqual({ open: 3, unsure: 0, total: 4 });
    expect(note?.kind === "note" && note.concepts).toBe(exampleIndex.note("회의록 - 배포 파이프라인.md")?.concepts.length);
    const [question] = example.search("롤백 어떻게", 1);
    expect(question).toMatchObject({
      kind: "question", path: "회의록 - 배포 파이프라인.md", line: 34, title: "배포가 잘못되면 롤백은 어떻게 해?",
      aliases: [], status: "answered", noteTitle: "회의록 - 배포 파이프라인",
    });
  });

  it("lists the most-mentioned concepts for an empty query", () => {
    const top = example.search("");
    expect(top).toHaveLength(DEFAULT_SEARCH_LIMIT);
    expect(top.every((r) => r.kind === "concept" && r.match === "none" && r.mentions > 0)).toBe(true);
    const mentions = top.map((r) => (r.kind === "concept" ? r.mentions : 0));
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    expect(targetOf(top[0] as SearchResult)).toBe("concept:container");
    expect(example.search("   \t").map(targetOf)).toEqual(top.map(targetOf));
  });

  it("honours the limit, and returns nothing for a limit below one or a query that matches nothing", () => {
    expect(example.search("도", 3)).toHaveLength(3);
    expect(example.search("도", 0)).toEqual([]);
    expect(example.search("도", -5)).toEqual([]);
    expect(example.search("qqqq")).toEqual([]);
    expect(example.search("ㅃㅉㅃㅉ")).toEqual([]);
  });

  it("orders equally good matches: mentioned concepts, notes, unmentioned concepts, headings, questions; then by use, then alphabetically", () => {
    const results = example.search("도커", 100);
    const group = (r: SearchResult): number => (r.kind === "concept" ? (r.mentions > 0 ? 0 : 2) : { note: 1, heading: 3, question: 4 }[r.kind]);
    const use = (r: SearchResult): number => (r.kind === "concept" ? r.mentions : r.kind === "note" ? r.questions.total : 0);
    for (let i = 1; i < results.length; i++) {
      const [a, b] = [results[i - 1] as SearchResult, results[i] as SearchResult];
      if (a.match !== b.match || Boolean(a.translated) !== Boolean(b.translated)) continue;
      expect(group(a)).toBeLessThanOrEqual(group(b));
      if (group(a) !== group(b)) continue;
      expect(use(a)).toBeGreaterThanOrEqual(use(b));
      if (use(a) === use(b)) expect(a.title.toLowerCase() <= b.title.toLowerCase()).toBe(true);
    }
    // Exact before prefix before word before infix: the tiers never interleave.
    const tiers = results.map((r) => ["exact", "prefix", "word", "infix", "fuzzy"].indexOf(r.match));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(new Set(results.map((r) => r.kind))).toEqual(new Set(["concept", "note", "heading", "question"]));
  });

  it("is deterministic: the same results whatever order the notes were read in, and on every call", () => {
    const reversed = TermSearch.fromIndex(VaultIndex.build([...exampleEntries].reverse()));
    for (const query of ["", "ㄷ", "도커", "dokcer", "배포", "ㅋ", "kube", "어떻게"]) {
      const once = example.search(query, 50);
      expect(reversed.search(query, 50)).toEqual(once);
      expect(example.search(query, 50)).toEqual(once);
    }
  });

  it("records the index version it was built from, so the plugin knows when to rebuild", () => {
    const index = VaultIndex.build([["a.md", "도커"]]);
    const search = TermSearch.fromIndex(index);
    expect(search.version).toBe(index.version);
    index.upsert("b.md", "쿠버네티스");
    expect(search.version).not.toBe(index.version);
    expect(TermSearch.fromIndex(index).search("b", 5).map(targetOf)).toContain("note:b.md");
  });
});

describe("readQuery", () => {
  it.each(READING_CASES)("%s → %j (%s)", (query, readings) => {
    expect(readQuery(query).map((r) => `${r.mode}:${r.text}`)).toEqual(readings);
  });
});

describe("TermSearch over small vaults", () => {
  it("keeps Kubernetes first from the very first ㅋ where it is the vault's most mentioned ㅋ concept", () => {
    const search = vault({ "스터디.md": "쿠버네티스 공부. 쿠버네티스 파드. 도커도 조금." });
    for (const state of ["ㅋ", "쿠", "쿱", "쿠버", "쿠번", "쿠버네", "쿠버넽", "쿠버네티", "쿠버네팃", "쿠버네티스"]) {
      expect([state, targets(search, state)[0]]).toEqual([state, "concept:kubernetes"]);
    }
  });

  it("ranks a note above a concept nobody mentions, and a mentioned concept above the note", () => {
    // The note has two questions and never says Docker; the concept is not mentioned anywhere.
    const unmentioned = vault({ "Docker.md": "Q. 무엇?\n\nQ. 왜?\n", "Docker 실습.md": "" }).search("docker", 100);
    expect(unmentioned.slice(0, 2).map(targetOf)).toEqual(["note:Docker.md", "concept:docker"]);
    expect(unmentioned.slice(0, 2).map((r) => r.match)).toEqual(["exact", "exact"]);
    const prefixed = unmentioned.filter((r) => r.match === "prefix").map(targetOf);
    expect(prefixed.indexOf("note:Docker 실습.md")).toBeLessThan(prefixed.indexOf("concept:docker-compose"));

    const mentioned = vault({ "Docker.md": "Q. 무엇?\n\nQ. 왜?\n", "TIL.md": "도커를 설치했다." }).search("docker", 100);
    expect(mentioned.slice(0, 2).map(targetOf)).toEqual(["concept:docker", "note:Docker.md"]);
  });

  it("ranks what was typed, read as typed, before its reading through the other layout", () => {
    // `eh` starts the note title as typed, and starts 도커 read through the Korean layout.
    const results = vault({ "ehcache.md": "" }).search("eh");
    expect(targetOf(results[0] as SearchResult)).toBe("note:ehcache.md");
    expect(results.slice(1).every((r) => r.kind === "concept" && r.match === "prefix" && r.matched.startsWith("도"))).toBe(true);
    expect(results.map(targetOf)).toContain("concept:docker");
  });

  it("ranks an exact note title above a concept found only through a typo", () => {
    expect(targets(vault({ "Kubernates.md": "misspelled on purpose" }), "kubernates").slice(0, 2)).toEqual(["note:Kubernates.md", "concept:kubernetes"]);
  });

  it("breaks ties by how much a note is used (its questions), then alphabetically by title", () => {
    const search = vault({
      "스터디 로그 C.md": "",
      "스터디 로그 B.md": "",
      "스터디 로그 A.md": "",
      "스터디 로그 Z.md": "Q. 하나?\n\nQ. 둘?\n",
      "스터디 로그 Y.md": "Q. 하나?\n",
    });
    expect(targets(search, "스터디").filter((t) => t.startsWith("note:"))).toEqual([
      "note:스터디 로그 Z.md", "note:스터디 로그 Y.md", "note:스터디 로그 A.md", "note:스터디 로그 B.md", "note:스터디 로그 C.md",
    ]);
  });

  it("finds notes by their frontmatter aliases, by initial consonants too", () => {
    const search = vault({ "2024-03-02.md": "---\naliases: [네트워크 정리, network notes]\n---\n본문" });
    expect(targets(search, "네트워크 정리")[0]).toBe("note:2024-03-02.md");
    expect(targets(search, "ㄴㅌㅇㅋ ㅈㄹ")[0]).toBe("note:2024-03-02.md");
    expect(targets(search, "network notes")[0]).toBe("note:2024-03-02.md");
    expect(example.search("ㄴㅌㅇㅋ ㅈㄹ").length).toBe(0);
  });

  it("lists a question that is exactly the query even when names and titles fill the list", () => {
    const notes: Record<string, string> = { "질문.md": "Q. 도커 볼륨?\n\nQ. 도커 볼륨은 어디에 저장되지?\n" };
    for (let i = 0; i < 30; i++) notes[`도커 볼륨 실습 ${String(i).padStart(2, "0")}.md`] = "";
    const search = vault(notes);
    const top = targets(search, "도커 볼륨", 10);
    expect(top.slice(0, 2)).toEqual(["concept:docker-volume", "question:질문.md:1"]);
    // A question that only starts with the query ranks after the thirty titles that do too...
    expect(targets(search, "도커 볼륨", 20)).not.toContain("question:질문.md:3");
    // ...and is still found when the list is long enough to reach it.
    expect(targets(search, "도커 볼륨", 100)).toContain("question:질문.md:3");
  });

  it("finds a title written in bare jamo by the same jamo", () => {
    expect(targets(vault({ "ㅋㅋ.md": "" }), "ㅋㅋ")[0]).toBe("note:ㅋㅋ.md");
  });

  it("matches initial consonants only from the start of a word", () => {
    const search = vault({ "세미나 - 도커와 쿠버네티스.md": "" });
    expect(targets(search, "ㄷㅋㅇ")).toContain("note:세미나 - 도커와 쿠버네티스.md");
    expect(targets(search, "ㅋㅇ", 100)).not.toContain("note:세미나 - 도커와 쿠버네티스.md");
  });

  it("lists nothing for an empty query when the vault mentions no concept, yet finds glossary concepts", () => {
    expect(vault({}).search("")).toEqual([]);
    expect(vault({}).search("도커").map(targetOf)[0]).toBe("concept:docker");
  });
});
