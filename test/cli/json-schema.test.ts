import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { cardsFromIndex } from "../../src/engine/review-cards/cards";
import { cardId, emptyReviewState } from "../../src/engine/review-cards/review-state";
import { mkfifo } from "../corpus/vault-hazards.cases";

/**
 * The JSON the CLI prints, validated against the schemas shipped in `schemas/` by ajv (a
 * validator made for the job, not checks of our own). The shipped schemas let readers ignore
 * fields they do not know; here every object is closed (`additionalProperties: false`), so a
 * field printed but not written into the schema fails, as does a promised field left out.
 */
const CLI = resolve("dist/cli.cjs");
const SEED_VAULT = resolve("../shared/seed-vault");

type Schema = Record<string, unknown>;
const load = (name: string): Schema => JSON.parse(readFileSync(`schemas/${name}`, "utf8")) as Schema;

/** The schema with every object that lists its properties closed to others. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === "properties" ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, closed(v)])) : closed(value);
  if ("properties" in out && !("additionalProperties" in out)) out.additionalProperties = false;
  return out;
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validators = {
  scan: ajv.compile(closed(load("scan.schema.json")) as Schema),
  review: ajv.compile(closed(load("review.schema.json")) as Schema),
  answers: ajv.compile(closed(load("answers.schema.json")) as Schema),
};

function expectValid(kind: keyof typeof validators, output: unknown): void {
  const validate = validators[kind];
  const ok = validate(output);
  expect(ok, ajv.errorsText(validate.errors, { separator: "\n" })).toBe(true);
}

const cli = (...args: string[]): unknown => JSON.parse(execFileSync("node", [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 26 })) as unknown;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "linked-devops-schema-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scan --json matches schemas/scan.schema.json", () => {
  it("on the example vault (concept notes, curated relations, every question status)", () => {
    const report = cli("scan", "--json") as { concepts: Array<{ conceptNote?: string; related: Array<{ relation?: string }> }> };
    expect(report.concepts.some((c) => c.conceptNote)).toBe(true);
    expect(report.concepts.some((c) => c.related.some((r) => r.relation))).toBe(true);
    expectValid("scan", report);
  });

  it.skipIf(!existsSync(SEED_VAULT))("on the seed vault of real study notes", () => {
    expectValid("scan", cli("scan", SEED_VAULT, "--json"));
  });

  it("on the bad-input corpus, with files that could not be read among the warnings", () => {
    const vault = join(dir, "corpus");
    cpSync("test/corpus/notes", vault, { recursive: true });
    mkfifo(join(vault, "pipe.md"));
    const report = cli("scan", vault, "--json") as { warnings: unknown[] };
    expect(report.warnings.length).toBeGreaterThan(3);
    expectValid("scan", report);
  });

  it("fails output with a field the schema does not know, or without one it promises", () => {
    const report = cli("scan", "--json") as { notes: Array<Record<string, unknown>>; stats: Record<string, unknown> };
    const extra = structuredClone(report);
    (extra.notes[0] as Record<string, unknown>).undocumented = 1;
    expect(validators.scan(extra)).toBe(false);
    const missing = structuredClone(report);
    delete missing.stats.notes;
    expect(validators.scan(missing)).toBe(false);
  });
});

describe("review --json matches schemas/review.schema.json", () => {
  let state: string;
  beforeAll(() => {
    // A schedule for the example vault in which two cards are under review and one is learning.
    const notes: Array<[string, string]> = [];
    const list = execFileSync("git", ["ls-files", "-z", "example-vault"], { encoding: "utf8" }).split("\0").filter((p) => p.endsWith(".md"));
    for (const path of list) notes.push([path.slice("example-vault/".length), readFileSync(path, "utf8")]);
    const cards = cardsFromIndex(VaultIndex.build(notes));
    const review = emptyReviewState();
    cards.slice(0, 3).forEach((card, i) => {
      review.cards[cardId(card.path, card.key)] = { path: card.path, key: card.key, due: "2024-04-30T00:00:00.000Z", stability: 4, difficulty: 5, elapsed_days: 3, scheduled_days: 4, learning_steps: 0, reps: 3, lapses: 0, state: i === 0 ? 1 : 2, last_review: "2024-04-26T00:00:00.000Z" };
    });
    state = join(dir, "data.json");
    writeFileSync(state, JSON.stringify({ settings: {}, review }));
  });

  it("the summary", () => {
    expectValid("review", cli("review", "--state", state, "--json", "--today", "2024-05-01"));
  });

  it("the cards due, new and scheduled", () => {
    const due = cli("review", "--state", state, "--due", "--json", "--today", "2024-05-01") as { due: Array<{ state: string; due: string | null }> };
    expect(new Set(due.due.map((d) => d.state))).toEqual(new Set(["learning", "review", "new"]));
    expectValid("review", due);
  });
});

describe("answers --json matches schemas/answers.schema.json", () => {
  it.each([
    ["a question written as one", "TIL/2024/2024-02-05.md:9"],
    ["a line that is no question, under a heading", "Seminars/세미나 - IaC.md:10"],
  ])("%s", (_what, at) => {
    const report = cli("answers", "test/vaults/answers", "--at", at, "--json") as { candidates: Array<{ reasons: unknown[] }> };
    expect(report.candidates.length).toBeGreaterThan(0);
    expect(report.candidates.every((c) => c.reasons.length > 0)).toBe(true);
    expectValid("answers", report);
  });
});
