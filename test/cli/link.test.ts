import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runLinkCommand } from "../../src/cli/link-command";
import { readVault } from "../../src/cli/read-vault";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { shortestLinkText } from "../../src/engine/linking/link-text";
import { planConceptLinks } from "../../src/engine/linking/plan-concept-links";
import type { ScanReport } from "../../src/engine/report/scan-report";
import { asCrlf, TRAP_VAULT, trapNotes, withNfdLines } from "../vaults/trap-vault";

/**
 * `link` on real folders: a fresh copy of the trap vault for each test. The built CLI for what a
 * user runs; the command in-process where a test must change a note while it is being linked.
 */

const CLI = resolve("dist/cli.cjs");
const APPROVED_DIFF = resolve("test/engine/linking/__approved__/linker-traps.every.diff");
const notes = trapNotes();
const engine = VaultIndex.build(notes);
const linkText = shortestLinkText(engine);
const planned = (path: string, text: string, every: boolean): string => planConceptLinks(engine, path, text, { everyMention: every, linkText }).text;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOfTraps(): string {
  const dir = mkdtempSync(join(tmpdir(), "linked-devops-link-"));
  dirs.push(dir);
  cpSync(TRAP_VAULT, dir, { recursive: true });
  return dir;
}

function run(...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync("node", [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder: relative path → bytes, modification time and inode. */
function snapshot(dir: string): Map<string, { bytes: Buffer; mtimeMs: number; ino: number }> {
  const out = new Map<string, { bytes: Buffer; mtimeMs: number; ino: number }>();
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else {
        const stats = statSync(join(dir, path));
        out.set(path, { bytes: readFileSync(join(dir, path)), mtimeMs: stats.mtimeMs, ino: stats.ino });
      }
    }
  };
  walk("");
  return out;
}

function unresolvedLinks(vault: string): string[] {
  const report = JSON.parse(run("scan", vault, "--json").stdout) as ScanReport;
  return report.unresolvedLinks.map((u) => `${u.target} ← ${u.sources.join(", ")}`).sort();
}

describe("link --dry-run", () => {
  it("prints every change as the approved unified diff, writes nothing, and the diff applies", () => {
    const vault = copyOfTraps();
    const before = snapshot(vault);
    const { status, stdout, stderr } = run("link", vault, "--every", "--dry-run");
    expect(status).toBe(0);
    expect(stdout).toBe(readFileSync(APPROVED_DIFF, "utf8"));
    expect(stderr).toMatch(/^linked-devops-notes: \d+ links in \d+ notes \(dry run: nothing written\)\n$/);
    expect(snapshot(vault)).toEqual(before);

    const patch = join(vault, "..", `${vault.split("/").pop()}.diff`);
    writeFileSync(patch, stdout);
    dirs.push(patch);
    const applied = spawnSync("git", ["apply", "--unidiff-zero", "-p1", patch], { cwd: vault, encoding: "utf8" });
    expect(applied.stderr).toBe("");
    for (const [path, text] of notes) expect(readFileSync(join(vault, path), "utf8")).toBe(planned(path, text, true));
  });

  it("prints the changes as JSON: path, line, column, before, after", () => {
    const vault = copyOfTraps();
    const before = snapshot(vault);
    const { status, stdout } = run("link", vault, "--dry-run", "--json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { version: number; changes: Array<{ path: string; line: number; column: number; before: string; after: string }> };
    expect(report.version).toBe(1);
    const expected = [...notes].flatMap(([path, text]) => planConceptLinks(engine, path, text, { everyMention: false, linkText }).links.map((l) => ({ path, line: l.line, after: l.replacement })));
    expect(report.changes.map(({ path, line, after }) => ({ path, line, after }))).toEqual(expected);
    for (const change of report.changes) {
      const line = (notes.get(change.path) as string).split("\n")[change.line - 1] as string;
      expect(line.slice(change.column - 1, change.column - 1 + change.before.length)).toBe(change.before);
    }
    expect(snapshot(vault)).toEqual(before);
  });
});

describe("link", () => {
  it("replaces each changed note with the planned text by renaming a new file over it, and a second run changes nothing", () => {
    const vault = copyOfTraps();
    const unresolvedBefore = unresolvedLinks(vault);
    const before = snapshot(vault);
    const { status, stdout } = run("link", vault);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Linked \d+ mentions in \d+ notes\.\n$/);
    const after = snapshot(vault);
    expect([...after.keys()]).toEqual([...before.keys()]); // no temporary file left behind
    for (const [path, text] of notes) {
      const expected = planned(path, text, false);
      expect((after.get(path) as { bytes: Buffer }).bytes.toString("utf8")).toBe(expected);
      // A changed note is a new file renamed over the old one; an unchanged note is not touched.
      if (expected !== text) expect(after.get(path)?.ino).not.toBe(before.get(path)?.ino);
      else expect(after.get(path)).toEqual(before.get(path));
    }
    expect(unresolvedLinks(vault)).toEqual(unresolvedBefore);
    const again = run("link", vault, "--every");
    const everyOnce = snapshot(vault);
    expect(again.status).toBe(0);
    expect(run("link", vault, "--every").stdout).toBe("Linked 0 mentions in 0 notes.\n");
    expect(snapshot(vault)).toEqual(everyOnce);
  });

  it("keeps CRLF, a BOM and NFD lines byte for byte", () => {
    const vault = copyOfTraps();
    const variants = new Map<string, string>();
    [...notes].forEach(([path, text], k) => {
      const variant = k % 3 === 0 ? asCrlf(text) : k % 3 === 1 ? "\uFEFF" + text : withNfdLines(text, (line) => line % 2 === 0);
      variants.set(path, variant);
      writeFileSync(join(vault, path), variant);
    });
    expect(run("link", vault, "--every").status).toBe(0);
    [...notes].forEach(([path, text], k) => {
      const written = readFileSync(join(vault, path), "utf8");
      if (k % 3 === 0) expect(written).toBe(asCrlf(planned(path, text, true)));
      else if (k % 3 === 1) expect(written).toBe("\uFEFF" + planned(path, text, true));
      else written.split("\n").forEach((line, i) => {
        const stored = (variants.get(path) as string).split("\n")[i] as string;
        expect(line).toBe(stored !== text.split("\n")[i] ? stored : planned(path, text, true).split("\n")[i]);
      });
    });
  });

  it("replaces the note a symbolic link points to, keeps the link and the note's permissions", () => {
    const vault = copyOfTraps();
    // The note sits in a folder the walk skips (a dot-folder): it is read only through the link.
    mkdirSync(join(vault, ".shared"));
    writeFileSync(join(vault, ".shared/linked.md"), "포드맨은 좋다\n");
    symlinkSync(join(vault, ".shared/linked.md"), join(vault, "링크된 노트.md"));
    chmodSync(join(vault, "K8s/파드.md"), 0o600);
    expect(run("link", vault).status).toBe(0);
    expect(readFileSync(join(vault, ".shared/linked.md"), "utf8")).toBe("[[Podman|포드맨]]은 좋다\n");
    expect(lstatSync(join(vault, "링크된 노트.md")).isSymbolicLink()).toBe(true);
    expect(statSync(join(vault, "K8s/파드.md")).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(vault, "K8s/파드.md"), "utf8")).toContain("[[Pod|파드]]");
  });
});

