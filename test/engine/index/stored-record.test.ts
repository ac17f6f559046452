import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { isStoredRecord, recordFromStored, storedRecord } from "../../../src/engine/index/stored-record";
import type { NoteRecord } from "../../../src/engine/index/note-record";

/**
 * A record survives the ways it leaves the index: structured cloning (IndexedDB, a worker's
 * message) and JSON (a cache file), and reads back the same lists it was made with.
 */

function lists(record: NoteRecord): unknown {
  return {
    path: record.path,
    title: record.title,
    tags: record.tags,
    aliases: record.aliases,
    warnings: record.warnings,
    emptyFields: record.emptyFields,
    declaredConcept: record.declaredConcept,
    concepts: record.concepts,
    headings: record.headings,
    sectionStarts: record.sectionStarts,
    questions: record.questions,
    links: record.links,
    embeds: record.embeds,
    codeBlocks: record.codeBlocks,
    lineCount: record.lineCount,
    terms: record.terms,
    wordCount: record.wordCount,
  };
}

const NOTES: Record<string, string> = {
  "Concepts/Argo Rollouts.md": "---\ntags: [concept]\naliases: [아르고 롤아웃]\n---\n# Argo Rollouts\n",
  "회의록.md": [
    "---\ntags: [기획안]\n---",
    "Up : [[HOME 🌎]]",
    "# 배포 회의 #devops",
    "아르고 롤아웃과 도커 이미지, [쿠버네티스](https://kubernetes.io) ![[diagram.png]] [문서](docs/k8s.md)",
    "## 궁금증",
    "Q. 카나리는 왜 쓰지?",
    "-> 트래픽을 조금씩 옮긴다",
    "Q. 롤백은?",
    "- 모르겠다",
    "Q. 포드맨은?",
    "```bash\ndocker ps\n```",
    "키워드 :",
  ].join("\n"),
};

describe("stored records", () => {
  const index = VaultIndex.build(Object.entries(NOTES));

  it("read back the same lists after structured cloning and after JSON", () => {
    for (const record of index.notes()) {
      const cloned = recordFromStored(structuredClone(storedRecord(record)));
      expect(lists(cloned)).toEqual(lists(record));
      const parsed: unknown = JSON.parse(JSON.stringify(record));
      expect(isStoredRecord(parsed)).toBe(true);
      expect(lists(recordFromStored(parsed as Parameters<typeof recordFromStored>[0]))).toEqual(lists(record));
    }
  });

  it("name concepts by id, not by the numbers of the program that stored them", () => {
    const stored = storedRecord(index.note("회의록.md") as NoteRecord);
    expect(stored.conceptIds).toEqual(expect.arrayContaining(["docker", "container-image", "user:argo-rollouts"]));
    expect(stored.conceptIds).toHaveLength(new Set(stored.conceptIds).size);
  });

  it("keep lines past 65,535 (a note of 70,000 lines)", () => {
    const text = "빈 줄\n".repeat(70_000) + "도커 [[끝]]\nQ. 마지막?\n-> 네\n";
    const big = VaultIndex.build([["big.md", text]]).note("big.md") as NoteRecord;
    expect(big.concepts).toEqual([{ conceptId: "docker", count: 1, linked: false, lines: [70_001] }]);
    expect(big.links).toEqual([{ target: "끝", line: 70_001 }]);
    expect(big.questions.map((q) => [q.line, q.status, q.answerLines])).toEqual([[70_002, "answered", { from: 70_003, to: 70_003 }]]);
    expect(lists(recordFromStored(structuredClone(storedRecord(big))))).toEqual(lists(big));
  });

  it("refuse what is not one (a cache of another format)", () => {
    expect(isStoredRecord({ path: "a.md", concepts: [] })).toBe(false);
    expect(isStoredRecord(null)).toBe(false);
  });
});
