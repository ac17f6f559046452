import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { measureWork, startMeter, stopMeter, type Work } from "../../corpus/work-meter";

/**
 * Reading words by context, joining wholes and telling file names from names stay linear in the
 * note, however the note is made to stress them: one work count at two sizes, as in
 * test/corpus/linear-work.test.ts, whose meter and bound this reuses.
 */
const N = 1_000;
const MAX_EXPONENT = 1.2;

const CASES: Array<{ name: string; note: (n: number) => string }> = [
  { name: "generic words on one line", note: (n) => "이미지 노드 서비스 클러스터 배포 볼륨 ".repeat(n / 6) },
  { name: "generic words, one a line, in one section", note: (n) => "노드를 추가했다\n".repeat(n / 8) },
  { name: "generic words, each in its own section", note: (n) => "## 절\n이미지와 도커\n".repeat(n / 12) },
  { name: "two-sense words against evidence of every sense", note: (n) => "컨테이너 flex 도커 servlet 네임스페이스 리눅스 쿠버네티스 ".repeat(n / 30) },
  { name: "CI and CD joined over and over", note: (n) => "CI와 CD와 CI, CD / ".repeat(n / 16) },
  { name: "a name inside one long file name", note: (n) => "docker-".repeat(n / 7) + "x.yaml" },
  { name: "names in one long path", note: (n) => "/k8s/docker".repeat(n / 11) },
  { name: "names between dots", note: (n) => "nginx.".repeat(n / 6) + "conf" },
  { name: "modifiers before generic words", note: (n) => "MySQL 클러스터 Redis 노드 GitHub secrets ".repeat(n / 35) },
  { name: "emphasis and underscores", note: (n) => "_docker_ __k8s__ snake_case_docker ".repeat(n / 35) },
];

function readNote(index: VaultIndex, text: string): void {
  index.upsert("note.md", text);
}

function exponent(small: number, large: number, sizeRatio: number): number {
  return Math.log(large / small) / Math.log(sizeRatio);
}

describe("reading a note with words read by context takes work linear in its size", () => {
  beforeAll(() => {
    startMeter();
    readNote(new VaultIndex(), "warm up: 도커 이미지 노드 [[a]] Q. x"); // lazily built tables are not the note's work
  });
  afterAll(stopMeter);

  it.each(CASES)("$name", ({ note }) => {
    const [small, large] = [note(N), note(4 * N)];
    // Fresh indexes made, and their matchers compiled (a first parse builds them), outside the measurement.
    const [smallIndex, largeIndex] = [new VaultIndex(), new VaultIndex()];
    smallIndex.parse("warm.md", "");
    largeIndex.parse("warm.md", "");
    const a: Work = measureWork(() => readNote(smallIndex, small));
    const b: Work = measureWork(() => readNote(largeIndex, large));
    const sizeRatio = large.length / small.length;
    expect(sizeRatio).toBeGreaterThan(3);
    expect(Math.min(a.steps, a.chars)).toBeGreaterThan(small.length / 2);
    const k = { steps: exponent(a.steps, b.steps, sizeRatio), chars: exponent(a.chars, b.chars, sizeRatio) };
    expect(Math.max(k.steps, k.chars), `work grows like size^k, k = ${JSON.stringify(k)}`).toBeLessThan(MAX_EXPONENT);
  });
});
