/**
 * Notes written the way study vaults write list items (TIL lists, lecture notes, interview prep,
 * troubleshooting logs, book-club reflections, checklists, meeting notes), each with the list
 * items that really are the learner's questions. The list-item setting is measured on them: of
 * what it calls a question, how much is one (precision), and how much of what is one it finds
 * (recall). Modelled on public Korean and English vaults; no sentence is theirs.
 */
export interface PrecisionNote {
  name: string;
  note: string;
  /** The texts of the items that are questions, as the engine reports them (markers stripped). */
  questions: string[];
}

export const LIST_ITEM_PRECISION_NOTES: PrecisionNote[] = [
  {
    name: "TIL with definitions written as questions",
    note: [
      "# TIL 2023-05-02",
      "- 컨테이너란?",
      "\t- 호스트 커널을 공유하는 격리된 프로세스",
      "- 이미지란? 컨테이너를 만드는 읽기 전용 템플릿",
      "- 레이어",
      "\t- Dockerfile 명령 하나가 레이어 하나",
      "- 왜 레이어를 나눌까?",
      "\t- 바뀐 레이어만 다시 받으면 되니까",
    ].join("\n"),
    questions: ["컨테이너란?", "이미지란? 컨테이너를 만드는 읽기 전용 템플릿", "왜 레이어를 나눌까?"],
  },
  {
    name: "lecture notes with hedged answers nested under questions",
    note: [
      "## 6강 정리",
      "- 쿠버네티스 서비스가 파드를 어떻게 찾을까?",
      "  - 셀렉터 라벨로 찾는 것 같다",
      "  - 엔드포인트 오브젝트가 따로 있는 건가?",
      "- 파드 IP를 직접 쓰면 안 되는 이유?",
      "  - 재시작하면 바뀐다",
      "  - 근데 스테이트풀셋은 이름이 고정 아닌가?",
      "- kube-proxy는 iptables 규칙을 만든다",
    ].join("\n"),
    questions: ["쿠버네티스 서비스가 파드를 어떻게 찾을까?", "파드 IP를 직접 쓰면 안 되는 이유?"],
  },
  {
    name: "interview prep list",
    note: [
      "# 면접 준비 - 인프라",
      "1. 프로세스와 스레드는 어떻게 다른가요?",
      "2. 도커와 VM의 차이점은?",
      "3. 블루그린 배포와 카나리 배포는 언제 쓰나요?",
      "4. 로드밸런서 알고리즘 종류",
      "5. DNS 조회 과정을 설명할 수 있는가",
    ].join("\n"),
    questions: ["프로세스와 스레드는 어떻게 다른가요?", "도커와 VM의 차이점은?", "블루그린 배포와 카나리 배포는 언제 쓰나요?", "DNS 조회 과정을 설명할 수 있는가"],
  },
  {
    name: "troubleshooting log with status notes",
    note: [
      "## 장애 기록",
      "- 502 Bad Gateway → upstream 포트 오타. 해결",
      "- 이미지 pull 실패: 레지스트리 인증 만료",
      "- 노드 디스크 풀? 로그 로테이션 설정 안 되어 있었음",
      "- 재현 안 됨?",
      "- 원인: OOMKilled (limits 256Mi)",
    ].join("\n"),
    questions: ["노드 디스크 풀? 로그 로테이션 설정 안 되어 있었음", "재현 안 됨?"],
  },
  {
    name: "book-club reflection under a heading that asks",
    note: [
      "## 기차 충돌은 항상 나쁜가?",
      "- 메서드 체인이 길면 디버깅이 어렵다",
      "- 빌더 패턴도 기차 충돌일까?",
      "- 스트림 API는 예외로 봐야 하나?",
      "",
      "## 개인적인 궁금증",
      "- getter에 로직을 넣으면 그건 자료 구조일까 객체일까?",
      "  - 객체에 가깝다고 생각한다",
      "- 잡종 구조를 완전히 피할 수 있을까",
    ].join("\n"),
    questions: ["빌더 패턴도 기차 충돌일까?", "스트림 API는 예외로 봐야 하나?", "getter에 로직을 넣으면 그건 자료 구조일까 객체일까?", "잡종 구조를 완전히 피할 수 있을까"],
  },
  {
    name: "rhetorical list under a heading that asks",
    note: [
      "## 오케스트레이터가 하는 일은?",
      "- 어느 노드에 띄울까?",
      "- 죽으면 누가 다시 띄우지?",
      "- 트래픽은 어떻게 나누지?",
      "- 이걸 전부 선언형으로 맡긴다",
    ].join("\n"),
    questions: [],
  },
  {
    name: "English TIL with a checklist",
    note: [
      "# TIL: the service kept running old code",
      "## Checklist",
      "- [ ] Check the unit file's ExecStart — which binary is invoked?",
      "- [ ] Verify /proc/<pid>/cmdline — is it the new build?",
      "- [ ] Run the install step, not only restart",
      "## Still wondering",
      "- Why does systemd not reload the unit on its own?",
      "- Is `daemon-reload` needed after every edit?",
    ].join("\n"),
    questions: ["Why does systemd not reload the unit on its own?", "Is `daemon-reload` needed after every edit?"],
  },
  {
    name: "English study notes with questions and statements",
    note: [
      "## Networking",
      "- A Service gets a stable virtual IP",
      "- What happens to in-flight requests during a rolling update?",
      "- NodePort opens the same port on every node",
      "- Does an Ingress need a LoadBalancer Service in front of it?",
      "  - On cloud providers, usually yes",
      "- Why not just use hostNetwork? (security)",
      "- See [[Ingress notes]] for examples",
    ].join("\n"),
    questions: ["What happens to in-flight requests during a rolling update?", "Does an Ingress need a LoadBalancer Service in front of it?", "Why not just use hostNetwork? (security)"],
  },
  {
    name: "links and references that hold a ?",
    note: [
      "## 참고",
      "- [[왜 쿠버네티스인가?]]",
      "- [Pod란 무엇인가?](https://kubernetes.io/ko/docs/concepts/workloads/pods/)",
      "- https://example.com/search?q=cgroup",
      "- 유튜브: 도커 10분 정리",
    ].join("\n"),
    questions: [],
  },
  {
    name: "meeting notes with open points",
    note: [
      "# 회의록 - 배포 자동화",
      "- 스테이징을 따로 둘지 PR마다 띄울지",
      "- DB 마이그레이션은 파이프라인 안에서 돌려도 되나",
      "- 담당: 인프라 팀",
      "- 다음 회의 3/12",
      "- 알림 채널은 어디로?",
    ].join("\n"),
    // The first is an open point, but worded as an embedded clause, which in a list describes as often as it asks.
    questions: ["스테이징을 따로 둘지 PR마다 띄울지", "DB 마이그레이션은 파이프라인 안에서 돌려도 되나", "알림 채널은 어디로?"],
  },
  {
    name: "to-dos and plans that end like questions",
    note: [
      "## 다음 주",
      "- 헬름 차트로 옮겨볼까",
      "- 모니터링 스택도 알아보자",
      "- 이번엔 k3s로 해 볼까 고민 중",
      "- 비용이 얼마나 나올지 계산해 보기",
    ].join("\n"),
    questions: [],
  },
  {
    name: "reasons and asides that are not questions",
    note: [
      "- 도커 대신 포드맨을 쓴 이유: 데몬이 없으니까",
      "- 아까 만든 이미지를 다시 씀",
      "- 인프라 전문가",
      "- 오늘은 여기까지 (내일은 뭘 하지?)",
      "- 결과: 성공 ✅",
    ].join("\n"),
    questions: [],
  },
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
