import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { cardsFromIndex, type ReviewCard } from "../../src/engine/review-cards/cards";
import { cardId, emptyReviewState, type CardRecord, type ReviewState } from "../../src/engine/review-cards/review-state";

/** The built CLI (`npm test` builds first) on real folders, with the schedule in a real data.json. */
const CLI = resolve("dist/cli.cjs");

function run(args: string[], tz = "UTC"): { status: number; stdout: string; stderr: string } {
  const result = spawnSync("node", [CLI, ...args], { encoding: "utf8", env: { ...process.env, TZ: tz } });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

interface DueJson {
  today: string;
  due: Array<{ id: string; path: string; line: number; question: string; state: string; due: string | null }>;
}

const NOTES: Record<string, string> = {
  "docker.md": "---\ntags: [기획안]\n---\nQ. 도커란?\n-> 컨테이너 툴\n\nQ. 이미지란?\n-> 템플릿\n\nQ. 열린 질문?\n",
  "k8s/pod.md": "Q. 파드란?\n-> 최소 배포 단위\n\nQ. 디플로이먼트란?\n-> 레플리카셋 관리\n",
  "old name.md": "Q. etcd는 무엇을 저장하나?\n-> 클러스터 상태\n",
};

let dir: string;
let vault: string;
let cards: ReviewCard[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "linked-devops-review-cli-"));
  vault = join(dir, "vault");
  for (const [path, text] of Object.entries(NOTES)) {
    mkdirSync(join(vault, path, ".."), { recursive: true });
    writeFileSync(join(vault, path), text);
  }
  cards = cardsFromIndex(VaultIndex.build(Object.entries(NOTES)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function card(question: string): ReviewCard {
  const found = cards.find((c) => c.question === question);
  if (!found) throw new Error(`no card ${question}`);
  return found;
}

function record(c: ReviewCard, due: string, state: CardRecord["state"] = 2, path = c.path): CardRecord {
  return { path, key: c.key, due, stability: 4, difficulty: 5, elapsed_days: 3, scheduled_days: 4, learning_steps: 0, reps: 3, lapses: 0, state, last_review: "2024-04-27T00:00:00.000Z" };
}

function writeData(name: string, review: unknown, settings: Record<string, unknown> = {}): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ settings, reviews: {}, review }));
  return file;
}

function stateWith(...records: CardRecord[]): ReviewState {
  const state = emptyReviewState();
  for (const r of records) state.cards[cardId(r.path, r.key)] = r;
  return state;
}

describe("review --due", () => {
  it("lists every answered question as new when there is no state file", () => {
    const { status, stdout } = run(["review", vault, "--state", join(dir, "missing.json"), "--due", "--json", "--today", "2024-05-01"]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as DueJson;
    expect(out.today).toBe("2024-05-01");
    expect(out.due.map((d) => [d.question, d.state])).toEqual([
      ["도커란?", "new"],
      ["이미지란?", "new"],
      ["파드란?", "new"],
      ["디플로이먼트란?", "new"],
      ["etcd는 무엇을 저장하나?", "new"],
    ]);
  });

  it("lists the cards due by the end of the day, learning and review before new ones, within the new cards of the day", () => {
    const state = stateWith(
      record(card("도커란?"), "2024-05-01T20:00:00.000Z"), // review, due later today
      record(card("이미지란?"), "2024-05-02T00:00:00.000Z"), // tomorrow
      record(card("파드란?"), "2024-04-20T00:00:00.000Z"), // overdue
      record(card("디플로이먼트란?"), "2024-05-01T00:10:00.000Z", 1), // learning
    );
    const file = writeData("data.json", state, { newCardsPerDay: 0 });
    const out = JSON.parse(run(["review", vault, "--state", file, "--due", "--json", "--today", "2024-05-01"]).stdout) as DueJson;
    expect(out.due.map((d) => [d.question, d.state])).toEqual([
      ["파드란?", "review"],
      ["도커란?", "review"],
      ["디플로이먼트란?", "learning"],
    ]);
    expect(out.due[0]).toMatchObject({ path: "k8s/pod.md", line: 1, due: "2024-04-20T00:00:00.000Z" });
  });

  it("counts the day in the machine's time zone", () => {
    const file = writeData("tz.json", stateWith(record(card("도커란?"), "2024-05-01T16:00:00.000Z")), { newCardsPerDay: 0 });
    const due = (tz: string): string[] => (JSON.parse(run(["review", vault, "--state", file, "--due", "--json", "--today", "2024-05-01"], tz).stdout) as DueJson).due.map((d) => d.question);
    expect(due("UTC")).toEqual(["도커란?"]);
    expect(due("Asia/Seoul")).toEqual([]); // 01:00 on 2 May in Seoul
  });

  it("finds the schedule of a note renamed since, as the plugin would", () => {
    const etcd = card("etcd는 무엇을 저장하나?");
    const file = writeData("renamed.json", stateWith(record(etcd, "2024-04-30T00:00:00.000Z", 2, "older name.md")), { newCardsPerDay: 0 });
    const out = JSON.parse(run(["review", vault, "--state", file, "--due", "--json", "--today", "2024-05-01"]).stdout) as DueJson;
    expect(out.due.map((d) => [d.id, d.state])).toEqual([[etcd.id, "review"]]);
  });

  it("reads a bare review state too, narrows to a tag, and prints text without --json", () => {
    const file = join(dir, "bare.json");
    writeFileSync(file, JSON.stringify(stateWith(record(card("도커란?"), "2024-06-01T00:00:00.000Z"))));
    const { status, stdout } = run(["review", vault, "--state", file, "--due", "--tag", "기획안", "--today", "2024-05-01"]);
    expect(status).toBe(0);
    expect(stdout).toBe("1 card due today (2024-05-01)\n  new        docker.md:7  이미지란?\n");
  });

  it("warns about a corrupt state file and takes every card as new, without failing", () => {
    const file = join(dir, "corrupt.json");
    writeFileSync(file, "{ not json");
    const { status, stdout, stderr } = run(["review", vault, "--state", file, "--due", "--json", "--today", "2024-05-01"]);
    expect(status).toBe(0);
    expect(stderr).toMatch(/could not be read/);
    expect((JSON.parse(stdout) as DueJson).due.every((d) => d.state === "new")).toBe(true);
  });
});

describe("review summary", () => {
  it("prints today's numbers and the forecast", () => {
    const file = writeData("summary.json", stateWith(record(card("도커란?"), "2024-05-03T00:00:00.000Z"), record(card("파드란?"), "2024-04-03T00:00:00.000Z")));
    const json = JSON.parse(run(["review", vault, "--state", file, "--json", "--today", "2024-05-01"]).stdout) as { forecast: number[] };
    expect(json).toMatchObject({ today: "2024-05-01", cards: 5, dueToday: 4, newCards: 3 });
    expect(json.forecast.slice(0, 3)).toEqual([1, 0, 1]);
    expect(run(["review", vault, "--state", file, "--today", "2024-05-01"]).stdout).toMatch(/^5 cards · 4 due today \(2024-05-01\) · 3 new/);
  });
});

describe("review arguments", () => {
  it.each([
    [["review", "--today", "2024-02-30"]],
    [["review", "--today", "tomorrow"]],
    [["review", "--state"]],
    [["review", "--nope"]],
    [["scan", "--due"]],
    [["dashboard", "--state", "x.json"]],
  ])("exits 2 with a message on %j", (args) => {
    const { status, stderr } = run(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/linked-devops-notes: /);
  });
});
