import { LIST_ITEM_SHAPE_NOTES } from "./list-item-shapes.cases";

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
  ...LIST_ITEM_SHAPE_NOTES,
];
