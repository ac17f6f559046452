/**
 * Questions of the answers test vault (`test/vaults/answers/`) and the notes that answer them:
 * the table answer suggestions and the BM25 baseline are both measured on. The questions sit in
 * TIL, seminar and inbox notes as learners leave them; the answers are concept and topic notes,
 * Korean and English, among noise (a diary, a job ad, a study schedule, notes that ask the same
 * questions). A case is a hit when one of its answers is ranked.
 *
 * Kinds, to read the figures by: `lexical` (the question and the answer share their words),
 * `cross-language` (a Korean question, an English answer, or the other way), `synonym` (the same
 * thing in other words), `context` (the line says little; its heading or note says what about).
 */
export interface AnswerCase {
  kind: "lexical" | "cross-language" | "synonym" | "context";
  /** The note holding the question. */
  at: string;
  /** The question's line, as written after its marker (finds the line). */
  question: string;
  /** Notes that answer it. */
  answers: string[];
}

const TIL = "TIL/2024";

export const ANSWER_CASES: AnswerCase[] = [
  // Korean questions answered by English notes
  { kind: "cross-language", at: `${TIL}/2024-02-05.md`, question: "라우팅 테이블은 서브넷마다 따로 붙이나?", answers: ["Networking/Route tables.md"] },
  { kind: "cross-language", at: `${TIL}/2024-02-05.md`, question: "NAT 게이트웨이가 없으면 프라이빗 서브넷에서 인터넷이 안 되는 이유?", answers: ["Networking/NAT gateway.md"] },
  { kind: "cross-language", at: `${TIL}/2024-02-19.md`, question: "파드가 계속 재시작되는 이유는 뭘까?", answers: ["Kubernetes/Pod lifecycle and restarts.md"] },
  { kind: "cross-language", at: `${TIL}/2024-02-19.md`, question: "준비 프로브랑 생존 프로브는 뭐가 다르지?", answers: ["Kubernetes/Probes - liveness readiness startup.md"] },
  { kind: "cross-language", at: `${TIL}/2024-02-19.md`, question: "컨피그맵을 바꾸면 파드에 바로 반영되나", answers: ["Kubernetes/ConfigMap and Secret.md"] },
  { kind: "cross-language", at: `${TIL}/2024-04-01.md`, question: "깃허브 액션에서 캐시 키는 어떻게 잡아?", answers: ["CI-CD/GitHub Actions cache.md"] },
  { kind: "cross-language", at: `${TIL}/2024-03-11.md`, question: "cgroup v2에서 메모리 제한은 어느 파일에 써지지?", answers: ["Linux/cgroups v2.md"] },
  { kind: "cross-language", at: `${TIL}/2024-03-11.md`, question: "systemd 서비스가 죽으면 자동으로 다시 띄우려면?", answers: ["Linux/systemd units.md"] },
  { kind: "cross-language", at: `${TIL}/2024-03-11.md`, question: "OOM killer는 어떤 프로세스를 먼저 죽이나?", answers: ["Linux/OOM killer.md"] },
  { kind: "cross-language", at: "Seminars/세미나 - 관측성.md", question: "프로메테우스는 왜 pull 방식이지?", answers: ["Monitoring/Prometheus pull model.md"] },
  { kind: "cross-language", at: "Inbox/네트워크 질문.md", question: "DNS 조회는 어떤 순서로 일어나?", answers: ["Networking/DNS resolution.md"] },
  { kind: "cross-language", at: "Inbox/네트워크 질문.md", question: "TLS 인증서 체인 검증은 어떻게 되나요", answers: ["Networking/TLS handshake.md"] },
  { kind: "cross-language", at: `${TIL}/2024-04-01.md`, question: "force push를 안전하게 하려면?", answers: ["Git/force push with lease.md"] },
  { kind: "cross-language", at: "Seminars/세미나 - 관측성.md", question: "로그를 한곳에 모으려면?", answers: ["Monitoring/Log aggregation with Loki.md"] },
  // English questions answered by Korean notes
  { kind: "cross-language", at: `${TIL}/2024-03-02.md`, question: "How do image layers get cached between builds?", answers: ["Docker/이미지 레이어와 캐시.md"] },
  { kind: "cross-language", at: `${TIL}/2024-03-02.md`, question: "Why does a multi-stage build make the image smaller?", answers: ["Docker/멀티 스테이지 빌드.md"] },
  { kind: "cross-language", at: `${TIL}/2024-04-15.md`, question: "What is the difference between a volume and a bind mount?", answers: ["Docker/볼륨과 바인드 마운트.md"] },
  { kind: "cross-language", at: `${TIL}/2024-04-15.md`, question: "How does a Service find its pods?", answers: ["Kubernetes/서비스와 인그레스.md"] },
  { kind: "cross-language", at: `${TIL}/2024-04-15.md`, question: "When does the HPA add replicas?", answers: ["Kubernetes/HPA 오토스케일링.md"] },
  { kind: "cross-language", at: "Seminars/세미나 - IaC.md", question: "Where should Terraform state live for a team?", answers: ["IaC/테라폼 state 관리.md"] },
  { kind: "cross-language", at: `${TIL}/2024-04-15.md`, question: "How do Helm values override chart defaults?", answers: ["Kubernetes/Helm 차트 구조.md"] },
  { kind: "cross-language", at: `${TIL}/2024-04-15.md`, question: "Why do StatefulSet pods keep their names?", answers: ["Kubernetes/StatefulSet 정리.md"] },
  // the same thing in other words
  { kind: "synonym", at: `${TIL}/2024-03-02.md`, question: "컨테이너 기동 순서를 DB 준비 이후로 미루려면?", answers: ["Docker/Compose healthcheck.md"] },
  { kind: "synonym", at: "Seminars/세미나 - 배포 전략.md", question: "배포 중에 서비스가 끊기지 않게 하려면?", answers: ["CI-CD/Blue-green vs canary.md"] },
  { kind: "synonym", at: `${TIL}/2024-04-01.md`, question: "Jenkins 파이프라인을 코드로 관리하는 방법", answers: ["CI-CD/Jenkins pipeline.md"] },
  { kind: "synonym", at: "Seminars/세미나 - 배포 전략.md", question: "DB 스키마 변경은 파이프라인 어디서 돌려?", answers: ["Databases/DB migration in pipelines.md"] },
  { kind: "synonym", at: "Seminars/세미나 - 배포 전략.md", question: "커넥션이 자꾸 부족하다고 나오는데?", answers: ["Databases/connection pool.md"] },
  { kind: "synonym", at: `${TIL}/2024-03-11.md`, question: "파일 권한 755는 무슨 뜻?", answers: ["Linux/file permissions.md"] },
  { kind: "synonym", at: `${TIL}/2024-04-01.md`, question: "rebase 후에 push가 거절되는 이유", answers: ["Git/rebase vs merge.md", "Git/force push with lease.md"] },
  { kind: "synonym", at: "Seminars/세미나 - IaC.md", question: "앤서블 플레이북을 두 번 돌려도 괜찮나?", answers: ["IaC/Ansible idempotency.md"] },
  { kind: "synonym", at: `${TIL}/2024-02-19.md`, question: "서비스는 파드를 어떻게 찾아가는 걸까", answers: ["Kubernetes/서비스와 인그레스.md"] },
  { kind: "synonym", at: `${TIL}/2024-02-19.md`, question: "HPA는 언제 레플리카를 늘리는지", answers: ["Kubernetes/HPA 오토스케일링.md"] },
  // the line says little; its heading or note says what about
  { kind: "context", at: "Seminars/세미나 - IaC.md", question: "언제 무엇을 사용?", answers: ["IaC/Terraform vs Ansible.md"] },
  { kind: "context", at: `${TIL}/2024-03-02.md`, question: "차이가 뭐지?", answers: ["Docker/볼륨과 바인드 마운트.md"] },
  { kind: "context", at: "Seminars/세미나 - 관측성.md", question: "설정 방법은?", answers: ["Monitoring/Grafana alerting.md"] },
  { kind: "context", at: `${TIL}/2024-02-05.md`, question: "이건 왜 필요해?", answers: ["Networking/NAT gateway.md"] },
  { kind: "context", at: `${TIL}/2024-03-11.md`, question: "어떻게 확인하지?", answers: ["Linux/namespaces 정리.md"] },
  { kind: "context", at: `${TIL}/2024-03-11.md`, question: "장단점?", answers: ["Docker/Rootless containers.md"] },
  { kind: "context", at: "Inbox/네트워크 질문.md", question: "What are the steps?", answers: ["Networking/TLS handshake.md"] },
  { kind: "context", at: "Inbox/Ingress 공부.md", question: "동작 원리?", answers: ["Kubernetes/서비스와 인그레스.md", "Concepts/Ingress.md"] },
  { kind: "context", at: "Seminars/세미나 - 배포 전략.md", question: "롤백은 어떻게 해?", answers: ["CI-CD/GitOps with Argo CD.md"] },
  // the question and its answer share their words
  { kind: "lexical", at: "Inbox/네트워크 질문.md", question: "kube-proxy는 iptables 모드와 IPVS 모드가 있다는데 차이는?", answers: ["Kubernetes/kube-proxy modes.md"] },
  { kind: "lexical", at: "Seminars/세미나 - 관측성.md", question: "Loki랑 Elasticsearch는 인덱싱 방식이 어떻게 다르지?", answers: ["Monitoring/Log aggregation with Loki.md"] },
  { kind: "lexical", at: `${TIL}/2024-03-02.md`, question: "Docker bridge network에서 컨테이너 이름으로 통신되는 이유?", answers: ["Docker/Docker networking.md"] },
  { kind: "lexical", at: "Seminars/세미나 - 배포 전략.md", question: "Argo CD sync 정책은 auto와 manual이 있는데?", answers: ["CI-CD/GitOps with Argo CD.md"] },
  { kind: "lexical", at: `${TIL}/2024-04-01.md`, question: "GitHub Actions matrix build에서 캐시가 공유되나?", answers: ["CI-CD/GitHub Actions cache.md"] },
];
