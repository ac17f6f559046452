import type { SpanKind } from "../../../src/engine/markdown/protected-spans";

/**
 * What each construct of a note is, read as Obsidian reads it: the text `at` (its `nth`
 * occurrence, 1 by default) must lie wholly in one span of `kind`, or in none (`prose`). One row a
 * trap, Korean and English; the row is the specification.
 */
export interface SpanCase {
  name: string;
  note: string;
  at: string;
  nth?: number;
  kind: SpanKind | "prose";
}

export const SPAN_CASES: SpanCase[] = [
  // never read, never linked
  { name: "frontmatter", note: "---\naliases: [도커]\n---\n본문", at: "도커", kind: "frontmatter" },
  { name: "fenced code", note: "```bash\ndocker run 도커\n```\n", at: "도커", kind: "code" },
  { name: "fenced code in a block quote", note: "> ```\n> 도커\n> ```\n", at: "도커", kind: "code" },
  { name: "fenced code in a callout", note: "> [!note] 예시\n> ~~~\n> 도커\n> ~~~\n", at: "도커", kind: "code" },
  { name: "fenced code opened on a list item's line", note: "- ```bash\n  docker ps 도커\n  ```\n", at: "도커", kind: "code" },
  { name: "fenced code nested in a list item", note: "- 명령어\n     ```\n     도커\n     ```\n", at: "도커", kind: "code" },
  { name: "indented code block after a blank line", note: "설명\n\n    docker run 도커\n", at: "도커", kind: "code" },
  { name: "indented code inside a list item, four past its content", note: "- 항목\n\n      도커 실행\n", at: "도커", kind: "code" },
  { name: "a list item's indented continuation is not code", note: "- 항목\n\n    도커 설명이 이어진다\n", at: "도커", kind: "prose" },
  { name: "a lazy continuation line is not code", note: "문단 첫 줄\n    도커 이어짐\n", at: "도커", kind: "prose" },
  { name: "inline code", note: "`도커` 명령", at: "도커", kind: "code" },
  { name: "inline code of a double backtick run", note: "``a ` 도커`` 끝", at: "도커", kind: "code" },
  { name: "inline code over two lines of a paragraph", note: "이건 `docker\n도커` 이다", at: "도커", kind: "code" },
  { name: "inline code does not run over a blank line", note: "이건 `docker\n\n도커` 이다", at: "도커", kind: "prose" },
  { name: "inline math", note: "식 $\\text{도커}$ 끝", at: "도커", kind: "math" },
  { name: "inline display math", note: "식 $$\\text{도커}$$ 끝", at: "도커", kind: "math" },
  { name: "a math block", note: "$$\n\\text{도커}\n$$\n도커", at: "도커", kind: "math" },
  { name: "a math block in a quote", note: "> $$\n> \\text{도커}\n> $$\n", at: "도커", kind: "math" },
  { name: "dollar amounts are not math", note: "가격은 $5 그리고 도커는 $10", at: "도커", kind: "prose" },
  { name: "<pre> block, blank lines and all", note: "<pre>\n도커\n\n쿠버네티스\n</pre>\n", at: "쿠버네티스", kind: "html" },
  { name: "<script> block", note: "<script>\nconst 도커 = 1;\n</script>", at: "도커", kind: "html" },
  { name: "<details> block: its tags", note: "<details>\n<summary>도커</summary>\n</details>\n", at: "<summary>", kind: "html" },
  { name: "inline tag with attributes", note: '설명 <a href="x" title="도커">링크</a>', at: "도커", kind: "html" },
  { name: "%% comment", note: "앞 %% 도커 %% 뒤", at: "도커", kind: "comment" },
  { name: "%% comment over lines", note: "%%\n도커\n%%\n", at: "도커", kind: "comment" },
  { name: "<!-- comment", note: "<!-- 도커 -->", at: "도커", kind: "comment" },
  { name: "wikilink target", note: "[[git-init]] 참고", at: "git-init", kind: "link-target" },
  { name: "wikilink target before display text", note: "[[gcp-vpc|VPC]] 참고", at: "gcp-vpc", kind: "link-target" },
  { name: "wikilink heading part", note: "[[Docker#설치|도커 설치]]", at: "설치", kind: "link-target" },
  { name: "escaped pipe of a wikilink in a table", note: "| a |\n|---|\n| [[Docker\\|도커]] |", at: "Docker", kind: "link-target" },
  { name: "markdown link target", note: "[문서](https://docs.docker.com/도커)", at: "도커", kind: "link-target" },
  { name: "markdown link target to a note", note: "[노트](도커%20정리.md)", at: "도커", kind: "link-target" },
  { name: "embed", note: "![[도커 구조.png]]", at: "도커", kind: "embed" },
  { name: "markdown image", note: "![도커](img/docker.png)", at: "도커", kind: "embed" },
  { name: "footnote reference", note: "본문[^도커] 이다", at: "도커", kind: "footnote" },
  { name: "footnote definition label", note: "[^도커]: 컨테이너 도구\n", at: "도커", kind: "footnote" },
  { name: "footnote definition text is prose", note: "[^1]: 도커 공식 문서\n", at: "도커", kind: "prose" },
  { name: "reference link label", note: "[도커][docs] 참고", at: "docs", kind: "link-target" },
  { name: "reference definition line", note: "[도커]: https://docs.docker.com \"문서\"\n", at: "도커", kind: "reference" },
  { name: "a reference-like line with words after it is a paragraph", note: "[도커]: 컨테이너 도구 설명\n", at: "컨테이너", kind: "prose" },
  { name: "callout type", note: "> [!도커] 제목\n> 본문", at: "도커", kind: "callout-type" },
  { name: "callout type with a fold sign", note: "> [!note]- 접힘\n> 본문", at: "]-", kind: "callout-type" },
  { name: "URL with a scheme", note: "출처 https://ko.wikipedia.org/wiki/도커 참고", at: "도커", kind: "url" },
  { name: "URL with www", note: "www.docker.com/도커 참고", at: "도커", kind: "url" },
  { name: "URL without a scheme, with a path", note: "출처 ko.wikipedia.org/wiki/도커 참고", at: "도커", kind: "url" },
  { name: "URL without a scheme, English", note: "see docs.docker.com/x for Docker", at: "docker", kind: "url" },
  { name: "a bare domain", note: "docker.com 에서 받는다", at: "docker", kind: "url" },
  { name: "a file name is no domain", note: "docker-compose.yml 파일", at: "docker", kind: "prose" },
  { name: "a URL as a link's visible text", note: "[https://docs.docker.com/도커](https://docs.docker.com)", at: "도커", kind: "url" },
  { name: "a URL as a wikilink's display text", note: "[[Docker|https://docker.com/도커]]", at: "도커", kind: "url" },
  { name: "a character after a backslash", note: "\\*도커\\* 강조 아님", at: "*", kind: "escape" },
  { name: "Windows path", note: "경로는 C:\\ProgramData\\Docker 이다", at: "Docker", kind: "path" },
  { name: "a path with backslashes", note: "Users\\me\\도커 폴더", at: "도커", kind: "path" },
  { name: "tag", note: "#도커 정리", at: "도커", kind: "tag" },
  { name: "nested tag", note: "메모 #k8s/pod", at: "pod", kind: "tag" },
  // read, never linked
  { name: "ATX heading", note: "## 도커란?\n본문", at: "도커", kind: "heading" },
  { name: "setext heading", note: "도커 정리\n===\n본문", at: "도커", kind: "heading" },
  { name: "setext heading with dashes", note: "도커 정리\n---\n본문", at: "도커", kind: "heading" },
  { name: "callout title", note: "> [!tip] 도커 팁\n> 본문", at: "도커", kind: "callout-title" },
  { name: "wikilink display text", note: "[[Docker|도커 엔진]]", at: "도커", kind: "link-text" },
  { name: "markdown link text", note: "[도커 문서](https://docs.docker.com)", at: "도커", kind: "link-text" },
  { name: "markdown link text over two lines", note: "[도커\n문서](https://docs.docker.com)", at: "문서", kind: "link-text" },
  { name: "reference link text", note: "[도커][docs]\n\n[docs]: https://docs.docker.com", at: "도커", kind: "link-text" },
  { name: "bracketed text", note: "[도커 관련] 메모", at: "도커", kind: "link-text" },
  { name: "text of a <div> block", note: "<div>\n도커 설명\n</div>\n", at: "도커", kind: "html-text" },
  { name: "text of a <details> block", note: "<details>\n<summary>도커</summary>\n내용\n</details>\n", at: "내용", kind: "html-text" },
  { name: "an HTML block ends at a blank line", note: "<div>\n태그\n</div>\n\n도커 본문", at: "도커", kind: "prose" },
  // prose that may be linked
  { name: "plain prose", note: "도커는 좋다", at: "도커", kind: "prose" },
  { name: "inside a highlight", note: "==Q. 이게 도커인건가?==", at: "도커", kind: "prose" },
  { name: "inline code inside a highlight", note: "==`도커` 명령==", at: "도커", kind: "code" },
  { name: "a link inside a highlight", note: "==[[Docker|도커]]==", at: "도커", kind: "link-text" },
  { name: "a URL inside a highlight", note: "==https://docker.com/도커==", at: "도커", kind: "url" },
  { name: "bold", note: "**도커**는", at: "도커", kind: "prose" },
  { name: "list item", note: "- 도커는 좋다", at: "도커", kind: "prose" },
  { name: "block quote", note: "> 도커는 좋다", at: "도커", kind: "prose" },
  { name: "callout body", note: "> [!note] 제목\n> 도커는 좋다", at: "도커", kind: "prose" },
  { name: "table cell", note: "| 도구 | 설명 |\n|---|---|\n| 도커 | 컨테이너 |", at: "도커", kind: "prose" },
  { name: "the text of a markdown link is scanned: code inside", note: "[`도커` 문서](https://x.io)", at: "도커", kind: "code" },
  { name: "English prose", note: "We run Docker on Kubernetes", at: "Kubernetes", kind: "prose" },
  { name: "English heading", note: "# Docker basics\nbody", at: "Docker", kind: "heading" },
];
