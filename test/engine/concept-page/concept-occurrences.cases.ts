/**
 * Where a concept stands in a line, as the concept page marks it: `[`…`]` around each occurrence
 * in plain text, `{`…`}` around each one in a link (a link naming the concept, or the name in a
 * link's text). Korean and English, with the traps a search of names falls into.
 */
export interface OccurrenceCase {
  name: string;
  concept: string;
  line: string;
  marked: string;
}

export const OCCURRENCE_CASES: OccurrenceCase[] = [
  { name: "a Korean name with its particle outside", concept: "docker", line: "도커는 가볍다", marked: "[도커]는 가볍다" },
  { name: "English, any case", concept: "docker", line: "Docker and docker and DOCKER", marked: "[Docker] and [docker] and [DOCKER]" },
  { name: "not inside a longer Latin word", concept: "docker", line: "dockerfile, mydocker, docker2 but docker.", marked: "dockerfile, mydocker, docker2 but [docker]." },
  { name: "glued names are still occurrences (they may not be linked)", concept: "docker", line: "my-docker-setup 과 /var/lib/docker", marked: "my-[docker]-setup 과 /var/lib/[docker]" },
  { name: "not the tail of a Korean word", concept: "git", line: "이깃발 말고 깃을 쓴다", marked: "이깃발 말고 [깃]을 쓴다" },
  { name: "a wikilink naming the concept is one occurrence, its whole self", concept: "docker", line: "[[Docker|도커]]와 도커", marked: "{[[Docker|도커]]}와 [도커]" },
  { name: "a wikilink to a heading of the concept's note", concept: "docker", line: "see [[Docker#설치]] now", marked: "see {[[Docker#설치]]} now" },
  { name: "the name in another link's text", concept: "docker", line: "[[도커 정리|도커 메모]] and [도커 문서](https://docs.docker.com)", marked: "[[도커 정리|{도커} 메모]] and [{도커} 문서](https://docs.docker.com)" },
  { name: "a link's target is never an occurrence", concept: "docker", line: "[[my docker notes]] 끝", marked: "[[my docker notes]] 끝" },
  { name: "an embed is no link to the concept", concept: "docker", line: "![[Docker]] 도커", marked: "![[Docker]] [도커]" },
  { name: "the longest name first", concept: "kubernetes", line: "쿠버네티스와 k8s 그리고 Kubernetes", marked: "[쿠버네티스]와 [k8s] 그리고 [Kubernetes]" },
  { name: "an exact-case name only in its case", concept: "continuous-delivery", line: "CD 파이프라인, cd 명령", marked: "[CD] 파이프라인, cd 명령" },
  { name: "a bare link that shows a word which may read as the concept", concept: "kubernetes-volume", line: "see [[K8s/Volumes#Types]] first", marked: "see {[[K8s/Volumes#Types]]} first" },
  { name: "a shown word of another concept's is none of this one's", concept: "kubernetes-volume", line: "[[Deployment]] then [[Volumes]]", marked: "[[Deployment]] then {[[Volumes]]}" },
  { name: "a link with display text shows its text, not the word", concept: "kubernetes-volume", line: "[[Volumes|저장소]] 정리", marked: "[[Volumes|저장소]] 정리" },
];
