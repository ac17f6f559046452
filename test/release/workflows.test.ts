import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";

/**
 * The GitHub workflows run what the README tells contributors to run, and the release workflow
 * checks before it builds and attests what it publishes. The workflow files are read as YAML
 * (with the YAML reader the engine already uses), so a step is found by what it is, wherever
 * it moves.
 */
const readme = readFileSync("README.md", "utf8");
const ciRun = readFileSync(".ci/run", "utf8");

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  container?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, string[]> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const readYaml = (path: string): unknown => (matter as unknown as { engines: { yaml: { parse(text: string): unknown } } }).engines.yaml.parse(readFileSync(path, "utf8"));
const ci = readYaml(".github/workflows/ci.yml") as Workflow;
const release = readYaml(".github/workflows/release.yml") as Workflow;
const onlyJob = (workflow: Workflow): Job => {
  const jobs = Object.values(workflow.jobs);
  expect(jobs).toHaveLength(1);
  return jobs[0] as Job;
};
const stepIndex = (job: Job, test: (step: Step) => boolean, what: string): number => {
  const at = job.steps.findIndex(test);
  expect(at, what).toBeGreaterThanOrEqual(0);
  return at;
};
const runs = (command: RegExp) => (step: Step): boolean => command.test(step.run ?? "");
const usesAction = (action: string) => (step: Step): boolean => (step.uses ?? "").startsWith(`${action}@`);
const major = (step: Step | undefined): number => Number(/@v(\d+)/.exec(step?.uses ?? "")?.[1] ?? 0);

describe("CI", () => {
  const job = onlyJob(ci);

  it("the README opens with the set-up and test commands", () => {
    const firstBlock = /```sh\n([^`]*)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toMatch(/^npm install && npm start\b/m);
    expect(firstBlock).toMatch(/^npm test\b/m);
  });

  it("runs the README's test command and the lint after npm ci, like .ci/run", () => {
    const install = stepIndex(job, runs(/^npm ci\b/), "npm ci");
    expect(stepIndex(job, runs(/^npm run lint$/), "lint")).toBeGreaterThan(install);
    expect(stepIndex(job, runs(/^npm test$/), "npm test")).toBeGreaterThan(install);
    expect(job.steps.some((s) => /apt-get install [^\n]*chromium/.test(s.run ?? ""))).toBe(true);
    expect(ciRun).toMatch(/^npm ci\b/m);
    expect(ciRun).toMatch(/^npm run lint$/m);
    expect(ciRun).toMatch(/^npm test$/m);
    expect(ciRun).toMatch(/apt-get install [^\n]*chromium/);
  });

  it("runs on the current Node LTS and on Node 20, in Debian", () => {
    const versions = (job.strategy?.matrix?.node ?? []).map(Number);
    expect(versions).toContain(20);
    expect(Math.max(...versions)).toBeGreaterThanOrEqual(24);
    expect(versions.every((v) => v % 2 === 0)).toBe(true); // LTS lines only
    expect(job.container).toBe("node:${{ matrix.node }}-bookworm");
  });

  it("builds each change once: pull requests, and pushes to main only", () => {
    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    expect(ci.on.push).toEqual({ branches: ["main"] });
    expect(ci.concurrency).toMatchObject({ "cancel-in-progress": true });
  });

  it("may only read the repository, and uses current actions with npm's cache", () => {
    expect(ci.permissions).toEqual({ contents: "read" });
    expect(job.permissions).toBeUndefined();
    expect(major(job.steps.find(usesAction("actions/checkout")))).toBeGreaterThanOrEqual(6);
    const cache = job.steps.find(usesAction("actions/cache"));
    expect(major(cache)).toBeGreaterThanOrEqual(5);
    expect(cache?.with?.path).toBe("~/.npm");
    expect(cache?.with?.key).toMatch(/hashFiles\('package-lock\.json'\)/);
  });
});

describe("release", () => {
  const job = onlyJob(release);
  const RELEASE_FILES = ["main.js", "manifest.json", "styles.css"];

  it("runs on a pushed tag and checks the tag against manifest.json", () => {
    expect(release.on).toEqual({ push: { tags: ["*"] } });
    stepIndex(job, runs(/manifest\.json'\)\.version"\)" = "\$\{GITHUB_REF_NAME\}"/), "tag check");
  });

  it("lints and tests before it builds, attests what it built, then publishes", () => {
    const lint = stepIndex(job, runs(/^npm run lint$/), "lint");
    const test = stepIndex(job, runs(/^npm test$/), "test");
    const build = stepIndex(job, runs(/^npm run build$/), "build");
    const attest = stepIndex(job, (s) => usesAction("actions/attest")(s) || usesAction("actions/attest-build-provenance")(s), "attestation");
    const publish = stepIndex(job, runs(/gh release create/), "release");
    expect(Math.max(lint, test)).toBeLessThan(build);
    expect(build).toBeLessThan(attest);
    expect(attest).toBeLessThan(publish);
  });

  it("attests and attaches main.js, manifest.json and styles.css to a release named by the tag", () => {
    const attest = job.steps.find((s) => usesAction("actions/attest")(s) || usesAction("actions/attest-build-provenance")(s));
    expect((attest?.with?.["subject-path"] ?? "").split("\n").map((p) => p.trim()).filter(Boolean)).toEqual(RELEASE_FILES);
    const publish = job.steps.find(runs(/gh release create/))?.run ?? "";
    expect(publish).toMatch(/gh release create "\$\{GITHUB_REF_NAME\}"[^\n]*--title "\$\{GITHUB_REF_NAME\}"[^\n]*main\.js manifest\.json styles\.css/);
  });

  it("gets write access in the release job only, and only what releasing and attesting need", () => {
    expect(release.permissions).toEqual({ contents: "read" });
    expect(job.permissions).toEqual({ contents: "write", "id-token": "write", attestations: "write" });
    expect(major(job.steps.find(usesAction("actions/checkout")))).toBeGreaterThanOrEqual(6);
  });
});

describe("the bug report template", () => {
  const template = readYaml(".github/ISSUE_TEMPLATE/bug_report.yml") as { body: Array<{ type: string; id?: string; validations?: { required?: boolean } }> };
  it.each(["obsidian-version", "os", "vault-size", "scan-summary", "plugin-version"])("asks for %s", (id) => {
    expect(template.body.some((field) => field.id === id)).toBe(true);
  });
});
