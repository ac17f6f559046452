import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** The GitHub workflows run what the README tells contributors to run. */
const readme = readFileSync("README.md", "utf8");
const ci = readFileSync(".github/workflows/ci.yml", "utf8");
const release = readFileSync(".github/workflows/release.yml", "utf8");
const ciRun = readFileSync(".ci/run", "utf8");

describe("CI and release workflows", () => {
  it("the README opens with the set-up and test commands", () => {
    const firstBlock = /```sh\n([^`]*)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toMatch(/^npm install && npm start\b/m);
    expect(firstBlock).toMatch(/^npm test\b/m);
  });

  it("CI runs the README's test command and the lint, like .ci/run", () => {
    for (const script of [ci, ciRun]) {
      expect(script).toMatch(/^\s*(run: )?npm test\s*$/m);
      expect(script).toMatch(/^\s*(run: )?npm run lint\s*$/m);
      expect(script).toMatch(/npm ci/);
      expect(script).toMatch(/apt-get install [^\n]*chromium/);
    }
  });

  it("a release builds and attaches main.js, manifest.json and styles.css to a release named by the tag", () => {
    expect(release).toMatch(/tags:\s*\n\s*- "\*"/);
    expect(release).toMatch(/npm run build/);
    expect(release).toMatch(/gh release create "\$\{GITHUB_REF_NAME\}"[^\n]*--title "\$\{GITHUB_REF_NAME\}"[^\n]*main\.js manifest\.json styles\.css/);
  });
});
