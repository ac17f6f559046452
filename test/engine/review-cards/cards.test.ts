import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { answerMarkdown, cardsFromIndex, matchesFilter } from "../../../src/engine/review-cards/cards";

function cardsOf(files: Record<string, string>) {
  return cardsFromIndex(VaultIndex.build(Object.entries(files)));
}

describe("cards from the index", () => {
  it("makes a card of every answered question, and none of open or unsure ones", () => {
    const cards = cardsOf({
      "a.md": [
        "---",
        "tags: [기획안, k8s/pod]",
        "---",
        "==Q. 이게 도커인건가?==",
        "-> 컨테이너를 관리하는 툴이다.",
        "",
        "Q. 포드맨은 데몬이 없나?",
        "",
        "Q. 파드란?",
        "모르겠다",
        "",
        "Q. 쿠버네티스는 무엇을 하나?",
        "- 컨테이너 오케스트레이션",
        "- ![[diagram 1.png]]",
      ].join("\n"),
    });
    expect(cards.map((c) => [c.question, c.line, c.answerLines])).toEqual([
      ["이게 도커인건가?", 4, { from: 5, to: 5 }],
      ["쿠버네티스는 무엇을 하나?", 12, { from: 13, to: 14 }],
    ]);
    expect(cards[0]).toMatchObject({ path: "a.md", title: "a", tags: ["기획안", "k8s/pod"] });
    expect(cards[0]?.id).toBe(`a.md#${cards[0]?.key}`);
    // Concepts of the question's line and of its answer.
    expect(cards[0]?.concepts).toEqual(expect.arrayContaining(["docker", "container"]));
    expect(cards[1]?.concepts).toEqual(expect.arrayContaining(["kubernetes", "container-orchestration"]));
  });

  it("filters by concept and by tag, nested tags included", () => {
    const [docker, k8s] = cardsOf({
      "a.md": "---\ntags: [기획안]\n---\nQ. 도커란?\n-> 컨테이너 툴\n",
      "b.md": "#k8s/pod\nQ. 파드란?\n-> 쿠버네티스의 최소 단위\n",
    });
    if (!docker || !k8s) throw new Error("two cards expected");
    expect([docker, k8s].filter((c) => matchesFilter(c, { concept: "docker" }))).toEqual([docker]);
    expect([docker, k8s].filter((c) => matchesFilter(c, { tag: "#기획안" }))).toEqual([docker]);
    expect([docker, k8s].filter((c) => matchesFilter(c, { tag: "K8S" }))).toEqual([k8s]);
    expect([docker, k8s].filter((c) => matchesFilter(c, { tag: "k8s/pod", concept: "docker" }))).toEqual([]);
    expect([docker, k8s].filter((c) => matchesFilter(c, {}))).toEqual([docker, k8s]);
  });

  it("gives the back of a card as written, less the indentation its lines share", () => {
    const note = "- Q. 도커 이미지는?\r\n    - 레이어의 묶음\r\n    - ![[layers.png|300]] 와 [[Docker]]\r\n\r\n      ```bash\r\n      docker history\r\n      ```\r\n";
    const [card] = cardsOf({ "n.md": note });
    if (!card) throw new Error("a card expected");
    expect(answerMarkdown(note, card.answerLines)).toBe("- 레이어의 묶음\n- ![[layers.png|300]] 와 [[Docker]]\n\n  ```bash\n  docker history\n  ```");
  });
});

/** A note as blocks: questions with their answers, and filler prose that is never a question. */
const QUESTION_TEXTS = ["이게 도커인건가?", "What is a pod?", "컨테이너와 VM의 차이는?", "What is a pod?"];
const FILLER = ["도커는 컨테이너를 돌린다.", "kubectl get pods 로 확인", "Some notes about images.", "- 리스트 항목\n- 두 번째", "## 다음 절", "`docker ps` 결과", "[[Docker]] 참고"];

type Block = { kind: "question"; text: string; answer: string } | { kind: "filler"; text: string };

const questionBlock = fc.record({ kind: fc.constant("question" as const), text: fc.constantFrom(...QUESTION_TEXTS), answer: fc.constantFrom("-> 컨테이너 관리 툴", "A. The smallest unit.", "- 격리\n- 표준화") });
const fillerBlock = fc.record({ kind: fc.constant("filler" as const), text: fc.constantFrom(...FILLER) });

const edit = fc.oneof(
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), block: fillerBlock }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("modify" as const), at: fc.nat(), text: fc.constantFrom(...FILLER) }),
  fc.record({ op: fc.constant("move" as const), at: fc.nat(), to: fc.nat() }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function render(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === "question" ? `Q. ${b.text}\n${b.answer}` : b.text)).join("\n\n") + "\n";
}

/** Applies an edit that never touches a question's text or answer: filler changes, and moves of whole questions. */
function apply(blocks: Block[], e: Edit): Block[] {
  const next = [...blocks];
  const fillers = next.map((b, i) => (b.kind === "filler" ? i : -1)).filter((i) => i !== -1);
  if (e.op === "insert") next.splice(e.at % (next.length + 1), 0, e.block);
  else if (e.op === "delete" && fillers.length > 0) next.splice(fillers[e.at % fillers.length] as number, 1);
  else if (e.op === "modify" && fillers.length > 0) next[fillers[e.at % fillers.length] as number] = { kind: "filler", text: e.text };
  else if (e.op === "move" && next.length > 0) {
    const [moved] = next.splice(e.at % next.length, 1);
    next.splice(e.to % (next.length + 1), 0, moved as Block);
  }
  return next;
}

const keysOf = (path: string, text: string): string[] => cardsOf({ [path]: text }).map((c) => c.key).sort();

describe("card keys", () => {
  it("survive any edit that does not touch the question, and moves of the question within the note", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(questionBlock, fillerBlock), { minLength: 1, maxLength: 8 }), fc.array(edit, { maxLength: 12 }), (blocks, edits) => {
        const before = keysOf("note.md", render(blocks));
        const after = keysOf("note.md", render(edits.reduce(apply, blocks)));
        expect(after).toEqual(before);
      }),
    );
  });

  it("survive renaming and moving the note: only the path part of the id changes", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(questionBlock, fillerBlock), { minLength: 1, maxLength: 8 }), fc.constantFrom("b.md", "dir/note.md", "세미나/도커 정리.md", "HOME 🌎.md"), (blocks, to) => {
        const text = render(blocks);
        const index = VaultIndex.build([["note.md", text], ["other.md", "Q. 다른 질문?\n-> 답"]]);
        const before = cardsFromIndex(index).filter((c) => c.path === "note.md");
        index.rename("note.md", to);
        const after = cardsFromIndex(index).filter((c) => c.path === to);
        expect(after.map((c) => c.key)).toEqual(before.map((c) => c.key));
        expect(after.map((c) => c.id)).toEqual(before.map((c) => `${to}#${c.key}`));
      }),
    );
  });

  it("change when the question's text is rewritten", () => {
    const [before] = keysOf("n.md", "Q. 도커란?\n-> 툴\n");
    const [after] = keysOf("n.md", "Q. 도커는 무엇인가?\n-> 툴\n");
    expect(after).not.toBe(before);
  });
});
