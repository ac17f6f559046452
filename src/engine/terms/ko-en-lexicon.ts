/**
 * Words that name the same thing in Korean and English study notes, or in two English words:
 * 라우팅 and routing, 캐시 and cache, 롤백 and rollback, 재시작 and restart, env and environment.
 * The concept glossary holds the DevOps concepts (Docker, Pod, Ingress); these are the everyday
 * technical words around them, too generic to be concepts (a route table is not a concept, but a
 * question about 라우팅 테이블 is answered by a note on route tables).
 *
 * Each row is the English word every variant is compared as, then its variants: Korean words as
 * learners write them (stems, without particles), English synonyms and spellings.
 */
const ROWS: ReadonlyArray<readonly string[]> = [
  // networking
  ["route", "라우팅", "라우트", "경로 설정", "routing"], ["table", "테이블"], ["subnet", "서브넷"], ["gateway", "게이트웨이"],
  ["firewall", "방화벽"], ["port", "포트"], ["packet", "패킷"], ["traffic", "트래픽"], ["proxy", "프록시"], ["domain", "도메인"],
  ["address", "주소"], ["request", "요청", "리퀘스트"], ["response", "응답", "리스폰스"], ["latency", "지연", "레이턴시", "지연 시간"],
  ["timeout", "타임아웃", "시간 초과"], ["bandwidth", "대역폭"], ["interface", "인터페이스"], ["bridge", "브리지", "브릿지"],
  ["network", "네트워크", "networking"], ["internet", "인터넷"], ["private", "사설", "프라이빗"], ["public", "공인", "퍼블릭"],
  ["peering", "피어링"], ["overlay", "오버레이"], ["mesh", "메시"], ["sidecar", "사이드카"],
  // compute and runtime
  ["restart", "재시작", "재기동", "다시 시작"], ["process", "프로세스"], ["thread", "스레드", "쓰레드"], ["memory", "메모리", "ram"],
  ["disk", "디스크"], ["cpu", "씨피유"], ["kernel", "커널"], ["host", "호스트"], ["guest", "게스트"], ["node", "노드"],
  ["cluster", "클러스터"], ["resource", "리소스", "자원"], ["limit", "제한", "리밋"], ["quota", "쿼터", "할당량"],
  ["schedule", "스케줄링", "스케줄", "배치", "scheduling"], ["scheduler", "스케줄러"], ["replica", "레플리카", "복제본"],
  ["scale", "확장", "스케일", "스케일링", "scaling"], ["autoscale", "오토스케일링", "자동 확장", "autoscaling", "autoscaler"],
  ["overhead", "오버헤드"], ["boot", "부팅"], ["isolation", "격리", "isolate", "isolated"], ["virtualization", "가상화", "virtualize"],
  ["daemon", "데몬"], ["root", "루트"], ["permission", "권한", "퍼미션"], ["user", "사용자", "유저"], ["group", "그룹"],
  ["signal", "시그널", "신호"], ["crash", "크래시", "죽었", "죽는", "죽으면", "죽어서", "죽을", "뻗"], ["kill", "킬"], ["swap", "스왑"],
  ["namespace", "네임스페이스"], ["runtime", "런타임"], ["sandbox", "샌드박스"], ["probe", "프로브"],
  ["health", "헬스", "헬스체크", "상태 확인", "healthcheck", "health check"], ["ready", "준비", "readiness"], ["liveness", "생존"],
  // storage and data
  ["volume", "볼륨"], ["mount", "마운트"], ["storage", "스토리지", "저장소 공간"], ["persistent", "영구", "persistence", "persist"],
  ["file", "파일"], ["directory", "디렉터리", "디렉토리", "폴더", "folder", "dir"], ["path", "경로"], ["backup", "백업"],
  ["restore", "복원", "복구", "recover", "recovery"], ["snapshot", "스냅샷"], ["database", "데이터베이스", "디비", "db"],
  ["migration", "마이그레이션"], ["schema", "스키마"], ["query", "쿼리"], ["index", "인덱스"], ["transaction", "트랜잭션"],
  ["lock", "락", "잠금", "locking"], ["cache", "캐시", "캐싱", "caching"], ["layer", "레이어"], ["state", "상태", "스테이트"],
  ["stateful", "스테이트풀", "상태 저장"], ["stateless", "스테이트리스", "무상태"], ["data", "데이터"], ["log", "로그", "logging", "logs"],
  ["queue", "큐", "대기열"], ["message", "메시지"], ["event", "이벤트"], ["sync", "동기화", "synchronize"], ["async", "비동기"],
  ["replication", "복제"], ["size", "크기", "용량", "사이즈"], ["compress", "압축", "compression"],
  // delivery
  ["deploy", "배포", "디플로이", "deployment", "release", "릴리스", "rollout", "롤아웃"], ["rollback", "롤백", "되돌리기", "roll back", "revert"],
  ["build", "빌드"], ["test", "테스트"], ["pipeline", "파이프라인"], ["workflow", "워크플로", "워크플로우"], ["job", "잡", "작업"],
  ["stage", "스테이지", "단계"], ["step", "스텝"], ["runner", "러너"], ["artifact", "아티팩트", "산출물"], ["trigger", "트리거"],
  ["branch", "브랜치"], ["commit", "커밋"], ["merge", "머지", "병합"], ["rebase", "리베이스"], ["conflict", "충돌", "컨플릭트"],
  ["tag", "태그"], ["version", "버전", "versioning"], ["repository", "저장소", "레포", "리포지토리", "repo"], ["push", "푸시"],
  ["pull", "풀", "당겨"], ["registry", "레지스트리"], ["image", "이미지"], ["canary", "카나리"], ["downtime", "다운타임", "무중단", "중단", "outage"],
  ["manifest", "매니페스트"], ["chart", "차트"], ["template", "템플릿"], ["value", "값", "values"], ["package", "패키지"],
  ["dependency", "의존성", "디펜던시", "dependencies"], ["install", "설치", "installation"], ["update", "업데이트", "갱신"],
  ["upgrade", "업그레이드"], ["environment", "환경", "env"], ["variable", "변수", "var"], ["secret", "시크릿", "비밀", "비밀값"],
  ["config", "설정", "구성", "configuration", "settings", "컨피그"], ["option", "옵션", "flag", "플래그"], ["command", "명령어", "커맨드", "명령"],
  ["script", "스크립트"], ["automation", "자동화", "automate", "automated"], ["manual", "수동"], ["provision", "프로비저닝", "provisioning"],
  ["idempotent", "멱등성", "멱등", "idempotency"], ["declarative", "선언형", "선언적"], ["imperative", "명령형"], ["drift", "드리프트"],
  ["plan", "계획"], ["apply", "적용"], ["module", "모듈"], ["provider", "프로바이더", "공급자"], ["plugin", "플러그인", "plug-in"],
  ["agent", "에이전트"], ["controller", "컨트롤러"], ["operator", "오퍼레이터"], ["worker", "워커"], ["master", "마스터"],
  // security and identity
  ["security", "보안"], ["authentication", "인증", "auth", "authn"], ["authorization", "인가", "authz"], ["certificate", "인증서", "cert"],
  ["encryption", "암호화", "encrypt"], ["password", "비밀번호", "패스워드"], ["token", "토큰"], ["key", "키"], ["role", "역할", "롤"],
  ["policy", "정책", "폴리시"], ["account", "계정"], ["credential", "자격 증명", "credentials", "크리덴셜"], ["session", "세션"], ["cookie", "쿠키"],
  // monitoring
  ["monitoring", "모니터링", "monitor"], ["metric", "메트릭", "지표", "metrics"], ["alert", "알림", "경보", "얼럿", "alerting"],
  ["dashboard", "대시보드"], ["trace", "트레이스", "추적", "tracing"], ["collect", "수집", "scrape", "스크랩"], ["collector", "수집기"],
  ["exporter", "익스포터"], ["error", "에러", "오류", "err"], ["failure", "장애", "실패", "fail", "failed"], ["incident", "인시던트"],
  ["performance", "성능", "속도", "perf", "퍼포먼스"], ["load", "부하"], ["balance", "분산", "balancing"],
  // study words that carry the subject
  ["difference", "차이", "차이점", "다른 점", "vs", "versus", "compare", "비교"], ["advantage", "장점", "benefit", "benefits", "pros"],
  ["disadvantage", "단점", "cons", "drawback"], ["reason", "이유", "원인", "cause"], ["problem", "문제", "이슈", "issue"],
  ["solution", "해결", "해결책", "fix", "solve"], ["history", "역사", "기록"], ["architecture", "아키텍처", "구조", "structure"],
  ["component", "구성 요소", "컴포넌트", "구성요소"], ["lifecycle", "생명주기", "라이프사이클", "life cycle"], ["order", "순서"],
  ["start", "시작", "기동", "startup"], ["stop", "중지", "정지", "멈춤"], ["delete", "삭제", "지우", "remove", "제거"], ["create", "생성", "만들"],
  ["run", "실행", "돌리", "running"], ["connect", "연결", "접속", "connection"], ["share", "공유", "sharing"], ["wait", "대기", "기다리", "기다려"],
  ["expire", "만료", "expiration", "expiry"], ["rotate", "로테이션", "교체", "rotation"], ["owner", "소유자", "ownership", "소유권"],
];

/** Every variant, in the form it is looked up in (lower case; Korean as its stem), to its row's English word. */
export function lexiconOf(stem: (word: string) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [english, ...variants] of ROWS) {
    for (const variant of variants) {
      const key = /[가-힣]/.test(variant) ? variant.split(" ").map(stem).join("") : variant.toLowerCase();
      if (!map.has(key)) map.set(key, english as string);
    }
  }
  return map;
}

/** Every row as written, its English word first: the term search reads a word in the other language with them. */
export function lexiconRows(): ReadonlyArray<readonly string[]> {
  return ROWS;
}
