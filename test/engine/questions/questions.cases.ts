import type { QuestionKind } from "../../../src/engine/parse/note-types";

/**
 * Questions as learners write them: each row is a note, and the questions the engine must find in
 * it, with their status and (where it matters) the start of their answer.
 */
export interface QuestionCase {
  name: string;
  note: string;
  expected: Array<{ line: number; text: string; status: "open" | "unsure" | "answered"; answer?: string; kind?: QuestionKind }>;
  options?: { listItemQuestions?: boolean; headingQuestions?: boolean; markers?: string[] };
}

export const QUESTION_CASES: QuestionCase[] = [
  {
    name: "highlighted question with an -> answer (Korean)",
    note: "==Q. 이게 도커인건가?== \n-> 컨테이너를 관리하는 툴이다.\n",
    expected: [{ line: 1, text: "이게 도커인건가?", status: "answered", answer: "컨테이너를 관리하는 툴이다." }],
  },
  {
    name: "⇒ under a Q. line, as Korean notes write an answer arrow too",
    note: "Q. 이미지 태그로 latest를 쓰면 안 되는 이유는?\n⇒ 어떤 버전이 돌고 있는지 알 수 없다\n\nQ. 롤백은 어떻게 하지? ⇒ 이전 태그로 다시 배포\n",
    expected: [
      { line: 1, text: "이미지 태그로 latest를 쓰면 안 되는 이유는?", status: "answered", answer: "어떤 버전이 돌고 있는지 알 수 없다" },
      { line: 4, text: "롤백은 어떻게 하지? ⇒ 이전 태그로 다시 배포", status: "answered", answer: "이전 태그로 다시 배포" },
    ],
  },
  {
    name: "Q. with an A. answer (English)",
    note: "Q. What is the difference between an image and a container?\nA. An image is the template; a container is a running instance of it.\n",
    expected: [{ line: 1, text: "What is the difference between an image and a container?", status: "answered", answer: "An image is the template; a container is a running instance of it." }],
  },
  {
    name: "Q: with an A: answer",
    note: "Q: 파드란?\nA: 쿠버네티스의 최소 배포 단위\n",
    expected: [{ line: 1, text: "파드란?", status: "answered", answer: "쿠버네티스의 최소 배포 단위" }],
  },
  {
    name: "a paragraph under the question, after a blank line",
    note: "Q: Why does Kubernetes need etcd?\n\nIt stores the cluster state: every object the API server accepts.\n",
    expected: [{ line: 1, text: "Why does Kubernetes need etcd?", status: "answered", answer: "It stores the cluster state: every object the API server accepts." }],
  },
  {
    name: "a list under the question",
    note: "Q. 도커의 장점은?\n- 환경 표준화\n- 리소스 격리\n",
    expected: [{ line: 1, text: "도커의 장점은?", status: "answered", answer: "환경 표준화\n리소스 격리" }],
  },
  {
    name: "a code block under the question",
    note: "Q. 컨테이너 목록은 어떻게 보지?\n```bash\ndocker ps -a\n```\n",
    expected: [{ line: 1, text: "컨테이너 목록은 어떻게 보지?", status: "answered", answer: "docker ps -a" }],
  },
  {
    name: "block-quoted bold question and answer",
    note: "> **Q: 스테이징은 어디에 두나?**\n> **A: 같은 클러스터의 다른 네임스페이스.**\n\n다음 안건\n",
    expected: [{ line: 1, text: "스테이징은 어디에 두나?", status: "answered", answer: "같은 클러스터의 다른 네임스페이스." }],
  },
  {
    name: "==Q.== whose only answer is an image",
    note: "==Q.== 도커 아키텍처는 어떻게 생겼지?\n\n![[diagram.png]]\n\n## 다음\n",
    expected: [{ line: 1, text: "도커 아키텍처는 어떻게 생겼지?", status: "answered", answer: "![[diagram.png]]" }],
  },
  {
    name: "a marker whose emphasis closes inside it: ==Q==. and **Q**: with **A**:",
    note: "==Q==.How does a rolling update keep the service up\n\n==A.== It replaces the pods a few at a time.\n\n**Q**: 도커 볼륨은 어디에 저장되나?\n**A**: /var/lib/docker/volumes 아래\n\n**Q**uick notes, not a question\n",
    expected: [
      { line: 1, text: "How does a rolling update keep the service up", status: "answered", answer: "It replaces the pods a few at a time." },
      { line: 5, text: "도커 볼륨은 어디에 저장되나?", status: "answered", answer: "/var/lib/docker/volumes 아래" },
    ],
  },
  {
    name: "a screenshot or a first try, then an A. line: the A. line is what the answer says",
    note: "==Q.== 폼을 리셋하면 클래스는 어떻게 되나?\n\n![[reset.png]]\n\n==A.== 처음 값으로 돌아간다.\n\nQ. 볼륨은 어디에 있나?\n아마 /var 아래?\n**A**: /var/lib/docker/volumes\n\nQ. 레이어는 왜 쌓나?\n-> 캐시를 다시 쓰려고\n",
    expected: [
      { line: 1, text: "폼을 리셋하면 클래스는 어떻게 되나?", status: "answered", answer: "처음 값으로 돌아간다." },
      { line: 7, text: "볼륨은 어디에 있나?", status: "answered", answer: "/var/lib/docker/volumes" },
      { line: 11, text: "레이어는 왜 쌓나?", status: "answered", answer: "캐시를 다시 쓰려고" },
    ],
  },
  {
    name: "a template's blank markers are no questions, the one filled in is",
    note: "## Retrieval Questions\n\n- **Q:**\n  > A:\n- **Q:**\n  > A:\n- **Q:** 파티션은 왜 나누나?\n  > A:\n",
    expected: [{ line: 7, text: "파티션은 왜 나누나?", status: "open" }],
  },
  {
    name: "a bare Q. marker asks nothing",
    note: "Q.\n\nQ: ==  ==\n",
    expected: [],
  },
  {
    name: "a question followed directly by another is open",
    note: "Q. 포드맨은 데몬이 없나?\nQ. rootless 모드는 어떻게 동작하지?\n-> user namespace를 쓴다.\n",
    expected: [
      { line: 1, text: "포드맨은 데몬이 없나?", status: "open" },
      { line: 2, text: "rootless 모드는 어떻게 동작하지?", status: "answered" },
    ],
  },
  {
    name: "open questions separated by blank lines, then a heading",
    note: "Q. 첫 번째?\n\nQ. 두 번째?\n\n## 다음 회의\n내용\n",
    expected: [
      { line: 1, text: "첫 번째?", status: "open", answer: "" },
      { line: 3, text: "두 번째?", status: "open", answer: "" },
    ],
  },
  {
    name: "a question before a rule is open",
    note: "Q. 이건 뭐지?\n\n---\n본문\n",
    expected: [{ line: 1, text: "이건 뭐지?", status: "open" }],
  },
  {
    name: "list-item question with a nested child answer",
    note: "- Q. ReplicaSet은 뭘 하지?\n  - 파드 개수를 유지한다\n- 다음 항목\n",
    expected: [{ line: 1, text: "ReplicaSet은 뭘 하지?", status: "answered", answer: "파드 개수를 유지한다" }],
  },
  {
    name: "list-item question whose sibling is not its answer",
    note: "- Q. Deployment랑 ReplicaSet은 왜 나눴지?\n- 롤링 업데이트는 Deployment가 한다\n",
    expected: [{ line: 1, text: "Deployment랑 ReplicaSet은 왜 나눴지?", status: "open" }],
  },
  {
    name: "numbered question with an -> line under it",
    note: "1. Q. CORS 문제의 이유?\n-> 보안때문입니다.\n2. Q. 다음 질문?\n",
    expected: [
      { line: 1, text: "CORS 문제의 이유?", status: "answered", answer: "보안때문입니다." },
      { line: 3, text: "다음 질문?", status: "open" },
    ],
  },
  {
    name: "task-list question with a continuation line",
    note: "- [ ] Q. cgroup v2는 뭐가 달라?\n  단일 계층 구조로 바뀌었다.\n",
    expected: [{ line: 1, text: "cgroup v2는 뭐가 달라?", status: "answered", answer: "단일 계층 구조로 바뀌었다." }],
  },
  {
    name: "unsure: 모르겠다",
    note: "Q. 레이어 캐시는 언제 깨지지?\n-> 잘 모르겠다...\n",
    expected: [{ line: 1, text: "레이어 캐시는 언제 깨지지?", status: "unsure" }],
  },
  {
    name: "unsure: 이해를 못했다",
    note: "Q. 바인드 처리가 뭐지?\n-> 이건 아예 무슨 말씀이신지 이해를 못해서 정리도 못했다!!\n",
    expected: [{ line: 1, text: "바인드 처리가 뭐지?", status: "unsure" }],
  },
  {
    name: "unsure: 기억이 안 난다",
    note: "Q. IPS 얘기는 왜 하셨지?\n-> 왜 이 말씀을 해주셨는지 기억이 안나요..\n",
    expected: [{ line: 1, text: "IPS 얘기는 왜 하셨지?", status: "unsure" }],
  },
  {
    name: "unsure: not sure (English)",
    note: "Q. Why is alpine slow for Python?\nA. not sure yet, something about musl\n",
    expected: [{ line: 1, text: "Why is alpine slow for Python?", status: "unsure" }],
  },
  {
    name: "unsure: the answer is only another question",
    note: "Q. 컨테이너는 분별한다?\n-> 뭘 분별하는거지?\n",
    expected: [{ line: 1, text: "컨테이너는 분별한다?", status: "unsure", answer: "뭘 분별하는거지?" }],
  },
  {
    name: "Q inside code or in a word is not a question",
    note: "`Q. not a question`\nQuick note about Docker.\n```\nQ. also not\n```\nQ.E.D is Latin\n<b title=\"Q. no\">text</b>\n",
    expected: [],
  },
  {
    name: "Q. in a %% comment is not a question",
    note: "%% Q. hidden? %%\nbody\n",
    expected: [],
  },
  {
    name: "question as a heading takes its section as answer",
    note: "## Q. 쿠버네티스란?\n컨테이너 오케스트레이션 도구.\n## 다음\n",
    expected: [{ line: 1, text: "쿠버네티스란?", status: "answered", answer: "컨테이너 오케스트레이션 도구." }],
  },
  {
    name: "lines of the frontmatter never hold questions",
    note: "---\ntitle: \"Q. no\"\n---\nQ. yes?\n",
    expected: [{ line: 4, text: "yes?", status: "open" }],
  },
  {
    name: "list items ending in ? count when the setting asks for it",
    note: "5. CORS 문제의 이유가 무엇일 것 같아요?\n-> 보안때문입니다.\n6. 정규식\n",
    options: { listItemQuestions: true },
    expected: [{ line: 1, text: "CORS 문제의 이유가 무엇일 것 같아요?", status: "answered" }],
  },
  {
    name: "list items ending in ? do not count by default",
    note: "5. CORS 문제의 이유가 무엇일 것 같아요?\n-> 보안때문입니다.\n",
    expected: [],
  },
  {
    name: "markers from settings (질문:)",
    note: "질문: 헬름 차트는 어디에 저장하지?\n답: 차트 저장소에.\n",
    options: { markers: ["질문:"] },
    expected: [{ line: 1, text: "헬름 차트는 어디에 저장하지?", status: "answered" }],
  },
  {
    name: "a Q&A written in quoted headings: the quoted A heading is the answer",
    note: "> ### Q: 클래스와 인스턴스\n\n> ### A: 메모리에 올라갔는가의 차이.\n\n- 클래스: 공통 속성과 행위의 정의\n\n> ### Q: 고가용성이란 ?\n\n> ### A:\n",
    expected: [
      { line: 1, text: "클래스와 인스턴스", status: "answered", answer: "메모리에 올라갔는가의 차이." },
      { line: 7, text: "고가용성이란 ?", status: "open" },
    ],
  },
  {
    name: "CRLF line endings keep the same lines",
    note: "intro\r\nQ. 도커란?\r\n-> 컨테이너 플랫폼\r\n",
    expected: [{ line: 2, text: "도커란?", status: "answered", answer: "컨테이너 플랫폼" }],
  },
];
