import type { QuestionCase } from "./questions.cases";

/**
 * Where an answer is written: after a blank line under a list question, on the question's own
 * line, or in the section of a heading that asks (a review card with the heading setting, never
 * an open question).
 */
const LIST = { listItemQuestions: true };
const HEADINGS = { headingQuestions: true };

export const ANSWER_SHAPE_CASES: QuestionCase[] = [
  {
    // Trap: the asking line is a candidate under the question heading, dropped as it is inside the
    // outer item's answer; dropped, it no longer ends the inner item's answer.
    name: "a line that asks inside a marked item's answer under a question heading stays that answer",
    note: "## 질문\n- Q. 파드는 왜 재시작되지?\n  - Q. 프로브 때문일까?\n  liveness 실패면 그럴까?\n",
    expected: [
      { line: 2, text: "파드는 왜 재시작되지?", status: "unsure" },
      { line: 3, text: "프로브 때문일까?", status: "unsure", answer: "liveness 실패면 그럴까?" },
    ],
  },
  {
    name: "a list question's answer continues past a blank line into a code block",
    note: "- Q. 볼륨까지 지우려면?\n\n```bash\ndocker compose down -v\n```\n\n## 다음\n",
    expected: [{ line: 1, text: "볼륨까지 지우려면?", status: "answered", answer: "docker compose down -v" }],
  },
  {
    name: "… and into a paragraph, up to the next sibling",
    note: "- Q. depends_on은 DB가 준비될 때까지 기다려 주나?\n\n아니다. 시작 순서만 보장한다. healthcheck와 condition을 같이 써야 한다.\n\n- Q. 포트 충돌은 어떻게 찾지?\n- 내일 할 일\n",
    expected: [
      { line: 1, text: "depends_on은 DB가 준비될 때까지 기다려 주나?", status: "answered", answer: "아니다. 시작 순서만 보장한다. healthcheck와 condition을 같이 써야 한다." },
      { line: 5, text: "포트 충돌은 어떻게 찾지?", status: "open" },
    ],
  },
  {
    name: "a list question with the setting is answered by the code block after a blank line",
    note: "1. 컨테이너 로그는 어떻게 따라가며 보지?\n\n```\ndocker logs -f web\n```\n2. 다음 주제\n",
    options: LIST,
    expected: [{ line: 1, text: "컨테이너 로그는 어떻게 따라가며 보지?", status: "answered", answer: "docker logs -f web" }],
  },
  {
    name: "trap: a sibling after the blank line ends the answer",
    note: "- Q. 서비스 메시는 정확히 뭘 해 주는 거지?\n\n- 모니터링은 프로메테우스가 표준\n",
    expected: [{ line: 1, text: "서비스 메시는 정확히 뭘 해 주는 거지?", status: "open" }],
  },
  {
    name: "trap: the answer never runs past a heading",
    note: "- Q. 롤백은 어떻게 하지?\n\n## 다음 절\n이전 태그로 다시 배포한다.\n",
    expected: [{ line: 1, text: "롤백은 어떻게 하지?", status: "open" }],
  },
  {
    name: "a bullet list under a numbered question item is its answer (a new list, not a sibling)",
    note: "1. 어떻게 준비하면 좋을까?\n\n- [면접 질문 모음](https://example.com/q)\n- [CS 강의](https://example.com/cs)\n\n2. 기술 면접 자료\n",
    options: LIST,
    expected: [{ line: 1, text: "어떻게 준비하면 좋을까?", status: "answered" }],
  },
  {
    name: "a bullet answer right under a numbered question at the same depth",
    // Nested under a parent item: four spaces at the top of a note would make an indented code block.
    note: "3. 빌드 설정\n    4) main.js의 import 하나로는 왜 해결되지 않는걸까?\n    - babel은 문법을 바꾸고, polyfill은 런타임에 함수를 채운다\n",
    options: LIST,
    expected: [{ line: 2, text: "main.js의 import 하나로는 왜 해결되지 않는걸까?", status: "answered" }],
  },
  {
    name: "a Q. line that states its own answer is answered",
    note: "Q. 파드 IP는 재시작하면 바뀐다\n\nQ. latest 태그만 쓰면? -> 어떤 버전이 떠 있는지 알 수 없음\n\nQ. 도커란? 컨테이너 기반 가상화 플랫폼\n\nQ. A container shares the host kernel.\n",
    expected: [
      { line: 1, text: "파드 IP는 재시작하면 바뀐다", status: "answered", answer: "파드 IP는 재시작하면 바뀐다" },
      { line: 3, text: "latest 태그만 쓰면? -> 어떤 버전이 떠 있는지 알 수 없음", status: "answered", answer: "어떤 버전이 떠 있는지 알 수 없음" },
      { line: 5, text: "도커란? 컨테이너 기반 가상화 플랫폼", status: "answered", answer: "컨테이너 기반 가상화 플랫폼" },
      { line: 7, text: "A container shares the host kernel.", status: "answered" },
    ],
  },
  {
    name: "trap: a Q. line that names a topic, or asks with an aside, stays open",
    note: "Q. 도커 네트워크 종류\n\nQ. 이건 왜 느리지? (나중에 확인)\n\nQ. What is a sidecar.\n\nQ. 왜 안 되는지 모르겠다 (다시 보기)\n",
    expected: [
      { line: 1, text: "도커 네트워크 종류", status: "open" },
      { line: 3, text: "이건 왜 느리지? (나중에 확인)", status: "open" },
      { line: 5, text: "What is a sidecar.", status: "open" },
      { line: 7, text: "왜 안 되는지 모르겠다 (다시 보기)", status: "answered" },
    ],
  },
  {
    name: "a heading that asks is a review card its section answers, with the setting",
    note: "## 쿠버네티스란?\n컨테이너를 여러 노드에 배치하고 죽으면 다시 띄우는 오케스트레이션 도구.\n\n### 저자는 왜 EJB2 예시를 보여줬을까\nEJB2에서는 횡단 관심사가 비즈니스 로직과 묶여 있었다.\n## what is JPA ?\n자바의 ORM 표준.\n",
    options: HEADINGS,
    expected: [
      { line: 1, text: "쿠버네티스란?", status: "answered", kind: "heading" },
      { line: 4, text: "저자는 왜 EJB2 예시를 보여줬을까", status: "answered" },
      { line: 6, text: "what is JPA ?", status: "answered" },
    ],
  },
  {
    name: "a label that opens the answer block is no answer of its own: the summary starts after it",
    note: "## 생각해볼 문제\n\n1. 이미지 레이어는 왜 읽기 전용일까?\n\n> 💡 **답변**:\n>\n> 여러 컨테이너가 같은 레이어를 나눠 쓰기 때문이다.\n",
    options: LIST,
    expected: [{ line: 3, text: "이미지 레이어는 왜 읽기 전용일까?", status: "answered", answer: "여러 컨테이너가 같은 레이어를 나눠 쓰기 때문이다." }],
  },
  {
    name: "… and a label with the answer on its line is stripped like ->",
    note: "- Q. 컨테이너를 지워도 볼륨은 남나?\n  정답: 남는다. -v 를 줘야 같이 지워진다.\n",
    expected: [{ line: 1, text: "컨테이너를 지워도 볼륨은 남나?", status: "answered", answer: "남는다. -v 를 줘야 같이 지워진다." }],
  },
  {
    name: "trap: a label with nothing after it leaves the question open",
    note: "- Q. 오버레이 네트워크는 언제 쓰지?\n  Answer:\n",
    expected: [{ line: 1, text: "오버레이 네트워크는 언제 쓰지?", status: "open" }],
  },
  {
    name: "trap: words that begin like a label are the answer",
    note: "- Q. Why pin the base image?\n  Answers from the registry change when a tag moves.\n",
    expected: [{ line: 1, text: "Why pin the base image?", status: "answered", answer: "Answers from the registry change when a tag moves." }],
  },
  {
    name: "a study book's exercises: one block of answers under the list, each question its numbered part",
    note: "## 🤔 생각해볼 문제\n\n1. 이미지 레이어는 왜 읽기 전용일까?\n2. 컨테이너를 지우면 쓰기 레이어는 어떻게 될까?\n\n> 💡 **답변**:\n>\n> **1) 레이어 공유:** 여러 컨테이너가 같은 레이어를 나눠 쓴다.\n>\n> **2) 쓰기 레이어:** 컨테이너와 함께 사라진다.\n",
    expected: [
      { line: 3, text: "이미지 레이어는 왜 읽기 전용일까?", status: "answered", answer: "1) 레이어 공유: 여러 컨테이너가 같은 레이어를 나눠 쓴다." },
      { line: 4, text: "컨테이너를 지우면 쓰기 레이어는 어떻게 될까?", status: "answered", answer: "2) 쓰기 레이어: 컨테이너와 함께 사라진다." },
    ],
  },
  {
    name: "… and when the parts run on in one line, each question its words",
    note: "## 생각해볼 문제\n\n1. 왜 dockerd 와 containerd 를 나눴을까?\n2. kata-containers 는 왜 더 안전할까?\n\n> 💡 **답변**: 1) dockerd 를 재시작해도 컨테이너가 살아 있게. 2) 컨테이너마다 v1.2 커널의 경량 VM 을 쓴다.\n",
    expected: [
      { line: 3, text: "왜 dockerd 와 containerd 를 나눴을까?", status: "answered", answer: "1) dockerd 를 재시작해도 컨테이너가 살아 있게." },
      { line: 4, text: "kata-containers 는 왜 더 안전할까?", status: "answered", answer: "2) 컨테이너마다 v1.2 커널의 경량 VM 을 쓴다." },
    ],
  },
  {
    name: "… and a part whose label asks answers its numbered question, and is no question of its own",
    note: "## 생각해볼 문제\n\n1. 모든 앱을 옮겨야 하는가?\n2. 다운타임을 피할 수 있는가?\n\n> 💡 **답변**:\n>\n> **1) 모든 앱을 옮겨야?**\n>\n> 아니다. 상황에 따라 다르다.\n>\n> **2) 다운타임은?**\n>\n> 롤링 업데이트로 줄인다.\n",
    expected: [
      { line: 3, text: "모든 앱을 옮겨야 하는가?", status: "answered", answer: "아니다. 상황에 따라 다르다." },
      { line: 4, text: "다운타임을 피할 수 있는가?", status: "answered", answer: "롤링 업데이트로 줄인다." },
    ],
  },
  {
    name: "trap: the steps nested under the last question are its answer, not the others' parts",
    note: "## 질문\n1. 도커는 어떻게 설치하지?\n2. 설치 후 무엇을 확인하지?\n   1. docker version 을 본다\n   2. hello-world 를 돌린다\n",
    expected: [
      { line: 2, text: "도커는 어떻게 설치하지?", status: "open" },
      { line: 3, text: "설치 후 무엇을 확인하지?", status: "answered", answer: "docker version 을 본다\nhello-world 를 돌린다" },
    ],
  },
  {
    name: "trap: a block that names only some of the parts stays the last question's answer",
    note: "## 확인 문제\n1. 볼륨과 바인드 마운트는 뭐가 다를까?\n2. tmpfs 는 언제 쓸까?\n\n> **1)** 볼륨은 도커가 관리한다.\n",
    expected: [
      { line: 2, text: "볼륨과 바인드 마운트는 뭐가 다를까?", status: "open" },
      { line: 3, text: "tmpfs 는 언제 쓸까?", status: "answered", answer: "1) 볼륨은 도커가 관리한다." },
    ],
  },
  {
    name: "a question mark in parentheses does not end the question that states its answer",
    note: "- Q. 캐시(redis?)를 두면 빨라지나? 그렇다, 읽기가 많으면.\n",
    expected: [{ line: 1, text: "캐시(redis?)를 두면 빨라지나? 그렇다, 읽기가 많으면.", status: "answered", answer: "그렇다, 읽기가 많으면." }],
  },
  {
    name: "trap: 문제 해결 is troubleshooting, not a heading of questions",
    note: "## 문제 해결\n- 컨테이너가 왜 바로 죽지?\n",
    expected: [],
  },
  {
    name: "headings that ask are not questions by default",
    note: "## 쿠버네티스란?\n컨테이너 오케스트레이션 도구.\n",
    expected: [],
  },
  {
    name: "a heading that asks over an empty section is never an open question",
    note: "## 파드란?\n\n## 서비스란?\n<!-- 나중에 -->\n",
    options: HEADINGS,
    expected: [],
  },
  {
    name: "trap: headings that do not ask are not cards",
    note: "## 쿠버네티스\n설명\n## POJO 라는 용어는 매번 헷갈려\n설명\n",
    options: HEADINGS,
    expected: [],
  },
];
