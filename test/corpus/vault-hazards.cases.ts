import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

/**
 * Vaults and files that once hung the CLI, blew up its memory, wrote where they should not, or
 * printed what they should not: one row a hazard. `setUp` makes the hazard under a fresh folder
 * and returns the CLI's arguments; `vault-hazards.test.ts` runs the built CLI on them with a
 * 10-second limit (a hang is a failure, not a wait) and holds it to `check`.
 *
 * Figures from before the fixes, on the machine we develop on: the diamond of 16 levels took
 * 91 s (2^16 paths), 1,000 nested folders 15 s, `--state /dev/zero` 16 GB before it crashed;
 * the FIFOs never returned.
 */

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface VaultHazard {
  name: string;
  setUp: (dir: string) => string[];
  check: (result: RunResult, dir: string) => void;
}

export const mkfifo = (path: string): void => {
  execFileSync("mkfifo", [path]);
};

function note(path: string, text: string): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
}

interface ScanJson {
  notes: Array<{ path: string }>;
  questions: Array<{ path: string; text: string }>;
  warnings: Array<{ path: string; message: string }>;
}
const scanJson = (result: RunResult): ScanJson => JSON.parse(result.stdout) as ScanJson;
const paths = (result: RunResult): string[] => scanJson(result).notes.map((n) => n.path).sort();
const warningsOf = (result: RunResult): string[] => scanJson(result).warnings.map((w) => `${w.path}: ${w.message}`);

