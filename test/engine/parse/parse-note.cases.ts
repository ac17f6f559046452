import type { ParsedNote } from "../../../src/engine/parse/note-types";

/**
 * What real vaults hold: each row is a note and what the parser must read out of it (only the
 * fields named are compared). Like the Linter's rule examples, the row is the specification.
 */
export interface ParseCase {
  name: string;
  path?: string;
  note: string;
  expect: (note: ParsedNote) => unknown;
  toEqual: unknown;
}

const targets = (note: ParsedNote): string[] => note.links.map((l) => l.target);
const mentioned = (note: ParsedNote): string[] => [...new Set(note.mentions.map((m) => m.conceptId))];

export const PARSE_CASES: ParseCase[] = [
  {
    name: "frontmatter keys with stray spaces, lists and strings",
    note: "---\naliases: [기획안]\ntags : [기획안]\n---\nbody\n",
    expect: (n) => ({ tags: n.tags, aliases: n.aliases }),
    toEqual: { tags: ["기획안"], aliases: ["기획안"] },
  },
  {
    name: "tags and aliases written as strings",
    note: "---\ntags: devops, til\naliases: 가상화 정리\n---\n",
    expect: (n) => ({ tags: n.tags, aliases: n.aliases }),
    toEqual: { tags: ["devops", "til"], aliases: ["가상화 정리"] },
  },
  {
    name: "inline tags: Unicode and nested, deduplicated with frontmatter",
    note: "---\ntags: [docker]\n---\n#세미나 #k8s/pod #Docker 그리고 #til\n",
    expect: (n) => n.tags,
    toEqual: ["docker", "세미나", "k8s/pod", "til"],
  },
  {
    name: "#!/bin/bash, #include and # comment in code are not tags",
    note: "```bash\n#!/bin/bash\n# comment\n#include <stdio.h>\n```\n",
    expect: (n) => ({ tags: n.tags, headings: n.headings }),
    toEqual: { tags: [], headings: [] },
  },
  {
    name: "a heading, a number and a URL fragment are not tags",
    note: "# Docker\n이슈 #123 참고 https://example.com/a#section\n(# Linux Containers)\n",
    expect: (n) => n.tags,
    toEqual: [],
  },
  {
    name: "links with display text, heading and block parts",
    note: "[[Docker|도커]]는 [[Kubernetes#Pod]] 와 [[HOME 🌎]] [[note#^abc123|여기]]\n",
    expect: (n) => n.links.map((l) => [l.target, l.subpath ?? null, l.display ?? null]),
    toEqual: [["Docker", null, "도커"], ["Kubernetes", "Pod", null], ["HOME 🌎", null, null], ["note", "^abc123", "여기"]],
  },
  {
    name: "[[runners]] in a TOML block and [[ … ]] in bash are not links",
    note: "```toml\n[[runners]]\n  name = \"docker\"\n```\n```bash\nif [[ -f x ]]; then echo; fi\n```\n[[Real]]\n",
    expect: targets,
    toEqual: ["Real"],
  },
  {
    name: "an escaped pipe inside a table is one link",
    note: "| 도구 | 설명 |\n|---|---|\n| [[Docker\\|도커]] | 컨테이너 |\n",
    expect: (n) => n.links.map((l) => [l.target, l.display]),
    toEqual: [["Docker", "도커"]],
  },
  {
    name: "embeds: spaces and Korean in names, sizes, markdown images",
    note: "![[스크린샷 2022-09-24 오전 9.26.39.png]]\n![[img.png|300]]\n![아키텍처|500](images/arch.png)\n![](https://example.com/x.gif)\n",
    expect: (n) => n.embeds.map((e) => e.target),
    toEqual: ["스크린샷 2022-09-24 오전 9.26.39.png", "img.png", "images/arch.png"],
  },
  {
    name: "markdown links to notes are links, to URLs are not",
    note: "[Docker 정리](Docker%20정리.md) and [site](https://docker.com) and [anchor](#x)\n",
    expect: targets,
    toEqual: ["Docker 정리.md"],
  },
  {
    name: "== in shell code is not a highlight; == in prose is",
    note: "```bash\n[ \"$a\" == \"$b\" ]\n```\n==중요== 그리고 `a == b`\n",
    expect: (n) => n.highlights.map((h) => h.text),
    toEqual: ["중요"],
  },
  {
    name: "%%comments%% are skipped, over several lines too",
    note: "도커 %%쿠버네티스%% 그리고\n%%\n앤서블\n%%\n끝\n",
    expect: mentioned,
    toEqual: ["docker"],
  },
  {
    name: "an unclosed %% comment runs to the end of the note",
    note: "도커\n%% 쿠버네티스\n테라폼\n",
    expect: mentioned,
    toEqual: ["docker"],
  },
  {
    name: "an unclosed fence runs to the end of the note",
    note: "도커\n```\n쿠버네티스 [[NotALink]]\n# not a heading\n",
    expect: (n) => ({ concepts: mentioned(n), links: targets(n), headings: n.headings.length, blocks: n.codeBlocks }),
    toEqual: { concepts: ["docker"], links: [], headings: 0, blocks: [{ lang: "", startLine: 2, endLine: 5 }] },
  },
  {
    name: "fenced code inside a list item, indented",
    note: "- 명령어\n     ```\n     docker ps\n     ```\n- 도커\n",
    expect: (n) => ({ concepts: mentioned(n), blocks: n.codeBlocks.length }),
    toEqual: { concepts: ["docker"], blocks: 1 },
  },
  {
    name: "HTML notes: tags, attributes and URLs are never mentions",
    note: '<img src="https://d1.awsstatic.com/Docker-Logo.png">\n<a href="https://www.redhat.com/ko/topics/containers/what-is-kubernetes" title="kubernetes">쿠버네티스?</a>\n<p>podman</p>\n',
    expect: mentioned,
    toEqual: ["kubernetes", "podman"],
  },
  {
    name: "URLs in prose are not mentions",
    note: "출처 : https://kubernetes.io/ko/docs/ 와 www.docker.com 참고\n",
    expect: mentioned,
    toEqual: [],
  },
  {
    name: "inline code is not prose",
    note: "`kubectl get pods` 로 파드를 본다\n",
    expect: mentioned,
    toEqual: ["pod"],
  },
  {
    name: "frontmatter is not prose",
    note: "---\ntitle: Docker notes\ntags: [kubernetes]\n---\n본문\n",
    expect: mentioned,
    toEqual: [],
  },
  {
    name: "a concept inside a link is an in-link mention",
    note: "[[Docker|도커]]는 도커다\n",
    expect: (n) => n.mentions.map((m) => [m.conceptId, m.inLink]),
    toEqual: [["docker", true], ["docker", false]],
  },
  {
    name: "a wikilink's target is never read as prose: a note named after a concept is not a mention of it",
    note: "[[git-init]] 과 [[도커 정리]] 그리고 [[gcp-vpc|VPC 노트]]\n",
    expect: (n) => n.mentions.map((m) => [m.conceptId, m.inLink]),
    toEqual: [["vpc", true]],
  },
  {
    name: "a wikilink is one mention of the concept its target names, whatever its text says",
    note: "[[Docker|컨테이너 도구]] 와 [[Kubernetes]] 와 [[Docker|도커와 도커]]\n",
    expect: (n) => n.mentions.map((m) => [m.conceptId, m.inLink]),
    toEqual: [["docker", true], ["container", true], ["kubernetes", true], ["docker", true]],
  },
  {
    name: "each mention says whether it may be linked: not in a heading, link text, code or a longer name",
    note: "## 도커란?\n도커는 `도커` [도커 문서](https://x.io) my-docker-setup Docker\n",
    expect: (n) => n.mentions.map((m) => [m.line, m.linkable]),
    toEqual: [[1, false], [2, true], [2, false], [2, false], [2, true]],
  },
  {
    name: "a mention in a table row says so, with or without the outer pipes",
    note: "도구 | 설명\n--- | ---\n도커 | 컨테이너\n\n도커 | 표가 아님\n",
    expect: (n) => n.mentions.filter((m) => m.conceptId === "docker").map((m) => [m.line, m.inTable, m.linkable]),
    toEqual: [[3, true, true], [5, false, false]],
  },
  {
    name: "Korean in NFD (macOS) reads as NFC: names, text and links",
    path: "세미나 노트.md".normalize("NFD"),
    note: "[[도커 정리]] 도커는 컨테이너를 쓴다 #세미나\n".normalize("NFD"),
    expect: (n) => ({ title: n.title, links: targets(n), concepts: mentioned(n), tags: n.tags }),
    toEqual: { title: "세미나 노트", links: ["도커 정리"], concepts: ["docker", "container"], tags: ["세미나"] },
  },
  {
    name: "CRLF and a BOM are handled",
    note: "\uFEFF---\r\ntags: [a]\r\n---\r\n# 제목\r\n도커\r\n",
    expect: (n) => ({ tags: n.tags, heading: n.headings[0], lines: n.mentions.map((m) => m.line) }),
    toEqual: { tags: ["a"], heading: { level: 1, text: "제목", line: 4 }, lines: [5] },
  },
  {
    name: "body fields and empty template fields",
    note: "Up : [[HOME 🌎]]\n출처 : 코오롱 글로벌\nURL :  \n\n### 생각의 연결고리\n분야 :\n\n키워드 :\n\n관련있는 메모 :\n",
    expect: (n) => ({ fields: n.fields.map((f) => [f.key, f.value]), empty: n.emptyFields }),
    toEqual: {
      fields: [["Up", "[[HOME 🌎]]"], ["출처", "코오롱 글로벌"], ["URL", ""], ["분야", ""], ["키워드", ""], ["관련있는 메모", ""]],
      empty: ["URL", "분야", "키워드", "관련있는 메모"],
    },
  },
  {
    name: "a label followed by content is not an empty field",
    note: "장점:\n빠르다\n\nWorkflow의 종류:\n- Test\n",
    expect: (n) => n.emptyFields,
    toEqual: [],
  },
  {
    name: "headings of every level, trailing hashes removed",
    note: "# TIL 2021 📖\n## 도커 ##\n###### six\n####### seven\n",
    expect: (n) => n.headings.map((h) => [h.level, h.text]),
    toEqual: [[1, "TIL 2021 📖"], [2, "도커"], [6, "six"]],
  },
  {
    name: "a note tagged concept declares a concept with its aliases",
    path: "Concepts/Argo Rollouts.md",
    note: "---\ntags: [concept]\naliases: [아르고 롤아웃]\n---\n",
    expect: (n) => n.declaredConcept,
    toEqual: { name: "Argo Rollouts", aliases: ["아르고 롤아웃"] },
  },
];
