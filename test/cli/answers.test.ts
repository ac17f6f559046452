import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** The built CLI's `answers` on the answers test vault (its JSON is held to schemas/answers.schema.json in json-schema.test.ts). */
const CLI = resolve("dist/cli.cjs");
const VAULT = resolve("test/vaults/answers");

function run(...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync("node", [CLI, ...args], { encoding: "utf8" });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe("cli answers", () => {
  it("ranks the notes that answer a line, as JSON the schema describes", () => {
    const { status, stdout } = run("answers", VAULT, "--at", "TIL/2024/2024-02-05.md:9", "--json", "--top", "3");
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { question: { text: string; path: string }; candidates: Array<{ path: string }> };
    expect(report.question).toMatchObject({ path: "TIL/2024/2024-02-05.md", text: "라우팅 테이블은 서브넷마다 따로 붙이나?" });
    expect(report.candidates[0]?.path).toBe("Networking/Route tables.md");
    expect(report.candidates).toHaveLength(3);
    expect(report.candidates.map((c) => c.path)).not.toContain("TIL/2024/2024-02-05.md");
  });

  it("takes any line as a question, written as one or not", () => {
    const { status, stdout } = run("answers", VAULT, "--at", "Docker/Compose healthcheck.md:3", "--json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { question: { text: string }; candidates: unknown[] };
    expect(report.question.text).toMatch(/^`depends_on: \[db\]`만 쓰면/);
    expect(report.candidates.length).toBeGreaterThan(0);
  });

  it("prints the list with reasons as text", () => {
    const { status, stdout } = run("answers", VAULT, "--at", "Seminars/세미나 - IaC.md:10");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Question \(Seminars\/세미나 - IaC\.md:10, under "Terraform vs Ansible"\): 언제 무엇을 사용\?/);
    expect(stdout).toMatch(/IaC\/Terraform vs Ansible\.md:\d+/);
    expect(stdout).toMatch(/why: .*concept Terraform/);
  });

  it.each([
    [["answers", VAULT], /needs --at PATH:LINE/],
    [["answers", VAULT, "--at", "TIL/2024/2024-02-05.md"], /--at needs PATH:LINE/],
    [["answers", VAULT, "--at", "nope.md:1"], /is not a note of the vault/],
    [["answers", VAULT, "--at", "TIL/2024/2024-02-05.md:999"], /holds no words/],
    [["answers", VAULT, "--at", "TIL/2024/2024-02-05.md:9", "--top", "0"], /--top needs a number/],
    [["scan", VAULT, "--at", "a.md:1"], /--at/],
  ])("exits 2 with a message on %j", (args, message) => {
    const { status, stderr } = run(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe("cli question options", () => {
  it("reads headings and list items that ask as questions when asked to", () => {
    const vault = mkdtempSync(join(tmpdir(), "linked-devops-questions-"));
    try {
      writeFileSync(join(vault, "note.md"), "## 쿠버네티스란?\n컨테이너 오케스트레이션 도구.\n\n- 파드는 왜 IP가 바뀌지?\n");
      const count = (...flags: string[]): number => (JSON.parse(run("scan", vault, "--json", ...flags).stdout) as { questions: unknown[] }).questions.length;
      expect(count()).toBe(0);
      expect(count("--heading-questions")).toBe(1);
      expect(count("--list-item-questions")).toBe(1);
      expect(count("--heading-questions", "--list-item-questions")).toBe(2);
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  });
});
