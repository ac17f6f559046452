/**
 * The linking command's examples (before → after), like the Linter's rule examples. The vault
 * around them has concept notes for Docker, Kubernetes and Podman, and none for Terraform.
 */
export const LINK_CASES: ReadonlyArray<{ name: string; before: string; after: string; every?: boolean }> = [
  { name: "Korean particle stays outside the link", before: "도커는 좋다", after: "[[Docker|도커]]는 좋다" },
  { name: "copula ending stays outside", before: "이게 도커인건가?", after: "이게 [[Docker|도커]]인건가?" },
  { name: "English name written as the note's name needs no display text", before: "Docker를 쓴다", after: "[[Docker]]를 쓴다" },
  { name: "English name in another case keeps the case written", before: "docker is fun", after: "[[Docker|docker]] is fun" },
  { name: "only the first mention of each concept by default", before: "도커와 도커, 쿠버네티스란", after: "[[Docker|도커]]와 도커, [[Kubernetes|쿠버네티스]]란" },
  { name: "every mention when asked", before: "도커와 도커", after: "[[Docker|도커]]와 [[Docker|도커]]", every: true },
  { name: "a concept the note already links is left alone", before: "[[Docker]] 그리고 도커", after: "[[Docker]] 그리고 도커" },
  { name: "code spans and blocks are never touched", before: "`도커`\n```\n도커\n```\n포드맨", after: "`도커`\n```\n도커\n```\n[[Podman|포드맨]]" },
  { name: "frontmatter is never touched", before: "---\naliases: [도커]\n---\n본문", after: "---\naliases: [도커]\n---\n본문" },
  { name: "URLs and markdown link text are never touched", before: "https://docker.com/도커 [도커 문서](https://docs.docker.com)", after: "https://docker.com/도커 [도커 문서](https://docs.docker.com)" },
  { name: "comments are never touched", before: "%% 도커 %%", after: "%% 도커 %%" },
  { name: "a table cell gets an escaped pipe", before: "| 도구 |\n|---|\n| 도커 |", after: "| 도구 |\n|---|\n| [[Docker\\|도커]] |" },
  { name: "a concept with no note is not linked", before: "테라폼으로", after: "테라폼으로" },
  { name: "CRLF and a BOM are kept", before: "\uFEFF첫 줄\r\n도커는\r\n끝", after: "\uFEFF첫 줄\r\n[[Docker|도커]]는\r\n끝" },
  { name: "a line stored in NFD is skipped, not rewritten", before: "도커는\n".normalize("NFD") + "포드맨은", after: "도커는\n".normalize("NFD") + "[[Podman|포드맨]]은" },
];
