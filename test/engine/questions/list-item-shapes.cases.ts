import type { PrecisionNote } from "./list-item-precision.cases";

/**
 * More notes for the list-item precision table, of the harder shapes: answers after a blank line,
 * Korean endings without marks, nested sub-questions, quotes and code in items, asides and
 * emoticons after a question, retro prompts, scratch notes. Modelled on public vaults; no
 * sentence is theirs.
 */
export const LIST_ITEM_SHAPE_NOTES: PrecisionNote[] = [
  {
    name: "troubleshooting questions with answers after a blank line",
    note: [
      "## 삽질",
      "1. 컨테이너 안에서 localhost가 안 되는 이유는?",
      "",
      "컨테이너 안의 localhost는 그 컨테이너 자신이다. 서비스 이름으로 접근해야 한다.",
      "",
      "2. 볼륨까지 지우려면?",
      "",
      "```bash",
      "docker compose down -v",
      "```",
      "3. 포트가 이미 쓰이고 있을 때",
    ].join("\n"),
    questions: ["컨테이너 안에서 localhost가 안 되는 이유는?", "볼륨까지 지우려면?"],
  },
  {
    name: "CS notes with Korean endings and no marks",
    note: [
      "## 인덱스",
      "- 인덱스는 어떨 때 효과가 있는가",
      "  - 카디널리티가 높을 때",
      "- 복합 인덱스는 컬럼 순서가 중요한지",
      "- 커버링 인덱스",
      "- B-Tree를 쓰는 이유",
      "- 해시 인덱스는 범위 검색이 안 되나",
    ].join("\n"),
    questions: ["인덱스는 어떨 때 효과가 있는가", "복합 인덱스는 컬럼 순서가 중요한지", "해시 인덱스는 범위 검색이 안 되나"],
  },
  {
    name: "questions under a heading that asks, with answers",
    note: [
      "## CORS 에러는 누구 몫일까?",
      "- 브라우저가 막는다",
      "- 그러면 서버는 뭘 해야 하지?",
      "  - 허용할 출처를 응답 헤더에 넣는다",
      "- 프리플라이트는 언제 가지?",
    ].join("\n"),
    questions: ["그러면 서버는 뭘 해야 하지?", "프리플라이트는 언제 가지?"],
  },
  {
    name: "nested study list with sub-questions",
    note: [
      "- 테라폼 state",
      "  - 원격 백엔드에 두는 이유?",
      "    - 여럿이 동시에 apply하지 않도록 잠금",
      "  - state에 비밀번호가 평문으로 들어가나?",
      "    - 들어간다. 깃에 올리면 안 됨",
      "  - workspace",
      "- 앤서블은 에이전트가 필요 없다",
    ].join("\n"),
    questions: ["원격 백엔드에 두는 이유?", "state에 비밀번호가 평문으로 들어가나?"],
  },
  {
    name: "English interview list with answers nested",
    note: [
      "## Interview",
      "1. **How often does the scheduler re-evaluate placements?**",
      "   - It does not; placement happens once per pod",
      "2. **Should larva be shown as units or icons?**",
      "   - Recommendation: icons",
      "3. **Deadline:** end of sprint",
    ].join("\n"),
    questions: ["How often does the scheduler re-evaluate placements?", "Should larva be shown as units or icons?"],
  },
  {
    name: "quoted lines and code in list items",
    note: [
      "- 선배 왈: \"그거 캐시 문제 아냐?\"라고 하심",
      "- `curl -v http://localhost?debug=1`",
      "- `kubectl get pods`는 뭘 보여주지?",
      "- 에러 메시지: `exec format error`",
    ].join("\n"),
    questions: ["`kubectl get pods`는 뭘 보여주지?"],
  },
  {
    name: "a doubt written as a statement with a mark",
    note: [
      "## 메모",
      "- 계좌는 3년 뒤에 해지해야 해서 복리 효과는 어렵다?",
      "- 세금은 매도 시점에 낸다",
      "- 공시 주기는 분기마다인가",
    ].join("\n"),
    questions: ["계좌는 3년 뒤에 해지해야 해서 복리 효과는 어렵다?", "공시 주기는 분기마다인가"],
  },
  {
    name: "emoticons and trailing asides after questions",
    note: [
      "- 이거 왜 되는 거지??? ㅠㅠ",
      "- 서비스랑 핸들러 역할을 어떻게 나누지... 모르겠다 ㅠㅠ (다음엔 OOP 책으로 할까요?)",
      "- 이게 맞는지 모르겠음",
      "- 결국 트레이드오프 아닐까...?",
    ].join("\n"),
    questions: ["이거 왜 되는 거지??? ㅠㅠ", "결국 트레이드오프 아닐까...?"],
  },
  {
    name: "sprint retro with prompts, checks and doubts",
    note: [
      "## 회고",
      "- 무엇을 배웠나",
      "  - 헬름 템플릿 문법",
      "- 느낀 점은?",
      "  - 재밌었다",
      "- 버전 업 후 동작 확인?",
      "- 비용: 월 $30?",
      "- 정말 이게 최선일까",
      "- 다들 어떻게 하시나요",
      "- 뭐가 문제였냐면 캐시였다",
      "- Q&A 세션 있었음",
      "- 롤백은? → 이전 태그로 재배포",
      "- 언제까지?",
    ].join("\n"),
    questions: ["느낀 점은?", "정말 이게 최선일까", "다들 어떻게 하시나요", "롤백은? → 이전 태그로 재배포", "언제까지?"],
  },
  {
    name: "English scratch notes",
    note: [
      "- What's next?",
      "- Why Kubernetes? Because we outgrew one VM",
      "- TODO: figure out why the readiness probe fails",
      "- Is this the right approach? Not sure.",
      "- ~~Why was the build slow?~~ fixed with a cache mount",
      "- Reason: the image was rebuilt from scratch",
      "- How many replicas?",
      "- Because the kernel is shared",
    ].join("\n"),
    questions: ["What's next?", "Why Kubernetes? Because we outgrew one VM", "Is this the right approach? Not sure.", "~~Why was the build slow?~~ fixed with a cache mount", "How many replicas?"],
  },
  {
    name: "CS summary lists with embedded clauses and a (?) aside",
    note: [
      "## 함수형 프로그래밍",
      "- 명령형은 \"어떻게\" 푸는지 vs 선언형은 \"무엇을\" 푸는지.",
      "- 순수 함수를 조합해서 결과를 돌려준다",
      "## 차원 축소를 하는 이유",
      "1. 시각화로 데이터 패턴 인지",
      "2. 노이즈 제거",
      "## 설치",
      "1. 가장 흔한(?) 해결법은 [기능 켜기 -> 재부팅] 순서로 다시 켜는 것이다.",
      "2. 그래도 안 되면 커널 업데이트 패키지를 설치한다",
    ].join("\n"),
    questions: [],
  },
];
