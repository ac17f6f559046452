import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conceptCounts, indexNote, indexOnly } from "./corpus";

/**
 * The big cases of the bad-input corpus, made at run time (megabytes are not committed), written
 * to a temporary folder and read back as the CLI reads files. That they take linear time is
 * `linear-work.test.ts`'s job; here, what the user sees.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "linked-devops-corpus-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function onDisk(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return readFileSync(join(dir, name), "utf8");
}

describe("big and deep notes are indexed whole", () => {
  it("a 10 MB note (incident notes with pasted logs): indexed with a 'very large note' warning, every question and link in it", () => {
    const log = "2024-05-01T09:00:00Z INFO request handled path=/api/v1/items status=200 duration=12ms\n".repeat(40);
    const block = (i: number): string => `## 장애 ${i}\nQ. 이 에러는 왜 났지?\n-> 도커 데몬이 꺼져 있었다. [[Docker]]\n\`\`\`log\n${log}\`\`\`\n\n`;
    const blocks: string[] = [];
    for (let bytes = 0; bytes < 10 * 1024 * 1024; bytes += Buffer.byteLength(blocks[blocks.length - 1] as string)) blocks.push(block(blocks.length));
    // Read once, by the index: a second parse of 10 MB would only slow the run down.
    const { record, report } = indexOnly("incidents.md", onDisk("incidents.md", blocks.join("")));
    expect(record.warnings).toEqual([expect.stringMatching(/^very large note \(10\.\d million characters\); indexing it is slow$/)]);
    expect(record.questions).toHaveLength(blocks.length);
    expect(record.questions.every((q) => q.status === "answered")).toBe(true);
    expect(record.questions.at(-1)?.heading).toBe(`장애 ${blocks.length - 1}`);
    expect(record.links).toHaveLength(blocks.length);
    expect(record.codeBlocks).toHaveLength(blocks.length);
    expect(conceptCounts(record)).toEqual({ docker: blocks.length, "docker-engine": blocks.length });
    expect(report.warnings.map((w) => w.path)).toEqual(["incidents.md"]);
  });

  it("a note of one 1 MB line: indexed, every mention and link on line 1, code and URLs in it not counted", () => {
    const piece = "도커는 컨테이너를 돌린다 `kubectl get pods` [[Docker]] https://kubernetes.io/docs #til ";
    const repeats = Math.ceil((1024 * 1024) / Buffer.byteLength(piece));
    const { parsed, record } = indexNote("one-line.md", onDisk("one-line.md", piece.repeat(repeats)));
    expect(record.lineCount).toBe(1);
    expect(record.warnings).toEqual([]);
    expect(conceptCounts(record)).toEqual({ docker: 2 * repeats, container: repeats });
    expect(new Set(parsed.mentions.map((m) => m.line))).toEqual(new Set([1]));
    expect(record.links).toHaveLength(repeats);
    expect(record.tags).toEqual(["til"]);
  });

  it("10,000 links in one note: every link indexed, each missing note listed once, the existing one backlinked", () => {
    const links = Array.from({ length: 10_000 }, (_, i) => (i === 5000 ? "[[도커 정리]]" : `[[노트 ${i}]]`));
    const text = onDisk("hub.md", `# 색인\n${links.join(" ")}\n${links.slice(0, 100).join("\n")}\n`);
    const { record, index, report } = indexNote("hub.md", text, [["도커 정리.md", "도커\n"]]);
    expect(record.links).toHaveLength(10_100);
    expect(index.unresolvedLinksOf("hub.md")).toHaveLength(9_999);
    expect(report.unresolvedLinks).toHaveLength(9_999);
    // Written twice: on the long line 2, and again on line 3.
    expect(report.unresolvedLinks[0]).toEqual({ target: "노트 0", sources: ["hub.md"], locations: [{ path: "hub.md", line: 2 }, { path: "hub.md", line: 3 }] });
    expect(index.backlinks("도커 정리.md")).toEqual(new Map([["hub.md", 1]]));
  });

  it("a list nested 500 deep with a question at every level: every question found, each answered by what is nested under it", () => {
    const depth = 500;
    const lines: string[] = [];
    for (let k = 0; k < depth; k++) lines.push(`${"  ".repeat(k)}- Q. ${k}단계 도커는?`, `${"  ".repeat(k + 1)}- ${k}단계 답`);
    const { record, parsed } = indexNote("nested.md", onDisk("nested.md", lines.join("\n") + "\n"));
    expect(record.questions).toHaveLength(depth);
    expect(record.questions.every((q) => q.status === "answered")).toBe(true);
    expect(record.questions.map((q) => q.answerLines)).toEqual(Array.from({ length: depth }, (_, k) => ({ from: 2 * k + 2, to: 2 * depth })));
    // The index keeps no answer text of answered questions; the parse has it.
    expect(parsed.questions.at(-1)?.answer).toBe(`${depth - 1}단계 답`);
    expect(conceptCounts(record)).toEqual({ docker: depth });
  });

  it("block quotes nested 10,000 deep: the question and its answer inside are found", () => {
    const deep = "> ".repeat(10_000);
    const { record, parsed } = indexNote("quotes.md", onDisk("quotes.md", `${deep}Q. 도커란?\n${deep}-> 컨테이너 도구\n`));
    expect(record.questions.map((q) => [q.line, q.text, q.status])).toEqual([[1, "도커란?", "answered"]]);
    expect(parsed.questions.map((q) => q.answer)).toEqual(["컨테이너 도구"]);
    expect(conceptCounts(record)).toEqual({ docker: 1, container: 1 });
  });

  it("a quote ladder 1,000 deep with a question on every rung: each question open (the one under it is another question)", () => {
    const lines = Array.from({ length: 1000 }, (_, k) => `${"> ".repeat(k)}Q. ${k}번 질문`);
    const { record } = indexNote("ladder.md", onDisk("ladder.md", lines.join("\n")));
    expect(record.questions).toHaveLength(1000);
    expect(new Set(record.questions.map((q) => q.status))).toEqual(new Set(["open"]));
  });

  it("10,000 list markers on one line (- - - …): one list item, the words after them still read", () => {
    const { record } = indexNote("markers.md", onDisk("markers.md", `${"- ".repeat(10_000)}도커\n${"1. ".repeat(10_000)}쿠버네티스\n`));
    expect(conceptCounts(record)).toEqual({ docker: 1, kubernetes: 1 });
    expect(record.warnings).toEqual([]);
  });
});
