import type { Target } from "./term-search.cases";

/**
 * A small study vault in nested folders, Korean and English, as real ones are kept (a folder per
 * subject, TIL by year, English file names with Korean bodies), and what the term search must
 * find in it across the two languages, in headings, and what its typo floor must keep out.
 */
export const STUDY_NOTES: Record<string, string> = {
  "Docker/docker-network.md": "# docker-network\n\nbridge, host, overlay 드라이버 비교.\n\n## 브리지 드라이버\n\n컨테이너끼리 이름으로 통신한다.\n",
  "Docker/도커 볼륨 실습.md": "# 도커 볼륨 실습\n\n볼륨을 붙여서 DB 데이터를 남겼다.\n",
  "K8s/Ingress-Nginx 설정.md": "# Ingress-Nginx 설정\n\nIngress controller 로 nginx 를 쓴다. 인그레스 규칙은 host 기준.\n",
  "K8s/쿠버네티스 인그레스 정리.md": "# 정리\n\n인그레스는 서비스 앞에서 L7 라우팅을 한다.\n",
  "K8s/파드.md": "# 파드\n\n## 파드 재시작 정책\n\nAlways, OnFailure, Never.\n\nQ. 재시작 정책은 누가 적용하지?\n-> kubelet\n",
  "IaC/Terraform state.md": "# Terraform state\n\nstate 파일은 원격 백엔드에 둔다. 테라폼 plan 전에 refresh.\n",
  "Rust/rust-iterators.md": "# Iterators\n\nmap, filter, fold. Nothing about infrastructure here.\n",
  "TIL/2024/2024-03-02.md": "# 2024-03-02\n\n도커 컴포즈로 DB 띄움.\n",
  "TIL/2025/2024-03-02.md": "# 2024-03-02\n\n복습: 도커 컴포즈.\n",
};

export const CROSS_LANGUAGE_FIRST: ReadonlyArray<readonly [query: string, first: Target, why: string]> = [
  ["쿠버네티스 인그레스", "concept:ingress", "concept names as a phrase: Kubernetes' Ingress, the head named last"],
  ["인그레스 설정", "note:K8s/Ingress-Nginx 설정.md", "인그레스 found as ingress in an English title, 설정 as written"],
  ["파드 재시작", "heading:K8s/파드.md:3", "the start of a heading"],
  ["재시작 정책", "question:K8s/파드.md:7", "a question that starts with the words, before the heading that has them later"],
  ["브리지 드라이버", "heading:Docker/docker-network.md:5", "a heading no title holds"],
  ["terraform state", "note:IaC/Terraform state.md", "an English title as written"],
];

export const CROSS_LANGUAGE_LISTED: ReadonlyArray<readonly [query: string, listed: Target, within: number, why: string]> = [
  ["도커 네트워크", "note:Docker/docker-network.md", 3, "the Korean name of Docker network finds the note named in English"],
  ["docker 네트워크", "note:Docker/docker-network.md", 3, "a word in each language"],
  ["네트워크", "note:Docker/docker-network.md", 12, "the lexicon's word: 네트워크 is network (after the glossary's names that hold the word)"],
  ["쿠버네티스 인그레스", "note:K8s/쿠버네티스 인그레스 정리.md", 3, "the note titled with both words comes right after the concept"],
];

export const CROSS_LANGUAGE_ABSENT: ReadonlyArray<readonly [query: string, absent: Target, why: string]> = [
  ["terraform", "note:Rust/rust-iterators.md", "terafrom… within fuse's threshold, but nine letters from any word of it"],
  ["rust", "concept:kustomize", "one letter from kust, but a short typo keeps its first letter"],
  ["쿠버네티스 인그레스", "concept:kubernetes-secret", "a phrase of two concept names is not a typo of a third"],
  ["도커", "heading:K8s/파드.md:3", "nothing in the heading says Docker"],
];

/** Query, key, edits to the start of a word of the key (beyond the allowance: allowance + 1). */
export const TYPO_DISTANCES: ReadonlyArray<readonly [query: string, key: string, edits: number, why: string]> = [
  ["dokcer", "docker", 1, "two letters swapped is one edit"],
  ["dok", "docker", 1, "a short typo, first letter kept"],
  ["kubernates", "kubernetes cluster", 1, "against the start of the key"],
  ["terafrom", "terraform", 2, "a letter dropped and two swapped"],
  ["ansilbe", "red hat ansible", 1, "against the start of a later word"],
  ["ㅋㅜㅂㅓㄴㅔㅅ", "ㅋㅜㅂㅓㄴㅔㅌㅣㅅㅡ", 1, "a slip of the last jamo of 쿠버넷"],
  ["terraform", "rust iterators", 4, "shares letters in order only: beyond three edits"],
  ["rust", "kustomize", 2, "a short query must keep its first letter"],
  ["docker", "ddocker", 1, "an extra letter"],
];