/** One error line and exit status 2: what every refused file argument must give. */
function refused(result: RunResult, pattern: RegExp): void {
  expect(result.status, "exit status").toBe(2);
  expect(result.stderr.trimEnd().split("\n"), "one line on stderr").toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

export const VAULT_HAZARDS: VaultHazard[] = [
    {
      name: "a symlink diamond 24 levels deep (two links per level, 2^24 paths): each folder read once, every note once",
      setUp: (dir) => {
        const vault = join(dir, "vault");
        const levels = join(vault, ".levels");
        for (let i = 0; i < 24; i++) {
          note(join(levels, `d${i}`, `level ${i}.md`), `도커 ${i}\n`);
          if (i > 0) for (const name of ["a", "b"]) symlinkSync(join(levels, `d${i}`), join(levels, `d${i - 1}`, name));
        }
        for (const name of ["a", "b"]) symlinkSync(join(levels, "d0"), join(vault, name));
        return ["scan", vault, "--json"];
      },
      check: (result) => {
        expect(result.status).toEqual(0);
        const found = paths(result);
        expect(found.length, "notes").toEqual(24);
        expect(found.find((p) => p.endsWith("level 23.md"))).toEqual(`${"a/".repeat(24)}level 23.md`);
      },
    },
    {
      name: "1,000 nested folders with a note at every level: every note read",
      setUp: (dir) => {
        const vault = join(dir, "vault");
        let folder = vault;
        for (let i = 0; i < 1000; i++) {
          folder = join(folder, "d");
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, `n${i}.md`), "Q. 쿠버네티스?\n");
        }
        return ["scan", vault, "--json"];
      },
      check: (result) => {
        expect(result.status).toEqual(0);
        expect(scanJson(result).notes.length, "notes").toEqual(1000);
        expect(scanJson(result).questions.length, "questions").toEqual(1000);
      },
    },
    {
      name: "a folder linking to its own parent, and a link to itself: read once, the self-link reported",
      setUp: (dir) => {
        const vault = join(dir, "vault");
        note(join(vault, "k8s", "pod.md"), "파드\n");
        symlinkSync(join(vault), join(vault, "k8s", "up"));
        symlinkSync(join(vault, "self.md"), join(vault, "self.md"));
        return ["scan", vault, "--json"];
      },
      check: (result) => {
        expect(result.status).toEqual(0);
        expect(paths(result)).toEqual(["k8s/pod.md"]);
        expect(warningsOf(result)).toEqual(["self.md: symbolic link in a loop of links; skipped"]);
      },
    },
    {
      name: "a FIFO named like a note: reported, never opened",
      setUp: (dir) => {
        const vault = join(dir, "vault");
        note(join(vault, "ok.md"), "도커\n");
        mkfifo(join(vault, "pipe.md"));
        return ["scan", vault, "--json"];
      },
      check: (result) => {
        expect(result.status).toEqual(0);
        expect(paths(result)).toEqual(["ok.md"]);
        expect(warningsOf(result)).toEqual(["pipe.md: is a FIFO (named pipe), not a regular file; skipped"]);
      },
    },
    {
      name: "links out of the vault (a folder, a note, /dev/zero): not followed, nothing of theirs printed",
      setUp: (dir) => {
        const vault = join(dir, "vault");
        note(join(dir, "outside", "secret.md"), "Q. 비밀 도커 질문?\n");
        note(join(vault, "mine.md"), "도커\n");
        symlinkSync(join(dir, "outside"), join(vault, "shared"));
        symlinkSync(join(dir, "outside", "secret.md"), join(vault, "secret-link.md"));
        symlinkSync("/dev/zero", join(vault, "zero.md"));
        return ["scan", vault, "--json"];
      },
      check: (result) => {
        expect(result.status).toEqual(0);
        expect(paths(result)).toEqual(["mine.md"]);
        expect(result.stdout).not.toMatch(/비밀|outside\/secret/);
        expect(warningsOf(result).sort()).toEqual([
          "secret-link.md: symbolic link to outside the vault; not followed (--follow-symlinks reads it)",
          "shared: symbolic link to outside the vault; not followed (--follow-symlinks reads it)",
          "zero.md: symbolic link to outside the vault; not followed (--follow-symlinks reads it)",
        ]);
      },
    },
    {
      name: "the same links with --follow-symlinks: the note they both reach read once (by the first link in name order), /dev/zero refused",
      setUp: (dir) => {
        const vault = join(dir, "vault");
        note(join(dir, "outside", "secret.md"), "Q. 비밀 도커 질문?\n");
        note(join(vault, "mine.md"), "도커\n");
        symlinkSync(join(dir, "outside"), join(vault, "shared"));
        symlinkSync(join(dir, "outside", "secret.md"), join(vault, "secret-link.md"));
        symlinkSync("/dev/zero", join(vault, "zero.md"));
        return ["scan", vault, "--json", "--follow-symlinks"];
      },
      check: (result) => {
        expect(result.status).toEqual(0);
        expect(paths(result)).toEqual(["mine.md", "secret-link.md"]);
        expect(warningsOf(result)).toEqual(["zero.md: leads to a character device, not a regular file; skipped"]);
      },
    },
    {
      name: "control characters in a file name and a question: escaped in the summary, no line forged, no escape code sent",
      setUp: (dir) => {
        const vault = join(dir, "vault");
        note(join(vault, "evil\x1b[2J\nforged: 0 notes.md"), "Q. 도커\x1b]0;pwned\x07 란\u202e?\n");
        return ["scan", vault];
      },
      check: (result) => {
        expect(result.status).toEqual(0);
        // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
        expect(result.stdout, "raw control characters").not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
        expect(result.stdout, "a forged line").not.toMatch(/^forged/m);
        expect(result.stdout).toMatch(/\[open\] evil\\x1b\[2J\\nforged: 0 notes\.md:1 {2}도커\\x1b\]0;pwned\\x07 란\\u202e\?/);
      },
    },
    {
      name: "a file name that is not UTF-8: reported as such, not as a missing file",
      setUp: (dir) => {
        const vault = join(dir, "vault");
        note(join(vault, "ok.md"), "도커\n");
        writeFileSync(Buffer.concat([Buffer.from(`${vault}/caf`), Buffer.from([0xe9]), Buffer.from(".md")]), "도커\n");
        return ["scan", vault, "--json"];
      },
      check: (result) => {
        expect(result.status).toEqual(0);
        expect(paths(result)).toEqual(["ok.md"]);
        expect(warningsOf(result)).toEqual(["caf\\xe9.md: its name is not valid UTF-8, so it cannot be named in the vault; skipped (rename it to read it)"]);
        expect(result.stdout).not.toMatch(/ENOENT/);
      },
    },
    ...stateFileHazards(),
    ...outFileHazards(),
  ];

