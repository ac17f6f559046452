import type { QuestionCase } from "./questions.cases";

/**
 * Questions without a marker: Korean question endings and `?` under a question heading (궁금증,
 * 질문, 의문점, Questions) and, with the setting, in list items; never in running prose, never
 * inside another question's answer, and a rhetorical list counted once.
 */
const LIST = { listItemQuestions: true };

export const WORDED_QUESTION_CASES: QuestionCase[] = [
  {
    name: "under 궁금한 점, Korean endings without ? are questions",
    note: "## 궁금한 점\n- DB를 서버 한 대에서만 관리하는 게 좋을까\n- 결제 응답은 두 기기에 어떻게 보낼 것인가.\n- 롤링 업데이트 중에도 세션이 유지되나요\n- 헬스체크 주기는 몇 초가 적당한지\n- 이미지 레이어 캐시가 어디에 저장되는지 궁금합니다 <br>\n",
    expected: [
      { line: 2, text: "DB를 서버 한 대에서만 관리하는 게 좋을까", status: "open", kind: "section" },
      { line: 3, text: "결제 응답은 두 기기에 어떻게 보낼 것인가.", status: "open" },
      { line: 4, text: "롤링 업데이트 중에도 세션이 유지되나요", status: "open" },
      { line: 5, text: "헬스체크 주기는 몇 초가 적당한지", status: "open" },
      { line: 6, text: "이미지 레이어 캐시가 어디에 저장되는지 궁금합니다 <br>", status: "open" },
    ],
  },
  {
    name: "under 질문, a line asks by its last noun (차이, 이유, 장단점), and an OX quiz asks by its label; 답: opens the answer",
    note: "## 질문 정리\n1. emptyDir 볼륨과 hostPath 볼륨의 차이\n   * 파드가 지워지면 emptyDir만 사라진다\n2. OX: ConfigMap 값은 etcd에 암호화되어 저장된다\n   * 답: X, 기본은 평문\n3. 사이드카 컨테이너를 쓰는 이유\n4. 차이\n",
    expected: [
      { line: 2, text: "emptyDir 볼륨과 hostPath 볼륨의 차이", status: "answered", answer: "파드가 지워지면 emptyDir만 사라진다" },
      { line: 4, text: "OX: ConfigMap 값은 etcd에 암호화되어 저장된다", status: "answered", answer: "X, 기본은 평문" },
      { line: 6, text: "사이드카 컨테이너를 쓰는 이유", status: "open" },
    ],
  },
  {
    name: "under 질문, a line led by an arrow answers the question above it, even when it asks back (unsure)",
    note: "## 질문\n실습 결과가 예제와 왜 다르게 나오는걸까요?\n-> 환경 변수 값이 왜 다른지 모르겠다?\n\n파드가 재시작되면 로그는 어디로 가나요?\n=> kubectl logs --previous 로 본다\n",
    expected: [
      { line: 2, text: "실습 결과가 예제와 왜 다르게 나오는걸까요?", status: "unsure" },
      { line: 5, text: "파드가 재시작되면 로그는 어디로 가나요?", status: "answered", answer: "kubectl logs --previous 로 본다" },
    ],
  },
  {
    name: "under a Questions heading, a debugging step led by Check or Verify is no question, though it ends in ?",
    note: "## Interview Questions\n1. **Verify the Service**: `kubectl get svc`. Does it exist?\n2. Check if the probe is failing — is the pod Ready?\n3. Why would a Service have no endpoints?\n",
    expected: [{ line: 4, text: "Why would a Service have no endpoints?", status: "open" }],
  },
  {
    name: "outside a question heading, a line that ends in 차이 is a note, and a word that starts with OX is no quiz",
    note: "## 정리\n- 두 볼륨의 차이\n- Oxford 강의 메모: 컨테이너 격리\n- OX: 파드는 IP를 하나 갖는다\n",
    options: LIST,
    expected: [{ line: 4, text: "OX: 파드는 IP를 하나 갖는다", status: "open", kind: "list" }],
  },
  {
    name: "under a question heading, topics, to-dos and statements are not questions",
    note: "## 궁금증\n- **TDD**\n    - Test Driven Development\n1. immutable.js, 리덕스 미들웨어에 대해 알아보자.\n더 찾아봐야 할 것 같음.\n",
    expected: [],
  },
  {
    name: "a paragraph line that asks under 질문 is a question; its answer is the paragraph after it",
    note: "## 질문\n인그레스와 로드밸런서 서비스는 뭐가 다를까\n\n인그레스는 L7에서 호스트와 경로로 나누고, LoadBalancer 서비스는 L4에서 포트 하나를 연다.\n\n## 다음\n",
    expected: [{ line: 2, text: "인그레스와 로드밸런서 서비스는 뭐가 다를까", status: "answered" }],
  },
  {
    name: "under an English Questions heading, a line that starts as a question counts without ?",
    note: "## Open questions\n- Why does the scheduler skip tainted nodes\n- How to install k9s\n- None so far.\n",
    expected: [{ line: 2, text: "Why does the scheduler skip tainted nodes", status: "open" }],
  },
  {
    name: "under a question heading, a line that starts with code starts with it, not with the verb after it",
    note: "#### Example 2: a trick question\n- `var` is hoisted up, meaning it is declared once for the whole function.\n- `let i` is block-scoped, so each loop turn has its own.\n- Is `i` shared between the turns\n",
    expected: [{ line: 4, text: "Is `i` shared between the turns", status: "open" }],
  },
  {
    name: "a question heading's subsections are its section too: ## Q&A over ### Docker, up to the next ## heading",
    note: "## Q&A\n\n### Docker\n\n- 이미지를 지우면 컨테이너도 지워지나요?\n  - 아니요, 실행 중인 컨테이너가 쓰는 이미지는 지울 수 없습니다.\n\n### Kubernetes\n\n- 파드 IP는 고정되나요?\n  - 재시작하면 바뀝니다.\n\n## 정리\n\n- 오늘은 여기까지 했나?\n",
    expected: [
      { line: 5, text: "이미지를 지우면 컨테이너도 지워지나요?", status: "answered", answer: "아니요, 실행 중인 컨테이너가 쓰는 이미지는 지울 수 없습니다." },
      { line: 10, text: "파드 IP는 고정되나요?", status: "answered", answer: "재시작하면 바뀝니다." },
    ],
  },
  {
    name: "a table of questions: each row asks in its first cell and is answered by the others, never by what follows",
    note: "## 회의에서 물어볼 질문\n\n| 무엇을 묻나? | 좋은 답 | 나쁜 신호 |\n| --- | --- | --- |\n| 파드는 왜 죽었나? | OOMKilled, limit이 작았다 | \"잘 모르겠습니다\" |\n| 롤백은 어떻게 하나? | | |\n| 담당자는 누구인가 | 인프라팀 | |\n\n답하지 못하면 배포는 아직 이르다.\n",
    expected: [
      { line: 5, text: "파드는 왜 죽었나?", status: "answered", answer: "OOMKilled, limit이 작았다 · \"잘 모르겠습니다\"" },
      { line: 6, text: "롤백은 어떻게 하나?", status: "open" },
    ],
  },
  {
    name: "a table that asks outside a question section holds no question",
    note: "## 배포 체크\n\n| 항목 | 확인 |\n| --- | --- |\n| 이미지 태그가 맞나? | 예 |\n",
    expected: [],
  },
  {
    name: "under ❓의문점, observations that do not ask are not questions",
    note: "### ❓의문점\n- 락 대기 시간은 50초인데 1초 만에 데드락이 났다\n- 예외 종류도 달랐음\n",
    expected: [],
  },
  {
    name: "trap: Korean endings in running prose are not questions",
    note: "오늘은 도커 네트워크를 봤다. 브리지 네트워크는 왜 필요할까. 결국 격리 때문인가 싶다.\n컨테이너끼리 이름으로 찾는 건 어떻게 되나요\n",
    expected: [],
  },
  {
    name: "trap: Korean endings in list items are not questions without the setting",
    note: "- 재투자에 대한 공시가 있는가\n- ISA에서 활용할 필요가 있을까\n",
    expected: [],
  },
  {
    name: "with the setting, list items with Korean endings are questions",
    note: "### 이런 건 좀\n- 세율 혜택이 있는 계좌에서 쓸 필요가 있을까\n- 재투자 공시가 있는가\n- 1년에 한 번 리밸런싱하면 되나\n",
    options: LIST,
    expected: [
      { line: 2, text: "세율 혜택이 있는 계좌에서 쓸 필요가 있을까", status: "open", kind: "list" },
      { line: 3, text: "재투자 공시가 있는가", status: "open" },
      { line: 4, text: "1년에 한 번 리밸런싱하면 되나", status: "open" },
    ],
  },
  {
    name: "trap: -니까 (because), 아까, 전문가, a 볼까 plan and 알아보자 are not question endings",
    note: "- 커널을 공유하니까\n- 아까 본 로그\n- 쿠버네티스 전문가\n- handler -> 이름을 converter 로 바꿔볼까\n- 리덕스 미들웨어도 알아보자\n",
    options: LIST,
    expected: [],
  },
  {
    name: "trap: in a list an embedded clause (-는지, -ㄹ지) describes as often as it asks: not a question there",
    note: "- 명령형은 어떻게 푸는지 vs 선언형은 무엇을 푸는지\n- 스테이징을 따로 둘지 PR마다 띄울지\n",
    options: LIST,
    expected: [],
  },
  {
    name: "-ㅂ니까 and -ㄹ까요 ask",
    note: "- 이 설정이 운영에도 맞습니까\n- 캐시를 지워야 할까요\n",
    options: LIST,
    expected: [
      { line: 1, text: "이 설정이 운영에도 맞습니까", status: "open" },
      { line: 2, text: "캐시를 지워야 할까요", status: "open" },
    ],
  },
  {
    name: "a hedged answer nested under a list question is not a question of its own",
    note: "- 자료 구조와 객체를 나누는 게 더 효율적일까?\n\t- 클래스가 두 배로 늘어서 혼란이 생길 수도 있지 않을까?\n\t- 결국 트레이드오프라는 게 내 생각\n",
    options: LIST,
    expected: [{ line: 1, text: "자료 구조와 객체를 나누는 게 더 효율적일까?", status: "answered" }],
  },
  {
    name: "a nested answer that only asks back leaves the question unsure",
    note: "- non-unique 인덱스로 조회하면 데드락이 날까?\n\t- 발생... 안함?\n",
    options: LIST,
    expected: [{ line: 1, text: "non-unique 인덱스로 조회하면 데드락이 날까?", status: "unsure" }],
  },
  {
    name: "list items under a Q. line are its answer, not questions",
    note: "Q. 파드가 Pending에서 안 넘어가는 이유?\n- 리소스 요청이 노드 여유보다 클까?\n- 노드 셀렉터가 맞지 않을까?\n",
    options: LIST,
    expected: [{ line: 1, text: "파드가 Pending에서 안 넘어가는 이유?", status: "unsure" }],
  },
  {
    name: "lines in a question callout's answer are not questions",
    note: "## 궁금증\n> [!question] 서비스 메시는 언제 필요할까?\n> 서비스가 수십 개를 넘으면 필요할까?\n> mTLS와 재시도를 코드 밖에서 하고 싶을 때.\n",
    expected: [{ line: 2, text: "서비스 메시는 언제 필요할까?", status: "answered" }],
  },
  {
    name: "three sibling ? items under a ? heading are one rhetorical question, not three",
    note: "## 쿠버네티스는 무엇을 해 주나?\n- 파드 스케줄링?\n- 상태 모니터링?\n- 죽으면 다시 띄우기?\n",
    options: LIST,
    expected: [],
  },
  {
    name: "the rhetorical list answers its heading when heading questions are on",
    note: "## 쿠버네티스는 무엇을 해 주나?\n- 파드 스케줄링?\n- 상태 모니터링?\n- 죽으면 다시 띄우기?\n",
    options: { listItemQuestions: true, headingQuestions: true },
    expected: [{ line: 1, text: "쿠버네티스는 무엇을 해 주나?", status: "answered", kind: "heading" }],
  },
  {
    name: "trap: two ? items under a ? heading are not rhetorical",
    note: "## 왜 쿠버네티스인가?\n- 스케줄링은 누가 하지?\n- 노드가 죽으면?\n",
    options: LIST,
    expected: [
      { line: 2, text: "스케줄링은 누가 하지?", status: "open" },
      { line: 3, text: "노드가 죽으면?", status: "open" },
    ],
  },
  {
    name: "trap: three ? items under a heading that does not ask are three questions",
    note: "## 스터디 3주차 정리\n- etcd 백업은 어떻게 하지?\n- 컨트롤 플레인은 몇 대가 좋지?\n- 인증서는 언제 만료되지?\n",
    options: LIST,
    expected: [
      { line: 2, text: "etcd 백업은 어떻게 하지?", status: "open" },
      { line: 3, text: "컨트롤 플레인은 몇 대가 좋지?", status: "open" },
      { line: 4, text: "인증서는 언제 만료되지?", status: "open" },
    ],
  },
  {
    name: "trap: checklist steps, links and a lone ? are not questions",
    note: "- [ ] Check `ExecStart` in the unit file — what path is actually invoked?\n- [[왜 도커인가?]]\n- ?\n- https://example.com/search?q=pod\n",
    options: LIST,
    expected: [],
  },
  {
    name: "a definition item asks and answers itself",
    note: "- 코드란? 요구사항을 표현하는 언어\n- Dockerfile이란? 이미지를 만드는 절차를 적은 파일\n",
    options: LIST,
    expected: [
      { line: 1, text: "코드란? 요구사항을 표현하는 언어", status: "answered", answer: "요구사항을 표현하는 언어" },
      { line: 2, text: "Dockerfile이란? 이미지를 만드는 절차를 적은 파일", status: "answered" },
    ],
  },
];
