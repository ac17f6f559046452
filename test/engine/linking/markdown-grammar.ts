import fc from "fast-check";

/**
 * Random notes from a grammar of what real vaults hold: every construct the protected spans know
 * (code of every kind, math, HTML, comments, links, footnotes, references, callouts, headings,
 * tables with and without pipes, URLs, paths, escapes, tags, highlights), in Korean and English,
 * nested in lists, quotes and callouts, with concept names scattered through all of them.
 */

const CONCEPT_WORDS = ["도커는", "도커", "Docker", "docker", "쿠버네티스란", "Kubernetes", "포드맨을", "Podman", "nginx", "Ingress", "git", "깃허브 액션", "테라폼으로"];
const PLAIN_WORDS = ["오늘", "설치했다", "컨테이너를", "정리", "the", "runs", "on", "왜?", "(참고)", "예시:", "1.", "그리고", "$5", "a|b"];
const GLUED = ["Ingress-Nginx", "docker-compose.yml", "my-docker-setup", "Docker.md", "도커컨테이너", "_도커_", "!도커", "k8s.io", "/var/lib/docker", "docker_ps", "@docker"];

const word = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CONCEPT_WORDS) }, { weight: 3, arbitrary: fc.constantFrom(...PLAIN_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...GLUED) });
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));

/** Inline constructs, each holding concept names where a careless linker would link them. */
const inlineAtom: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 1, arbitrary: words.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: words.map((w) => `\`\` ${w} \`\``) },
  { weight: 1, arbitrary: fc.constantFrom("`docker\n도커`", "[도커\n문서](https://docs.docker.com)") },
  { weight: 1, arbitrary: words.map((w) => `$\\text{${w}}$`) },
  { weight: 1, arbitrary: words.map((w) => `$$${w}$$`) },
  { weight: 1, arbitrary: words.map((w) => `%%${w}%%`) },
  { weight: 1, arbitrary: words.map((w) => `<!-- ${w} -->`) },
  { weight: 1, arbitrary: words.map((w) => `<span title="도커">${w}</span>`) },
  { weight: 2, arbitrary: fc.constantFrom("[[Docker]]", "[[Docker|도커]]", "[[Concepts/Kubernetes|쿠버]]", "[[git-init]]", "[[도커 정리]]", "[[gcp-vpc|VPC]]", "[[Docker#설치|도커 설치]]", "![[도커 구조.png]]", "![[Docker]]") },
  { weight: 1, arbitrary: words.map((w) => `[${w}](https://docs.docker.com/${encodeURIComponent("도커")})`) },
  { weight: 1, arbitrary: words.map((w) => `[${w}](도커%20정리.md)`) },
  { weight: 1, arbitrary: fc.constantFrom("[도커][docs]", "[Docker][]", "[^도커]", "[^1]", "[도커 관련]", "^[도커 각주]") },
  { weight: 1, arbitrary: fc.constantFrom("https://ko.wikipedia.org/wiki/도커", "www.docker.com/도커", "ko.wikipedia.org/wiki/도커", "docs.docker.com/engine", "docker.com", "C:\\ProgramData\\Docker", "Users\\me\\도커", "\\도커", "\\*도커\\*", "#도커", "#k8s/pod") },
  { weight: 1, arbitrary: words.map((w) => `**${w}**`) },
);
/** A highlight holds inline constructs of its own: they are read inside it. */
const inline = fc.oneof({ weight: 5, arbitrary: inlineAtom }, { weight: 1, arbitrary: fc.array(inlineAtom, { minLength: 1, maxLength: 3 }).map((a) => `==${a.join(" ")}==`) });
const paragraph = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(" "));

const tableRow = fc.array(paragraph.filter((p) => !p.includes("\n") && !p.includes("|")), { minLength: 2, maxLength: 2 });
const table = fc.tuple(fc.boolean(), tableRow, tableRow).map(([pipes, a, b]) => {
  const row = (cells: string[]): string => (pipes ? `| ${cells.join(" | ")} |` : cells.join(" | "));
  return [row(["도구", "설명"]), pipes ? "|---|---|" : "--- | ---", row(a), row(b)].join("\n");
});

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("# ", "## ", "### "), paragraph).map(([h, p]) => h + p.replace(/\n/g, " ")) },
  { weight: 1, arbitrary: paragraph.map((p) => `${p.replace(/\n/g, " ")}\n===`) },
  { weight: 2, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((p) => `- ${p.replace(/\n/g, " ")}`).join("\n")) },
  { weight: 1, arbitrary: paragraph.map((p) => `1. ${p.replace(/\n/g, " ")}\n   - ${p.replace(/\n/g, " ")}`) },
  { weight: 1, arbitrary: paragraph.map((p) => `> ${p.replace(/\n/g, "\n> ")}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("note", "tip", "도커", "warning"), fc.constantFrom("", "-", "+"), paragraph, paragraph).map(([type, fold, title, body]) => `> [!${type}]${fold} ${title.replace(/\n/g, " ")}\n> ${body.replace(/\n/g, "\n> ")}`) },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: table.map((t) => t.replace(/^/gm, "> ")) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("```bash", "~~~", "```"), words).map(([f, w]) => `${f}\ndocker run ${w}\n${f.slice(0, 3)}`) },
  { weight: 1, arbitrary: words.map((w) => `- \`\`\`\n  ${w}\n  \`\`\``) },
  { weight: 1, arbitrary: words.map((w) => `> \`\`\`\n> ${w}\n> \`\`\``) },
  { weight: 1, arbitrary: words.map((w) => `    docker ${w}`) },
  { weight: 1, arbitrary: words.map((w) => `$$\n\\text{${w}}\n$$`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("details", "div", "pre", "p"), words).map(([tag, w]) => `<${tag}>\n${w}\n</${tag}>`) },
  { weight: 1, arbitrary: words.map((w) => `%%\n${w}\n%%`) },
  { weight: 1, arbitrary: fc.constantFrom("[docs]: https://docs.docker.com \"도커\"", "[도커]: https://docs.docker.com", "[^1]: 도커 공식 문서", "[^도커]: 설명") },
  { weight: 1, arbitrary: fc.constantFrom("---", "***") },
);

/** A note: optional frontmatter, then blocks separated by one or two line breaks. */
export const markdownNote: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "---\naliases: [도커]\ntags: [docker]\n---\n"),
    fc.array(fc.tuple(block, fc.constantFrom("\n\n", "\n\n", "\n")), { minLength: 1, maxLength: 8 }),
  )
  .map(([frontmatter, blocks]) => frontmatter + blocks.map(([b, sep]) => b + sep).join(""));
