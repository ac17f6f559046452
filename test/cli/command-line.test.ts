import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";
import type { CliCommand, CliIo } from "../../src/cli/cli-command";
import { COMMANDS } from "../../src/cli/commands";

/** The CLI in ordinary shell use: the built `dist/cli.cjs` (`npm test` builds first), and `runCli` in-process. */
const CLI = resolve("dist/cli.cjs");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

function run(args: string[], options: { env?: Record<string, string> } = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("node", [CLI, ...args], { encoding: "utf8", timeout: 20_000, env: { ...process.env, ...options.env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let vault: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "linked-devops-command-line-"));
  vault = join(dir, "vault");
  mkdirSync(vault);
  // Enough notes that `scan --json` is far larger than a pipe's buffer.
  for (let i = 0; i < 300; i++) writeFileSync(join(vault, `note ${i}.md`), `# ${i}\nQ. 도커와 쿠버네티스 ${i}?\n-> 컨테이너\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("arguments", () => {
  it.each([["--version"], ["scan", "--version"]])("%s prints the package's version and exits 0", (...args) => {
    expect(run(args)).toEqual({ status: 0, stdout: `linked-devops-notes ${pkg.version}\n`, stderr: "" });
  });

  it("-- ends the options: a vault whose name starts with - is read", () => {
    mkdirSync(join(dir, "-odd"));
    writeFileSync(join(dir, "-odd", "n.md"), "도커\n");
    const inDir = (args: string[]): { status: number | null; stdout: string; stderr: string } => spawnSync("node", [CLI, ...args], { cwd: dir, encoding: "utf8", timeout: 20_000 });
    expect(inDir(["scan", "--json", "-odd"]).status).toBe(2);
    const read = inDir(["scan", "--json", "--", "-odd"]);
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ stats: { notes: 1 }, notes: [{ path: "n.md" }] });
  });

  it("options may come before VAULT, and --opt=value works like --opt value", () => {
    const out = join(dir, "by-equals.md");
    expect(run(["dashboard", `--out=${out}`, "--tag", "none", vault]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/Notes tagged #none only/);
  });

  it.each([
    [["scan", "--out", "x.md"], 'scan takes no option "--out"'],
    [["dashboard", "--out"], "--out needs a value (write --out=-x for a value that starts with -)"],
    [["dashboard", "--out", "--json"], "--out needs a value (write --out=-x for a value that starts with -)"],
    [["scan", "--json=yes"], "--json takes no value"],
    [["scan", "a", "b"], 'unexpected argument "b" (one VAULT at most)'],
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["--json"], 'a command comes first, not "--json"'],
    [[], "no command given"],
  ])("%j: one line saying what is wrong, exit 2", (args, message) => {
    expect(run(args)).toEqual({ status: 2, stdout: "", stderr: `linked-devops-notes: ${message} (see linked-devops-notes --help)\n` });
  });

  it("the usage lists every command's forms and every option, written from the declarations", () => {
    const { status, stdout } = run(["--help"]);
    expect(status).toBe(0);
    for (const command of COMMANDS) {
      for (const [form] of command.forms) expect(stdout).toContain(`  ${form}`);
      for (const name of Object.keys(command.options)) expect(stdout).toContain(`--${name}`);
    }
    expect(stdout.split("\n").every((line) => line.length <= 100)).toBe(true);
  });
});

describe("a command is one declaration", () => {
  const io = (): CliIo & { text: string[] } => {
    const text: string[] = [];
    return { text, out: (t) => text.push(t), err: (t) => text.push(t), errIsTerminal: false };
  };
  const hello: CliCommand = {
    name: "hello",
    forms: [["hello --name NAME", "greets"]],
    options: { name: { type: "string", value: "NAME", help: "who to greet" }, loud: { type: "boolean", help: "shout" } },
    check: (options) => {
      if (options.name === "") throw new Error("unreachable in this test");
    },
    run: ({ vault, options, io: out }) => {
      out.out(`${options.loud ? "HELLO" : "hello"} ${String(options.name)} in ${vault ?? "the example vault"}\n`);
      return 0;
    },
  };

  it("parses its options, shows it in the usage, and runs it", () => {
    const commands = [...COMMANDS, hello];
    const a = io();
    expect(runCli(["hello", "v", "--name=도커", "--loud"], a, "example", commands)).toBe(0);
    expect(a.text).toEqual(["HELLO 도커 in v\n"]);
    const b = io();
    expect(runCli(["--help"], b, "example", commands)).toBe(0);
    expect(b.text.join("")).toMatch(/\n {2}hello --name NAME {9}greets\n/);
    expect(b.text.join("")).toMatch(/\n {2}--name NAME {15}hello: who to greet\n/);
    const c = io();
    expect(runCli(["scan", "--name", "x"], c, "example", commands)).toBe(2);
    expect(c.text.join("")).toMatch(/scan takes no option "--name"/);
  });
});

describe("output", () => {
  it("scan --json | head -1: the first line, and no EPIPE stack", () => {
    const result = spawnSync("bash", ["-c", `node "${CLI}" scan "${vault}" --json | head -1; echo "cli exited \${PIPESTATUS[0]}" >&2`], { encoding: "utf8", timeout: 20_000 });
    expect(result.stdout).toBe("{\n");
    expect(result.stderr).toBe("cli exited 0\n");
  });

  it("stdout on a full disk (/dev/full): one line, exit 2", () => {
    const full = openSync("/dev/full", "w");
    try {
      const result = spawnSync("node", [CLI, "scan", vault], { encoding: "utf8", timeout: 20_000, stdio: ["ignore", full, "pipe"] });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe("linked-devops-notes: could not write the output: no space left on the device\n");
    } finally {
      closeSync(full);
    }
  });

  it("dashboard --out into a folder that does not exist: one line, exit 2, nothing created", () => {
    const out = join(dir, "no-such-folder", "dashboard.md");
    const { status, stderr } = run(["dashboard", vault, "--out", out]);
    expect(status).toBe(2);
    expect(stderr).toBe(`linked-devops-notes: cannot write "${out}": its folder does not exist\n`);
    expect(existsSync(join(dir, "no-such-folder"))).toBe(false);
  });

  it("dashboard --out leaves no temporary file beside the dashboard", () => {
    const folder = join(dir, "export");
    mkdirSync(folder);
    expect(run(["dashboard", vault, "--out", join(folder, "d.md")]).status).toBe(0);
    expect(run(["dashboard", vault, "--out", join(folder, "d.md")]).status).toBe(0);
    expect(spawnSync("ls", ["-A", folder], { encoding: "utf8" }).stdout).toBe("d.md\n");
  });
});

describe("the dashboard's date", () => {
  /** The date in a time zone, as the machine's clock tells it. */
  const dateIn = (timeZone: string): string => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

  // UTC+14 and UTC−11 are a day apart from UTC for most of each day, so a UTC stamp fails one of them.
  it.each(["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Seoul"])("is the local date in %s, not UTC's", (tz) => {
    const before = dateIn(tz);
    const { stdout } = run(["dashboard", vault], { env: { TZ: tz } });
    const after = dateIn(tz);
    const stamped = /Written by Linked DevOps Notes on (\d{4}-\d{2}-\d{2})\./.exec(stdout)?.[1];
    expect([before, after]).toContain(stamped);
  });
});

describe("progress on long runs", () => {
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  /** Runs the CLI with stderr on a pseudo-terminal (util-linux `script`), stdout to a file. */
  const onTerminal = (extra: string): string => {
    const out = join(dir, "terminal-out.json");
    const result = spawnSync("script", ["-qec", `node "${CLI}" scan "${vault}" --json ${extra} > "${out}"`, "/dev/null"], { encoding: "utf8", timeout: 20_000 });
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ stats: { notes: 300 } });
    return result.stdout;
  };

  it.skipIf(!hasScript)("a terminal sees notes read of total and the rate, then the line erased", () => {
    const terminal = onTerminal("");
    // eslint-disable-next-line no-control-regex -- the escape that erases the line is what is checked
    expect(terminal).toMatch(/\rreading notes: 300 of 300 · [\d,]+ notes\/s\x1b\[K/);
    // eslint-disable-next-line no-control-regex -- as above
    expect(terminal).toMatch(/\rindexing 300 notes…\x1b\[K/);
    expect(terminal.endsWith("\r\x1b[K")).toBe(true);
  });

  it.skipIf(!hasScript)("--quiet draws nothing on a terminal", () => {
    expect(onTerminal("--quiet")).toBe("");
  });

  it("stderr piped: nothing but what went wrong", () => {
    expect(run(["scan", vault, "--json"]).stderr).toBe("");
  });
});
