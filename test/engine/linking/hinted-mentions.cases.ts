/**
 * What the editor underlines, note by note: `[`…`]` around each underlined mention. By default
 * the first mention of each concept in each section that does not link it already; with `every`,
 * each mention the linker may link. Never a heading, a link's text, code or a longer name.
 */
export interface HintCase {
  name: string;
  every?: boolean;
  muted?: string[];
  note: string;
  hinted: string;
}

export const HINT_CASES: HintCase[] = [
  { name: "the first mention of each concept in a section", note: "도커는 가볍고 도커를 또 쓴다. 쿠버네티스와 쿠버네티스.", hinted: "[도커]는 가볍고 도커를 또 쓴다. [쿠버네티스]와 쿠버네티스." },
  { name: "every mention, when asked", every: true, note: "도커는 가볍고 도커를 또 쓴다.", hinted: "[도커]는 가볍고 [도커]를 또 쓴다." },
  { name: "again in the next section", note: "도커 하나\n도커 둘\n## 다음\n도커 셋\n도커 넷", hinted: "[도커] 하나\n도커 둘\n## 다음\n[도커] 셋\n도커 넷" },
  { name: "never in a heading: the first in the section's prose", note: "## 도커 정리\n도커는 좋다", hinted: "## 도커 정리\n[도커]는 좋다" },
  { name: "not in a section that links the concept already", note: "[[Docker|도커]]를 보자. 도커는 좋다.\n## 다음\n도커 셋", hinted: "[[Docker|도커]]를 보자. 도커는 좋다.\n## 다음\n[도커] 셋" },
  { name: "never in a link's text or code, never in a longer name", every: true, note: "[도커 문서](https://docs.docker.com) `도커` Podmanager 와 Ingress-Nginx 와 Docker", hinted: "[도커 문서](https://docs.docker.com) `도커` Podmanager 와 [Ingress-Nginx] 와 [Docker]" },
  { name: "never a muted concept", muted: ["docker"], note: "도커와 쿠버네티스", hinted: "도커와 [쿠버네티스]" },
  { name: "English prose", note: "Docker runs containers. Docker again.\n\n# Kubernetes notes\nKubernetes schedules pods; kubernetes again.", hinted: "[Docker] runs [containers]. Docker again.\n\n# Kubernetes notes\n[Kubernetes] schedules [pods]; kubernetes again." },
  { name: "nothing in a note that opts out", every: true, note: "---\ndevops-links: false\n---\n도커와 쿠버네티스", hinted: "---\ndevops-links: false\n---\n도커와 쿠버네티스" },
];
