/**
 * Notes built to make a careless parser quadratic: each row makes a note of about `n` repeats of
 * one hostile pattern. `linear-work.test.ts` checks the work grows like the note, not faster.
 */
export interface AdversarialCase {
  name: string;
  note: (n: number) => string;
}

const indent = (k: number): string => "  ".repeat(k);

/** Lines of a list nested `depth` deep, a question at every level, then `tail` lines continuing the deepest item. */
function nestedQuestions(depth: number, tail: number): string {
  const lines: string[] = [];
  for (let k = 0; k < depth; k++) lines.push(`${indent(k)}- Q. ${k}단계 도커는?`);
  for (let k = 0; k < tail; k++) lines.push(`이어지는 줄 ${k} 컨테이너`);
  return lines.join("\n");
}

export const ADVERSARIAL_CASES: AdversarialCase[] = [
  { name: "[[ without ]] on one line", note: (n) => "[[도커 ".repeat(n) },
  { name: "[[ without ]], one a line", note: (n) => "[[도커\n".repeat(n) },
  { name: "single backticks on one line", note: (n) => "` 도커 ".repeat(n) },
  { name: "<a without > on one line", note: (n) => '<a href="x 도커 '.repeat(n) },
  { name: "== without a closing == on the line", note: (n) => "== 도커 ==\n==".repeat(n) },
  { name: "%% openers, one a line", note: (n) => "%% 도커\n".repeat(n) },
  { name: "<!-- without -->", note: (n) => "<!-- 도커 ".repeat(n) },
  // Each `[x](` looks up to 2,048 characters ahead for its `)`: linear once notes are longer
  // than that, but dear per repeat.
  { name: "[text]( without )", note: (n) => "[도커](".repeat(n) },
  { name: "![[ embeds without ]]", note: (n) => "![[그림 ".repeat(n) },
  { name: "URL schemes back to back", note: (n) => "a://도커".repeat(n) },
  { name: "# tags back to back", note: (n) => " #도커/".repeat(n) },
  { name: "block quote markers on one line", note: (n) => "> ".repeat(n) + "Q. 도커?\n" + "> ".repeat(n) + "-> 답\n" },
  // A ladder's size grows with the square of its depth: sqrt keeps the note about n long.
  { name: "block quotes one deeper each line, a question on each", note: (n) => Array.from({ length: Math.round(Math.sqrt(4 * n)) }, (_, k) => `${"> ".repeat(k)}Q. 도커 ${k}?`).join("\n") },
  { name: "list markers on one line", note: (n) => "- ".repeat(n) + "Q. 도커?\n" },
  { name: "questions in a nested list, each holding the ones below", note: (n) => nestedQuestions(Math.round(Math.sqrt(4 * n)), 0) },
  { name: "nested list questions, then long continuation lines", note: (n) => nestedQuestions(Math.round(Math.sqrt(n)), n / 4) },
  { name: "sibling list questions with nested answers", note: (n) => "- Q. 도커란?\n  - 컨테이너 도구\n".repeat(n / 4) },
  { name: "Q. lines, each followed by one answer line", note: (n) => "Q. 도커란?\n-> 컨테이너 도구\n".repeat(n / 4) },
  { name: "questions that all mention concepts", note: (n) => "Q. 도커와 쿠버네티스?\n".repeat(n / 4) },
  { name: "headings and questions interleaved", note: (n) => "## 절\nQ. 포드맨?\n".repeat(n / 4) },
  { name: "bare # headings, no space after them", note: (n) => "#\n#\tQ.\n".repeat(n / 2) },
  { name: "empty template fields", note: (n) => "키워드 :\n\n".repeat(n / 4) },
  { name: "unclosed fences opening and closing", note: (n) => "```\n도커\n~~~\n".repeat(n / 4) },
  { name: "links to missing notes", note: (n) => Array.from({ length: n / 4 }, (_, i) => `[[없는 노트 ${i}]]`).join(" ") },
  { name: "markdown links to missing notes", note: (n) => Array.from({ length: n / 4 }, (_, i) => `[x](%EC%97%86%EB%8A%94%20${i}.md)`).join(" ") },
  // The protected spans' own scanners.
  { name: "$ openers that never close", note: (n) => "$도커 ".repeat(n) },
  { name: "$$ openers on one line", note: (n) => "$$도커 ".repeat(n) },
  { name: "$$ math blocks that never close, one a line", note: (n) => "$$ 도커\n".repeat(n) },
  { name: "backtick runs of growing length", note: (n) => Array.from({ length: Math.round(Math.sqrt(n)) }, (_, k) => "`".repeat(k + 1) + " 도커 ").join("") },
  { name: "code spans that never close, over one paragraph", note: (n) => "` 도커\n".repeat(n) },
  { name: "[text] brackets without a link", note: (n) => "[도커] ".repeat(n) },
  { name: "[text][ reference openers", note: (n) => "[도커][".repeat(n) },
  { name: "[^ footnote openers", note: (n) => "[^도커 ".repeat(n) },
  { name: "[ openers over one long paragraph", note: (n) => "[도커\n".repeat(n) },
  { name: "callout headers without ]", note: (n) => "> [!도커\n".repeat(n) },
  { name: "reference-definition-like lines", note: (n) => "[도커]: 쿠버네티스 설명\n".repeat(n / 2) },
  { name: "dots of domain-like words", note: (n) => "a.b.c.d.e.f.g.h ".repeat(n / 4) },
  { name: "labels before a dot, back to back", note: (n) => "docker".repeat(n / 4) + ".com" },
  { name: "backslashes in words", note: (n) => "a\\b\\도커 ".repeat(n / 2) },
  { name: "HTML block openers, one a line", note: (n) => "<div>\n도커\n\n".repeat(n / 4) },
  { name: "raw HTML blocks that never close", note: (n) => "<pre>\n도커\n".repeat(n / 4) },
  { name: "lone tags with many attributes", note: (n) => "<x " + 'a="1" '.repeat(n / 4) + ">\n도커" },
  { name: "a table of many rows", note: (n) => "| a | b |\n|---|---|\n" + "| 도커 | x |\n".repeat(n / 4) },
  { name: "delimiter-like rows, one a line", note: (n) => "a | b\n--- | ---\n".repeat(n / 4) },
  { name: "setext underlines, one a line", note: (n) => "도커\n===\n".repeat(n / 4) },
  { name: "indented lines in deep lists", note: (n) => Array.from({ length: n / 4 }, (_, k) => `${"  ".repeat(k % 20)}- 도커\n\n${"    ".repeat(1 + (k % 5))}설명`).join("\n") },
  { name: "highlights opened inside link text", note: (n) => "[==도커](x) ".repeat(n / 4) },
];

