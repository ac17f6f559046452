import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScanReport } from "../../src/engine/report/scan-report";

/** These tests run the built CLI (`npm test` builds first) on real folders. */
const CLI = resolve("dist/cli.cjs");
const SEED_VAULT = resolve("../shared/seed-vault");

function run(...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync("node", [CLI, ...args], { encoding: "utf8" });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function scan(vault?: string): ScanReport {
  return JSON.parse(execFileSync("node", [CLI, "scan", ...(vault ? [vault] : []), "--json"], { encoding: "utf8", maxBuffer: 1 << 26 })) as ScanReport;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "linked-devops-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cli arguments", () => {
  it("prints help and exits 0", () => {
    const { status, stdout } = run("--help");
    expect(status).toBe(0);
    expect(stdout).toMatch(/Usage: linked-devops-notes <command>/);
  });

  it.each([[[]], [["frobnicate"]], [["scan", "--nope"]], [["scan", "a", "b"]], [["dashboard", "--out"]], [["dashboard", "--json"]]])("exits 2 with a message on bad arguments %j", (args) => {
    const { status, stderr } = run(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/linked-devops-notes: /);
  });

  it("exits 2 on a missing folder", () => {
    const { status, stderr } = run("scan", join(dir, "no-such-vault"));
    expect(status).toBe(2);
    expect(stderr).toMatch(/is not a folder/);
  });
});

describe("cli on the bundled example vault", () => {
  it("prints a summary with concepts, questions and the review queue", () => {
    const { status, stdout } = run("scan");
    expect(status).toBe(0);
    expect(stdout).toMatch(/15 notes · \d+ concepts · \d+ mentions · 35 questions \(11 open, 7 unsure\)/);
    expect(stdout).toMatch(/Top concepts:\n\s+Container/);
    expect(stdout).toMatch(/Review queue:/);
  });

  it("reads every shape of question the vault holds, with the statuses its notes give them", () => {
    const report = scan();
    const count = (status: string): number => report.questions.filter((q) => q.status === status).length;
    expect([count("answered"), count("open"), count("unsure")]).toEqual([17, 11, 7]);
    const docker = report.questions.find((q) => q.text === "이게 도커인건가?");
    expect(docker).toMatchObject({ path: "Seminars/세미나 - 도커와 쿠버네티스.md", status: "answered" });
    expect(docker?.answer).toMatch(/^컨테이너를 관리하는 툴이다\./);
  });

  it("skips the .obsidian folder and knows the user's concept note", () => {
    const report = scan();
    expect(report.notes.some((n) => n.path.startsWith(".obsidian"))).toBe(false);
    const argo = report.concepts.find((c) => c.name === "Argo Rollouts");
    expect(argo?.conceptNote).toBe("Concepts/Argo Rollouts.md");
    expect(argo?.notes.map((n) => n.path)).toContain("회의록 - 배포 파이프라인.md");
  });

  it("prints the dashboard as markdown, and writes it with --out", () => {
    const { stdout } = run("dashboard");
    expect(stdout).toMatch(/^%% linked-devops-notes:dashboard %%\n\n# DevOps study dashboard/);
    const out = join(dir, "dashboard.md");
    expect(run("dashboard", "--out", out).status).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/## Open questions/);
    expect(run("dashboard", "--out", out).status).toBe(0); // its own export may be replaced
  });

  it("refuses to overwrite a note it did not write", () => {
    const mine = join(dir, "my-note.md");
    writeFileSync(mine, "내 노트\n");
    const { status, stderr } = run("dashboard", "--out", mine);
    expect(status).toBe(2);
    expect(stderr).toMatch(/not overwriting/);
    expect(readFileSync(mine, "utf8")).toBe("내 노트\n");
  });
});

describe("cli on vault folders as users have them", () => {
  it("skips dot-folders, reads a symlinked note once, and reads NFD names as NFC", () => {
    const vault = join(dir, "vault");
    mkdirSync(join(vault, ".obsidian"), { recursive: true });
    mkdirSync(join(vault, ".trash"), { recursive: true });
    mkdirSync(join(vault, "notes"), { recursive: true });
    writeFileSync(join(vault, ".obsidian", "workspace.md"), "도커");
    writeFileSync(join(vault, ".trash", "old.md"), "도커");
    writeFileSync(join(vault, "notes", "real.md"), "도커는 컨테이너\n");
    symlinkSync(join(vault, "notes", "real.md"), join(vault, "alias.md"));
    symlinkSync(join(vault, "notes"), join(vault, "notes-again"));
    writeFileSync(join(vault, "세미나.md".normalize("NFD")), "쿠버네티스\n");
    const report = scan(vault);
    expect(report.notes.map((n) => n.path).sort()).toEqual(["notes/real.md", "세미나.md"]);
    expect(report.notes.map((n) => n.title)).toContain("세미나");
  });

  it("warns about a binary file named .md and still reads the rest", () => {
    const vault = join(dir, "binary");
    mkdirSync(vault);
    writeFileSync(join(vault, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0x0d, 0x0a, 0x1a, 0, 0, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(vault, "ok.md"), "도커");
    const report = scan(vault);
    expect(report.warnings.map((w) => w.path)).toEqual(["image.md"]);
    expect(report.concepts.map((c) => c.name)).toEqual(["Docker"]);
  });
});

describe.skipIf(!existsSync(SEED_VAULT))("cli on the seed vault of real study notes", () => {
  it("reads note 004 as the engine issue states", () => {
    const report = scan(SEED_VAULT);
    const n4 = report.notes.find((n) => n.path === "004_75a38d66f09a42cf.md");
    expect(n4).toMatchObject({ tags: ["기획안"], aliases: ["기획안"], embeds: ["스크린샷 2022-09-24 오전 9.26.39.png"] });
    expect(n4?.links).toContain("HOME 🌎");
    expect(n4?.emptyFields).toEqual(expect.arrayContaining(["분야", "키워드", "관련있는 메모"]));
    expect(n4?.concepts.map((c) => c.name)).toEqual(expect.arrayContaining(["Docker", "Kubernetes", "LXC", "Podman", "Consul", "CORS"]));
    const q = report.questions.find((x) => x.text === "이게 도커인건가?");
    expect(q).toMatchObject({ path: "004_75a38d66f09a42cf.md", line: 67, status: "answered", answer: "컨테이너를 관리하는 툴이다." });
  });

  it("counts nothing from inside HTML tags or URLs in note 000", () => {
    const n0 = scan(SEED_VAULT).notes.find((n) => n.path === "000_cf7360f772b265f8.md");
    expect(n0?.concepts.map((c) => c.name)).not.toContain("AWS");
    expect(n0?.concepts.map((c) => c.name)).toContain("Docker");
  });
});
