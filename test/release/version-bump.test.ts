import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** `npm version patch` on a clean copy of the release files, in a git repository of its own. */
const dir = mkdtempSync(join(tmpdir(), "linked-devops-version-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (command: string, args: string[]): string =>
  execFileSync(command, args, { cwd: dir, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" } });
const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;

describe("npm version", () => {
  it("keeps package.json, manifest.json and versions.json in step, and tags without a leading v", () => {
    for (const file of ["package.json", "manifest.json", "versions.json", "version-bump.mjs", ".npmrc"]) copyFileSync(file, join(dir, file));
    run("git", ["init", "-q"]);
    run("git", ["add", "."]);
    run("git", ["commit", "-qm", "release files"]);
    const before = json("package.json").version as string;
    const [major, minor, patch] = before.split(".").map(Number);
    const next = `${major}.${minor}.${(patch as number) + 1}`;

    run("npm", ["version", "patch", "--no-fund", "--no-audit"]);

    expect(json("package.json").version).toBe(next);
    expect(json("manifest.json").version).toBe(next);
    expect(json("versions.json")[next]).toBe(json("manifest.json").minAppVersion);
    expect(json("versions.json")[before]).toBeDefined();
    expect(run("git", ["tag"]).trim()).toBe(next);
    expect(run("git", ["show", "--name-only", "--format=%s", "HEAD"]).split("\n").filter((line) => line !== "").sort()).toEqual([next, "manifest.json", "package.json", "versions.json"].sort());
    expect(run("git", ["status", "--porcelain"])).toBe("");
  });
});