/**
 * Single long lines that the line regexes (heading, fence, list marker, rule, field) all see whole.
 * Regex backtracking happens inside V8, out of the work meter's sight: `linear-work.test.ts`
 * guards these with a timing ratio instead.
 */
export const LONG_LINE_CASES: AdversarialCase[] = [
  { name: "a heading of spaces", note: (n) => `# 도커${" ".repeat(n)}끝 #` },
  { name: "a heading of spaces and hashes", note: (n) => `## 도커${" #".repeat(n / 2)} x` },
  { name: "a fence of backticks ending in a line separator", note: (n) => `${"`".repeat(n)}\u2028도커` },
  { name: "a list item of tabs and spaces", note: (n) => `-${" \t".repeat(n / 2)}도커` },
  { name: "a rule-like line of dashes and spaces", note: (n) => `${"- ".repeat(n / 2)}도커` },
  { name: "a line under a question heading, spaces then an ending", note: (n) => `## 궁금증\n- 도커${" ".repeat(n)}할까 ` },
  { name: "a question callout with a title of spaces and marks", note: (n) => `> [!question] 왜${" ?".repeat(n / 2)} x\n> 답` },
  { name: "a Q. line of spaces and emphasis before its end", note: (n) => `Q. 도커${" *".repeat(n / 2)}다` },
  { name: "a field-like line of spaces before its colon", note: (n) => `키워드${" ".repeat(n)}:${" ".repeat(n)}도커` },
];