describe("link leaves alone a note it cannot replace safely", () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
  };
  const linkInProcess = (vault: string, hooks = {}, between?: () => void) => {
    const reading = readVault(vault);
    const index = VaultIndex.build(reading.files.map((f) => [f.path, f.text] as const));
    between?.();
    const streams = io();
    const status = runLinkCommand(vault, reading.files, index, { every: false, dryRun: false, json: false }, streams.io, hooks);
    return { status, ...streams };
  };

  it("a note changed just before the rename: left alone, reported, exit 1, the rest written", () => {
    const vault = copyOfTraps();
    const target = join(vault, "K8s/파드.md");
    const users = "내가 방금 고친 파드 노트\n";
    const { status, err } = linkInProcess(vault, { beforeReplace: (real: string) => real.endsWith("파드.md") && writeFileSync(target, users) });
    expect(status).toBe(1);
    expect(readFileSync(target, "utf8")).toBe(users);
    expect(err.join("")).toMatch(/"K8s\/파드\.md" left alone: it changed while it was being linked/);
    expect(readFileSync(join(vault, "K8s/헬름.md"), "utf8")).toBe(planned("K8s/헬름.md", notes.get("K8s/헬름.md") as string, false));
    expect(readdirSync(join(vault, "K8s")).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("a note changed between reading the vault and writing: left alone", () => {
    const vault = copyOfTraps();
    const target = join(vault, "K8s/헬름.md");
    const { status, err } = linkInProcess(vault, {}, () => writeFileSync(target, "헬름은 바뀌었다\n"));
    expect(status).toBe(1);
    expect(readFileSync(target, "utf8")).toBe("헬름은 바뀌었다\n");
    expect(err.join("")).toMatch(/"K8s\/헬름\.md" left alone: it changed since it was read/);
  });

  it("a note whose bytes are not valid UTF-8: left alone, not one byte lost", () => {
    const vault = copyOfTraps();
    const bytes = Buffer.concat([Buffer.from("도커는 좋다 "), Buffer.from([0xff, 0xfe]), Buffer.from("\n")]);
    writeFileSync(join(vault, "깨진 노트.md"), bytes);
    const { status, err } = linkInProcess(vault);
    expect(status).toBe(1);
    expect(readFileSync(join(vault, "깨진 노트.md")).equals(bytes)).toBe(true);
    expect(err.join("")).toMatch(/"깨진 노트\.md" left alone: its bytes are not valid UTF-8/);
  });
});

describe("link arguments", () => {
  it.each([[["scan", "--every"]], [["review", "--dry-run"]], [["link", "--out", "x.md"]], [["link", "a", "b"]]])("exits 2 with a message on %j", (args) => {
    const { status, stderr } = run(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/linked-devops-notes: /);
  });
});
