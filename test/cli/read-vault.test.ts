import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRegularFile, RefusedFile } from "../../src/cli/read-regular-file";
import { readVault } from "../../src/cli/read-vault";
import { mkfifo } from "../corpus/vault-hazards.cases";

/** The CLI's vault reader in-process, where a file can be swapped between the listing and the read. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "linked-devops-read-vault-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function vaultOf(name: string, notes: Record<string, string>): string {
  const vault = join(dir, name);
  for (const [path, text] of Object.entries(notes)) {
    mkdirSync(join(vault, path, ".."), { recursive: true });
    writeFileSync(join(vault, path), text);
  }
  return vault;
}

describe("notes that change while the vault is read", () => {
  it.each([
    ["replaced by a FIFO", (path: string) => mkfifo(path), "is a FIFO (named pipe), not a regular file; skipped"],
    ["replaced by a symbolic link to a note outside", (path: string) => symlinkSync(join(dir, "outside.md"), path), "was replaced by a symbolic link while the vault was read; skipped"],
    ["removed", () => undefined, "was removed while the vault was read; skipped"],
  ] as const)("a note %s after the listing: a warning for it, the others read, nothing waited on", (_what, replace, message) => {
    writeFileSync(join(dir, "outside.md"), "비밀\n");
    const vault = vaultOf(`swap-${message.length}`, { "a.md": "도커\n", "b.md": "파드\n", "c.md": "포드맨\n" });
    const read = readVault(vault, {
      onProgress: (done) => {
        if (done !== 1) return;
        unlinkSync(join(vault, "b.md"));
        replace(join(vault, "b.md"));
      },
    });
    expect(read.files.map((f) => [f.path, f.text])).toEqual([
      ["a.md", "도커\n"],
      ["c.md", "포드맨\n"],
    ]);
    expect(read.warnings).toEqual([{ path: "b.md", message }]);
  }, 10_000);
});

describe("each real folder is read once", () => {
  it("a diamond of links 30 levels deep: 31 folders read, not 2^30 paths", () => {
    const vault = vaultOf("diamond", { "top.md": "도커\n" });
    for (let i = 0; i < 30; i++) mkdirSync(join(vault, ".levels", `d${i}`), { recursive: true });
    for (let i = 0; i < 30; i++) {
      const next = i + 1 < 30 ? join(vault, ".levels", `d${i + 1}`) : undefined;
      writeFileSync(join(vault, ".levels", `d${i}`, `n${i}.md`), `${i}\n`);
      if (next) for (const name of ["left", "right"]) symlinkSync(next, join(vault, ".levels", `d${i}`, name));
    }
    for (const name of ["left", "right"]) symlinkSync(join(vault, ".levels", "d0"), join(vault, name));
    const read = readVault(vault);
    expect(read.folders).toBe(31); // the vault and the 30 levels
    expect(read.files).toHaveLength(31);
    expect(read.warnings).toEqual([]);
  }, 10_000);

  it("a note in the vault linked from elsewhere in it: read once, under its own path", () => {
    const vault = vaultOf("alias", { "zz/real.md": "도커\n" });
    symlinkSync(join(vault, "zz"), join(vault, "aa-link"));
    symlinkSync(join(vault, "zz", "real.md"), join(vault, "a-note-link.md"));
    expect(readVault(vault).files.map((f) => f.path)).toEqual(["zz/real.md"]);
  });
});

describe("every file of the vault is listed, the notes read", () => {
  it("names attachments, canvases and bases (also through a link inside the vault), never dot-files or links out", () => {
    const vault = vaultOf("files", { "a.md": "![[Pic.heic]]\n", "img/Pic.heic": "x", "Board.base": "views: []\n", "map.canvas": "{}", ".obsidian/app.json": "{}", ".hidden.png": "x", "img/.DS_Store": "x" });
    writeFileSync(join(dir, "outside.pdf"), "%PDF");
    symlinkSync(join(vault, "img", "Pic.heic"), join(vault, "Pic again.heic"));
    symlinkSync(join(dir, "outside.pdf"), join(vault, "linked out.pdf"));
    const read = readVault(vault);
    expect(read.files.map((f) => f.path)).toEqual(["a.md"]);
    expect(read.otherFiles.sort()).toEqual(["Board.base", "Pic again.heic", "img/Pic.heic", "map.canvas"]);
    expect(readVault(vault, { followSymlinks: true }).otherFiles).toContain("linked out.pdf");
  });
});

describe("readRegularFile", () => {
  it.each([
    ["/dev/zero", "is a character device, not a regular file"],
    ["/dev/null", "is a character device, not a regular file"],
  ])("refuses %s before reading a byte", (path, message) => {
    expect(() => readRegularFile(path, { maxBytes: 1024 })).toThrow(new RefusedFile({ kind: "not-regular", what: "a character device" }));
    expect(new RefusedFile({ kind: "not-regular", what: "a character device" }).message).toBe(message);
  });

  it("refuses a file over the cap, and reads one at the cap whole", () => {
    writeFileSync(join(dir, "big.md"), "x".repeat(5000));
    expect(() => readRegularFile(join(dir, "big.md"), { maxBytes: 4999 })).toThrow(/larger than/);
    expect(readRegularFile(join(dir, "big.md"), { maxBytes: 5000 }).length).toBe(5000);
  });
});