function stateFileHazards(): VaultHazard[] {
  const vaultWithCard = (dir: string): string => {
    note(join(dir, "vault", "docker.md"), "Q. 도커란?\n-> 컨테이너 도구\n");
    return join(dir, "vault");
  };
  return [
    {
      name: "--state on a FIFO: refused at once, not waited on",
      setUp: (dir) => {
        mkfifo(join(dir, "data.json"));
        return ["review", vaultWithCard(dir), "--state", join(dir, "data.json")];
      },
      check: (result) => refused(result, /--state ".*data\.json" cannot be read: is a FIFO \(named pipe\), not a regular file/),
    },
    {
      name: "--state /dev/zero: refused at once, nothing read",
      setUp: (dir) => ["review", vaultWithCard(dir), "--state", "/dev/zero"],
      check: (result) => refused(result, /--state "\/dev\/zero" cannot be read: is a character device, not a regular file/),
    },
    {
      name: "--state on a folder: refused",
      setUp: (dir) => ["review", vaultWithCard(dir), "--state", dir],
      check: (result) => refused(result, /cannot be read: is a folder, not a regular file/),
    },
    ...(["null", "[]", '"review"'] as const).map((json) => ({
      name: `--state holding ${json}: reported, and every card taken as new`,
      setUp: (dir: string) => {
        writeFileSync(join(dir, "data.json"), json);
        return ["review", vaultWithCard(dir), "--state", join(dir, "data.json"), "--json", "--today", "2024-05-01"];
      },
      check: (result: RunResult) => {
        expect(result.status).toEqual(0);
        const what = json === "null" ? "null" : json === "[]" ? "an array" : "a string";
        expect(result.stderr).toMatch(new RegExp(`data\\.json" holds ${what}, not the plugin's data or a review state; every card is taken as new`));
        expect(result.stdout).toMatch(/"newCards": 1/);
      },
    })),
  ];
}

function outFileHazards(): VaultHazard[] {
  const vault = (dir: string): string => {
    note(join(dir, "vault", "docker.md"), "Q. 도커란?\n");
    return join(dir, "vault");
  };
  return [
    {
      name: "--out on a FIFO: refused at once, not waited on",
      setUp: (dir) => {
        mkfifo(join(dir, "out.md"));
        return ["dashboard", vault(dir), "--out", join(dir, "out.md")];
      },
      check: (result) => refused(result, /out\.md" is a FIFO \(named pipe\), not a regular file; not writing to it/),
    },
    {
      name: "--out on a folder: refused with one line",
      setUp: (dir) => ["dashboard", vault(dir), "--out", dir],
      check: (result) => refused(result, /is a folder; --out needs a file name/),
    },
    {
      name: "--out on a dangling symbolic link: refused, nothing written where it points",
      setUp: (dir) => {
        symlinkSync(join(dir, "elsewhere.md"), join(dir, "out.md"));
        return ["dashboard", vault(dir), "--out", join(dir, "out.md")];
      },
      check: (result, dir) => {
        refused(result, /out\.md" is a symbolic link; not writing through it/);
        expect(existsSync(join(dir, "elsewhere.md")), "a file where the link points").toEqual(false);
      },
    },
    {
      name: "--out on a symbolic link to an earlier dashboard: refused all the same",
      setUp: (dir) => {
        writeFileSync(join(dir, "real.md"), "%% linked-devops-notes:dashboard %%\nold\n");
        symlinkSync(join(dir, "real.md"), join(dir, "out.md"));
        return ["dashboard", vault(dir), "--out", join(dir, "out.md")];
      },
      check: (result) => refused(result, /is a symbolic link; not writing through it/),
    },
    {
      name: "--out into a folder that does not exist: one line, exit 2",
      setUp: (dir) => ["dashboard", vault(dir), "--out", join(dir, "missing", "out.md")],
      check: (result) => refused(result, /cannot write ".*missing\/out\.md": its folder does not exist/),
    },
  ];
}
