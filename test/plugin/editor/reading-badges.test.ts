// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type Harness } from "../plugin-harness";

/**
 * Reading view: the plugin's markdown post-processor gets one rendered section at a time, in the
 * shapes Obsidian renders (paragraphs with `<br>` for soft breaks, list items with `data-line`,
 * block quotes, callouts, headings), and puts each question's badge at the end of its line.
 */

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

type PostProcessor = (el: HTMLElement, ctx: { sourcePath: string; getSectionInfo(el: HTMLElement): { text: string; lineStart: number; lineEnd: number } | null }) => void;

/** An element as Obsidian's renderer makes it: attributes, then children (elements, or text). */
function h(tag: string, attrs: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Renders `content` as the section of `note` that spans lines `from`–`to` (0-based), and runs the plugin's post-processor on it. */
function renderSection(harness: Harness, note: string, content: Node, from: number, to: number): HTMLElement {
  const el = document.createElement("div");
  el.append(content);
  const processor = harness.app.postProcessors[0] as PostProcessor;
  processor(el, { sourcePath: "연습.md", getSectionInfo: () => ({ text: note, lineStart: from, lineEnd: to }) });
  return el;
}

/** Where each badge went: the text of the line it ends, and its status. */
function placed(el: HTMLElement): Array<[string, string | null]> {
  return [...el.querySelectorAll(".ldn-question-badge")].map((badge) => {
    let text = "";
    for (let node = badge.previousSibling; node && node.nodeName !== "BR"; node = node.previousSibling) text = (node.textContent ?? "") + text;
    return [text.trim(), badge.getAttribute("data-status")];
  });
}

describe("question badges in reading view", () => {
  it("end the question's line in a paragraph, before the soft break to its answer", async () => {
    const note = "==Q. 이게 도커인건가?==\n-> 컨테이너를 관리하는 툴이다.\n";
    harness = await loadPlugin({ exampleVault: false });
    const el = renderSection(harness, note, h("p", {}, h("mark", {}, "Q. 이게 도커인건가?"), h("br", {}), "-> 컨테이너를 관리하는 툴이다."), 0, 1);
    expect(placed(el)).toEqual([["Q. 이게 도커인건가?", "answered"]]);
    expect(el.querySelector(".ldn-question-badge")?.getAttribute("aria-label")).toBe("Answered\nAnswer: 컨테이너를 관리하는 툴이다.\nConcepts: Docker");
  });

  it("go into list items by their data-line, before the nested list", async () => {
    const note = "intro\n\n- Q. ReplicaSet은 뭘 하지?\n  - 파드 개수를 유지한다\n- Q. Deployment는?\n";
    harness = await loadPlugin({ exampleVault: false });
    const list = h(
      "ul",
      {},
      h("li", { "data-line": "0" }, "Q. ReplicaSet은 뭘 하지?", h("ul", {}, h("li", { "data-line": "1" }, "파드 개수를 유지한다"))),
      h("li", { "data-line": "2" }, "Q. Deployment는?"),
    );
    const el = renderSection(harness, note, list, 2, 4);
    expect(placed(el)).toEqual([["Q. ReplicaSet은 뭘 하지?", "answered"], ["Q. Deployment는?", "open"]]);
    expect(el.querySelector("li[data-line='0'] > .ldn-question-badge + ul")).not.toBeNull();
  });

  it("find list items without data-line by their text", async () => {
    const note = "1. Q. CORS 문제의 이유?\n-> 보안때문입니다.\n2. Q. 다음 질문?\n";
    harness = await loadPlugin({ exampleVault: false });
    const el = renderSection(harness, note, h("ol", {}, h("li", {}, "Q. CORS 문제의 이유?", h("br", {}), "-> 보안때문입니다."), h("li", {}, "Q. 다음 질문?")), 0, 2);
    expect(placed(el)).toEqual([["Q. CORS 문제의 이유?", "answered"], ["Q. 다음 질문?", "open"]]);
  });

  it("work in block quotes and callouts", async () => {
    const note = "> **Q: 스테이징은 어디에 두나?**\n> **A: 같은 클러스터의 다른 네임스페이스.**\n\n> [!question] 오늘의 질문\n> Q. 쿠버네티스란?\n";
    harness = await loadPlugin({ exampleVault: false });
    const quote = renderSection(harness, note, h("blockquote", {}, h("p", {}, h("strong", {}, "Q: 스테이징은 어디에 두나?"), h("br", {}), h("strong", {}, "A: 같은 클러스터의 다른 네임스페이스."))), 0, 1);
    expect(placed(quote)).toEqual([["Q: 스테이징은 어디에 두나?", "answered"]]);
    const callout = renderSection(
      harness,
      note,
      h("div", { class: "callout", "data-callout": "question" }, h("div", { class: "callout-title" }, h("div", { class: "callout-title-inner" }, "오늘의 질문")), h("div", { class: "callout-content" }, h("p", {}, "Q. 쿠버네티스란?"))),
      3,
      4,
    );
    expect(placed(callout)).toEqual([["Q. 쿠버네티스란?", "open"]]);
  });

  it("work on headings, and on questions whose links render as their display text", async () => {
    const note = "## Q. 쿠버네티스란?\n컨테이너 오케스트레이션.\n\nQ. [[Docker|도커]]는 어디서 배우지?\n";
    harness = await loadPlugin({ exampleVault: false });
    expect(placed(renderSection(harness, note, h("h2", {}, "Q. 쿠버네티스란?"), 0, 0))).toEqual([["Q. 쿠버네티스란?", "answered"]]);
    const linked = renderSection(harness, note, h("p", {}, "Q. ", h("a", { class: "internal-link", "data-href": "Docker" }, "도커"), "는 어디서 배우지?"), 3, 3);
    expect(placed(linked)).toEqual([["Q. 도커는 어디서 배우지?", "open"]]);
  });

  it("draw nothing in code blocks, nothing twice, and nothing when the setting is off", async () => {
    const note = "```\nQ. 코드 속\n```\nQ. 진짜?\n";
    harness = await loadPlugin({ exampleVault: false });
    expect(placed(renderSection(harness, note, h("pre", {}, h("code", {}, "Q. 코드 속\n")), 0, 2))).toEqual([]);
    const el = renderSection(harness, note, h("p", {}, "Q. 진짜?"), 3, 3);
    (harness.app.postProcessors[0] as PostProcessor)(el, { sourcePath: "연습.md", getSectionInfo: () => ({ text: note, lineStart: 3, lineEnd: 3 }) });
    expect(placed(el)).toEqual([["Q. 진짜?", "open"]]);

    harness.plugin.data.settings.questionBadges = false;
    expect(placed(renderSection(harness, note, h("p", {}, "Q. 진짜?"), 3, 3))).toEqual([]);
  });

  it("draw nothing when Obsidian has no section info for the element", async () => {
    harness = await loadPlugin({ exampleVault: false });
    const el = document.createElement("div");
    el.createEl("p", { text: "Q. 도커?" });
    (harness.app.postProcessors[0] as PostProcessor)(el, { sourcePath: "연습.md", getSectionInfo: () => null });
    expect(placed(el)).toEqual([]);
  });
});

describe("the notes that may answer a badge's question", () => {
  it("are found on the first hover, named in the tooltip, and open at their best section from the unfolded badge", async () => {
    const note = "## 인그레스\n\nQ. 인그레스 컨트롤러는 어떻게 설치하지?\n";
    harness = await loadPlugin({
      exampleVault: false,
      files: {
        "연습.md": note,
        "k8s/ingress-nginx.md": "# Ingress-Nginx\n\n## 설치\n\n인그레스 컨트롤러는 헬름 차트로 설치했다.\n\n## 규칙\n\nhost와 path로 나눈다.\n",
        "요리.md": "# 된장찌개\n\n두부와 호박.\n",
      },
    });
    const el = renderSection(harness, note, h("p", {}, "Q. 인그레스 컨트롤러는 어떻게 설치하지?"), 2, 2);
    const badge = el.querySelector<HTMLElement>(".ldn-question-badge");
    if (!badge) throw new Error("no badge");
    expect(badge.getAttribute("aria-label")).toBe("Open question\nConcepts: Ingress");
    badge.dispatchEvent(new Event("pointerenter"));
    expect(badge.getAttribute("aria-label")).toBe("Open question\nConcepts: Ingress\nMay be answered in: ingress-nginx");
    badge.click();
    expect(badge.getAttribute("aria-expanded")).toBe("true");
    const answer = badge.querySelector<HTMLElement>(".ldn-badge-answers .ldn-answer");
    expect(answer?.querySelector(".ldn-answer-title")?.textContent).toBe("ingress-nginx");
    expect(answer?.querySelector(".ldn-answer-reasons")?.textContent).toMatch(/mentions Ingress/);
    const line = Number(answer?.getAttribute("data-line"));
    expect(harness.plugin.live.index.note("k8s/ingress-nginx.md")?.headings.map((heading) => heading.line)).toContain(line);
    answer?.querySelector<HTMLElement>(".ldn-answer-link")?.click();
    await harness.settle();
    expect(harness.app.workspace.lastOpened).toEqual({ path: "k8s/ingress-nginx.md", line });
    expect(badge.getAttribute("aria-expanded")).toBe("true"); // the link's click does not fold the badge
  });

  it("are not looked for under an answered question", async () => {
    const note = "Q. 인그레스란?\n-> 서비스 앞의 L7 라우터\n";
    harness = await loadPlugin({ exampleVault: false, files: { "연습.md": note, "ingress.md": "# Ingress\n\n인그레스 설명.\n" } });
    const el = renderSection(harness, note, h("p", {}, "Q. 인그레스란?", h("br", {}), "-> 서비스 앞의 L7 라우터"), 0, 1);
    const badge = el.querySelector<HTMLElement>(".ldn-question-badge");
    badge?.dispatchEvent(new Event("pointerenter"));
    badge?.click();
    expect(badge?.querySelector(".ldn-badge-answers")).toBeNull();
  });
});
