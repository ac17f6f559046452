import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexVault } from "../../src/cli/load-vault";
import { indexInThreads } from "../../src/cli/read-in-threads";
import { listVault } from "../../src/cli/walk-vault";
import type { VaultIndex } from "../../src/engine/index/vault-index";
import type { ScanReport } from "../../src/engine/report/scan-report";

/**
 * The CLI reads a large vault in reader threads (`src/cli/read-in-threads.ts`); what it prints
 * must be what one thread prints, byte for byte (the indexing time aside). Run on a vault of
 * our own: the example vault, a few hundred notes that link, mention and ask, and the traps of
 * real vaults (NFD names and their NFC twins, CRLF, a byte-order mark, a binary file, a FIFO,
 * concept notes declared in frontmatter, inline, and in a way the quick tag filter cannot see).
 */

const CLI = resolve("dist/cli.cjs");

function cli(args: string[]): string {
  return execFileSync("node", [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
}

/** `scan --json` with the timing taken out. */
function scanJson(vault: string, threads: number): string {
  const report = JSON.parse(cli(["scan", vault, "--json", "--threads", String(threads)])) as { stats: { indexMs: number } };
  report.stats.indexMs = 0;
  return JSON.stringify(report, null, 2);
}

const TOPICS = ["도커", "쿠버네티스", "Podman", "cgroups", "GitHub Actions", "테라폼", "컨테이너", "파드", "Helm", "Argo Rollouts"];
const PARTICLES = ["는", "를", "에서", "와", "란"];

/** A note of the generated part: deterministic, different from its neighbours. */
function note(i: number): string {
  const topic = TOPICS[i % TOPICS.length] as string;
  const other = TOPICS[(i * 7 + 3) % TOPICS.length] as string;
  const lines = [
    i % 3 === 0 ? "---\ntags: [study]\n---" : "",
    `# ${topic} 정리 ${i}`,
    `${topic}${PARTICLES[i % PARTICLES.length]} ${other}와 함께 쓴다. [[노트 ${(i * 13) % 300}]] 참고 #til`,
    `- \`${topic.toLowerCase()} ps\` 는 코드라 세지 않는다`,
    `Q. ${other}${PARTICLES[(i + 1) % PARTICLES.length]} 왜 필요할까?`,
    i % 4 === 0 ? "" : i % 4 === 1 ? "-> 격리 때문이다" : "-> 잘 모르겠다",
    `## ${other} 메모`,
    `${other} 이미지와 ${topic} 클러스터 https://example.com/${i} [문서](docs/${i}.md)`,
    i % 5 === 0 ? "키워드 :" : "",
  ];
  return lines.filter((line) => line !== "").join(i % 7 === 0 ? "\r\n" : "\n") + "\n";
}

let vault: string;
beforeAll(() => {
  vault = mkdtempSync(join(tmpdir(), "linked-devops-threads-"));
  cpSync(resolve("example-vault"), vault, { recursive: true });
  mkdirSync(join(vault, "노트"), { recursive: true });
  for (let i = 0; i < 300; i++) writeFileSync(join(vault, "노트", `노트 ${i}.md`), (i % 11 === 0 ? "\ufeff" : "") + note(i));
  writeFileSync(join(vault, "세미나.md".normalize("NFD")), "도커 세미나 (NFD 이름)\n".normalize("NFD"));
  writeFileSync(join(vault, "세미나.md"), "쿠버네티스 세미나 (NFC 이름)\n");
  writeFileSync(join(vault, "Concepts", "Karpenter.md"), "---\ntags: [concept]\naliases: [카펜터]\n---\n# Karpenter\n");
  writeFileSync(join(vault, "노트", "카펜터 실습.md"), "카펜터로 노드를 늘렸다 #concept\n");
  writeFileSync(join(vault, "binary.md"), Buffer.from(Array.from({ length: 4096 }, (_, k) => k % 7)));
  spawnSync("mkfifo", [join(vault, "pipe.md")]);
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe("reading a vault in threads", () => {
  it("prints the same scan --json as one thread, byte for byte", () => {
    const one = scanJson(vault, 1);
    expect((JSON.parse(one) as ScanReport).stats.notes).toBeGreaterThan(300);
    expect(scanJson(vault, 2)).toBe(one);
    expect(scanJson(vault, 3)).toBe(one);
  });

  it("prints the same summary, dashboard and planned links", () => {
    const summary = (threads: number): string => cli(["scan", vault, "--threads", String(threads)]).replace(/ · indexed in \d+ ms\n/, "\n");
    expect(summary(2)).toBe(summary(1));
    const dashboard = (threads: number): string => cli(["dashboard", vault, "--threads", String(threads)]).replace(/\d{4}-\d{2}-\d{2}/g, "<date>");
    expect(dashboard(2)).toBe(dashboard(1));
    const links = (threads: number): string => cli(["link", vault, "--dry-run", "--json", "--threads", String(threads)]);
    expect(links(2)).toBe(links(1));
  });

  it("builds the index one thread builds whichever thread parses a note: the main one, the readers, or both", () => {
    // Which thread takes a batch depends on timing: each side alone is checked here, and the
    // CLI's runs above take both.
    const one = indexDump(indexVault(vault, { threads: 1 }).index);
    expect(one).toContain("Karpenter");
    const threaded = (threads: number, parseInMain: boolean): string => {
      const listing = listVault(vault);
      const reading = indexInThreads(listing, { threads, script: CLI, index: {}, keepTexts: false, parseInMain });
      if (!reading) throw new Error("the threads fell back to one");
      reading.index.addFiles(listing.otherFiles);
      return indexDump(reading.index);
    };
    expect(threaded(1, true)).toBe(one);
    expect(threaded(2, false)).toBe(one);
    expect(threaded(3, false)).toBe(one);
    expect(threaded(2, true)).toBe(one);
  });

  it("says how many threads parsed: those asked for, or one for a vault below the size that repays a reader", () => {
    expect(indexVault(vault, { threads: 1 }).threads).toBe(1);
    expect(indexVault(vault, { threads: 2, threadScript: CLI }).threads).toBe(2);
    expect(indexVault(vault, { threadScript: CLI }).threads).toBe(1); // a few hundred notes: far below 20 M characters
  });

  it("reads a concept declared where the quick tag filter cannot see it, as one thread does", () => {
    // `\x63oncept` is `concept` to YAML, but not to a search of the text for the tag.
    writeFileSync(join(vault, "Concepts", "Crossplane.md"), '---\ntags: ["\\x63oncept"]\naliases: [크로스플레인]\n---\n# Crossplane\n');
    writeFileSync(join(vault, "노트", "크로스플레인.md"), "크로스플레인으로 클라우드를 관리\n");
    const one = scanJson(vault, 1);
    expect((JSON.parse(one) as ScanReport).concepts.map((c) => c.name)).toContain("Crossplane");
    expect(scanJson(vault, 2)).toBe(one);
  });

  it("says a bad --threads is bad", () => {
    const result = spawnSync("node", [CLI, "scan", vault, "--threads", "0"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--threads takes a number of threads from 1 to 64/);
  });
});

/** Everything an index holds, in its own order: every record as stored, the concepts, links, tags and questions. */
function indexDump(index: VaultIndex): string {
  return JSON.stringify(
    {
      records: [...index.notes()],
      declarations: index.declarations(),
      coMentions: index.coMentions(),
      unresolved: index.unresolvedLinks(),
      tags: index.tags(),
      questions: index.questions(),
    },
    null,
    1,
  );
}
