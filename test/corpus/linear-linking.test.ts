import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAssignedConceptNotes } from "../../src/engine/index/concept-note-rules";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { linkOneMention } from "../../src/engine/linking/link-one-mention";
import { shortestLinkText } from "../../src/engine/linking/link-text";
import { planConceptLinks } from "../../src/engine/linking/plan-concept-links";
import { measureWork, startMeter, stopMeter } from "./work-meter";

/**
 * Linking every mention of a note, and linking one mention from the editor, take work linear in
 * the note (a 512 KB note once froze the editor for 33 s: replacements applied by slicing the whole
 * text once per link, each line split again per mention). Counted, not timed, as in
 * `linear-work.test.ts`: the work at n and 4n must grow like the note.
 */

const N = 1_000;
const MAX_EXPONENT = 1.2;

const CONCEPT_NOTES: Array<[string, string]> = [
  ["Concepts/Docker.md", "---\ntags: [concept]\naliases: [도커]\n---\n"],
  ["Concepts/Kubernetes.md", "---\ntags: [concept]\naliases: [쿠버네티스]\n---\n"],
  ["Podman.md", ""],
];

const NOTES: Array<{ name: string; note: (n: number) => string }> = [
  { name: "mentions on one long line", note: (n) => "도커는 쿠버네티스와 포드맨을 쓴다. ".repeat(n / 4) },
  { name: "a mention on every line, CRLF", note: (n) => "도커는 좋다\r\n".repeat(n / 2) },
  { name: "table rows of mentions", note: (n) => "| 도구 | 설명 |\n|---|---|\n" + "| 도커 | 포드맨 |\n".repeat(n / 4) },
  { name: "highlights holding code and mentions", note: (n) => "==도커 `x` 쿠버네티스== ".repeat(n / 4) },
  { name: "NFD lines among NFC ones", note: (n) => ("도커는 좋다\n".normalize("NFD") + "포드맨은 좋다\n").repeat(n / 4) },
  { name: "one long line stored in NFD", note: (n) => "도커는 쿠버네티스와 쓴다 ".repeat(n / 4).normalize("NFD") + "\nDocker" },
  { name: "mentions glued into longer names", note: (n) => "my-docker-setup Ingress-Nginx 도커컨테이너 ".repeat(n / 8) },
];

function exponent(small: number, large: number, sizeRatio: number): number {
  return Math.log(large / small) / Math.log(sizeRatio);
}

describe("linking takes work linear in the note", () => {
  // Podman.md is Podman's note because settings name it so (a name alone makes no concept note).
  const index = VaultIndex.build([...CONCEPT_NOTES, ["note.md", ""]], { conceptNotes: parseAssignedConceptNotes(["Podman: Podman.md"]) });
  const linkText = shortestLinkText(index);

  beforeAll(() => {
    startMeter();
    planConceptLinks(index, "note.md", "warm up: 도커 [[a]] | x |", { everyMention: true, linkText });
  });
  afterAll(stopMeter);

  const cases = NOTES.flatMap(({ name, note }) => [
    { name: `every mention: ${name}`, note, run: (text: string) => planConceptLinks(index, "note.md", text, { everyMention: true, linkText }) },
    {
      name: `Link this mention (the last one): ${name}`,
      note,
      run: (text: string) => {
        const at = Math.max(text.lastIndexOf("도커"), text.lastIndexOf("Docker"));
        linkOneMention(index, "note.md", text, { start: at, end: at + (text.startsWith("Docker", at) ? 6 : 2) }, linkText);
      },
    },
  ]);

  it.each(cases)("$name", ({ note, run }) => {
    const [small, large] = [note(N), note(4 * N)];
    const a = measureWork(() => run(small));
    const b = measureWork(() => run(large));
    const sizeRatio = large.length / small.length;
    expect(sizeRatio).toBeGreaterThan(3);
    expect(Math.min(a.steps, a.chars)).toBeGreaterThan(small.length / 2);
    const k = { steps: exponent(a.steps, b.steps, sizeRatio), chars: exponent(a.chars, b.chars, sizeRatio) };
    expect(Math.max(k.steps, k.chars), `work grows like size^k, k = ${JSON.stringify(k)}`).toBeLessThan(MAX_EXPONENT);
  });

  it("links what it is given: the long line gets its links", () => {
    const plan = planConceptLinks(index, "note.md", NOTES[0]?.note(N) as string, { everyMention: true, linkText });
    expect(plan.links.length).toBe((N / 4) * 3);
  });
});
