import type { RecognitionRow } from "./recognition-row";

/**
 * Words with two senses, read in the sense their note speaks of (its other mentions in the
 * line and section, its heading, its folder and title), and in ours when nothing says otherwise:
 * 컨테이너 in CSS layout or a DI/servlet container is no container; `namespace` in a Kubernetes
 * note is a Kubernetes namespace, in a Linux note a Linux namespace, in C++ neither; Apache
 * Parquet is not the Apache HTTP Server; the ingress direction of a firewall rule is no Ingress.
 */
/** `count` list items that speak of nothing of ours, as a long list of plugins or tasks does. */
function pluginList(count: number): string[] {
  return Array.from({ length: count }, (_, n) => `- Plugin ${n + 1}: tidies the notes of the vault`);
}

export const SENSE_ROWS: readonly RecognitionRow[] = [
  // 컨테이너 / container
  { line: "컨테이너를 관리하는 툴이다", expect: ["Container"] },
  { line: "컨테이너는 호스트 커널을 같이 쓴다", expect: ["Container"], path: "TIL/2024-03-02.md" },
  { line: "Containers share the host kernel", expect: ["Container"], path: "Container.md" },
  { line: "부모 컨테이너에 display: flex 를 준다", expect: [], lure: "컨테이너", path: "Frontend/CSS 정리.md" },
  { line: "flex container 안의 아이템은 가로로 놓인다", expect: [], lure: "container" },
  { line: "컨테이너의 너비를 100%로 두고 margin 은 auto", expect: [], lure: "컨테이너", heading: "CSS 레이아웃" },
  { line: "The container div centers everything inside it", expect: [], lure: "container" },
  { line: "스프링 컨테이너가 빈의 생명주기를 관리한다", expect: [], lure: "컨테이너", path: "Java/spring-ioc.md" },
  { line: "컨테이너가 빈을 만들고 의존성 주입을 해 준다", expect: [], lure: "컨테이너", heading: "Spring IoC" },
  { line: "The servlet container hands each request to a thread", expect: [], lure: "container" },
  { line: "IoC 컨테이너와 DI의 관계", expect: [], lure: "컨테이너" },
  { line: "STL 컨테이너 중에 vector 가 제일 많이 쓰인다", expect: [], lure: "컨테이너" },
  { line: "shipping containers changed world trade", expect: [], lure: "containers" },
  { line: "컨테이너 화물 운임이 올랐다", expect: [], lure: "컨테이너" },
  { line: "Spring Boot 앱을 컨테이너로 띄운다", expect: ["Container"], lure: "Spring" },
  { line: "톰캣을 컨테이너 안에서 돌린다", expect: ["Apache Tomcat", "Container"] },
  { line: "컨테이너 로그는 docker logs 로 본다", expect: ["Container", "Docker"], path: "Frontend/배포 메모.md" },

  // namespace / 네임스페이스
  { line: "네임스페이스를 지우면 안의 리소스도 다 지워진다", expect: ["Kubernetes namespace"], path: "DevOps/Container/k8s 네임스페이스 강제 삭제 방법.md" },
  { line: "Namespaces divide cluster resources between teams", expect: ["Kubernetes namespace", "Kubernetes cluster"], path: "Objects In Kubernetes/Namespaces.md" },
  { line: "kubectl 은 기본으로 default 네임스페이스를 본다", expect: ["kubectl", "Kubernetes namespace"] },
  { line: "네임스페이스에 묶이지 않는 리소스도 있다", expect: ["Kubernetes namespace"], path: "devOps/CKAD+CKA/mocktest-03.md" },
  { line: "네임스페이스와 씨그룹으로 격리한다", expect: ["Linux namespaces", "cgroups"] },
  { line: "A namespace wraps a global system resource for a process", expect: ["Linux namespaces"], path: "Linux kernel namespaces.md" },
  { line: "PID namespace 안에서는 자기가 1번 프로세스다", expect: ["Linux namespaces"] },
  { line: "네트워크 네임스페이스마다 라우팅 테이블이 따로 있다", expect: ["Linux namespaces", "Route table"] },
  { line: "Docker 는 namespace 로 프로세스를 격리한다", expect: ["Docker", "Linux namespaces"] },
  { line: "unshare 로 새 네임스페이스를 만든다", expect: ["Linux namespaces"], heading: "리눅스 격리" },
  { line: "using namespace std; 는 헤더에 쓰지 않는다", expect: [], lure: "namespace" },
  { line: "C++ namespace 는 이름 충돌을 막는다", expect: [], lure: "namespace" },
  { line: "PHP namespace 와 autoload", expect: [], lure: "namespace" },
  { line: "XML namespaces are declared with xmlns", expect: [], lure: "namespaces" },

  // Apache
  { line: "아파치로 정적 파일을 서빙한다", expect: ["Apache HTTP Server"] },
  { line: "apache2 설정에서 VirtualHost 를 추가한다", expect: ["Apache HTTP Server"] },
  { line: "Apache vs nginx: which to put in front?", expect: ["Apache HTTP Server", "nginx"] },
  { line: "Apache Parquet 은 컬럼 기반 포맷이다", expect: [], lure: "Apache" },
  { line: "Apache Kafka 로 이벤트를 모은다", expect: ["Apache Kafka"], lure: "Apache" },
  { line: "아파치 카프카 클러스터를 구성했다", expect: ["Apache Kafka"], lure: "아파치" },
  { line: "Apache Iceberg tables on S3", expect: ["Amazon S3"], lure: "Apache" },
  { line: "This library is released under the Apache 2.0 license", expect: [], lure: "Apache" },
  { line: "Apache Airflow DAG 는 파이썬 파일이다", expect: ["Python"], lure: "Apache" },

  // ingress
  { line: "인그레스로 도메인별 라우팅을 한다", expect: ["Ingress"] },
  { line: "Ingress 리소스에 TLS 인증서를 붙인다", expect: ["Ingress", "TLS"] },
  { line: "방화벽 규칙의 방향을 ingress 로 둔다", expect: ["Firewall"], lure: "ingress" },
  { line: "ingress rules allow port 443 from anywhere", expect: [], lure: "ingress" },
  { line: "Ingress and egress traffic are billed differently", expect: [], lure: "Ingress" },
  { line: "인바운드 ingress 트래픽만 허용한다", expect: [], lure: "ingress" },

  // A tie on the line is broken by the section, then by the folder and title
  { line: "Kubernetes 로 옮기기 전에 Docker 볼륨을 tar 로 떠 둔다", expect: ["Kubernetes", "Docker", "Docker volume"], heading: "docker run 으로 백업" },
  { line: "Docker 에서 쓰던 볼륨을 Kubernetes 로 옮긴다", expect: ["Docker", "Kubernetes volume", "Kubernetes"], heading: "PVC 로 옮기기" },
  { line: "Docker 에서 쓰던 볼륨을 Kubernetes 로 옮긴다", expect: ["Docker", "Docker volume", "Kubernetes"], path: "Docker/볼륨 백업.md" },

  // A bare link that shows a word read by context is read as the word is, and is the mention
  { line: "⬅️ [[ReplicaSets]] | [[Deployment]] ➡️", expect: ["ReplicaSet", "Kubernetes Deployment"], heading: "쿠버네티스 오브젝트" },
  { line: "파드를 밖에 열려면 [[Service]] 를 만든다", expect: ["Pod", "Kubernetes Service"] },
  { line: "Mount the config as [[Volumes]] of the Pod", expect: ["Kubernetes volume", "Pod"] },
  { line: "DB 비밀번호는 [[K8s/Secrets#Types]] 에 둔다", expect: ["Kubernetes Secret"], heading: "쿠버네티스 설정" },
  { line: "A [[Jobs|Job]] runs Pods to completion", expect: ["Kubernetes Job", "Pod"] },
  { line: "- [[Jobs]] and [[Cron Job]]s for batch work", expect: ["Kubernetes Job", "Kubernetes Job"], heading: "Kubernetes workloads" },
  { line: "The cron job's schedule field takes the same five fields", expect: ["Kubernetes Job"], heading: "CronJob in Kubernetes" },
  { line: "매일 새벽 백업은 cron job 으로 돌린다", expect: ["cron"], heading: "우분투 서버 관리" },
  { line: "블로그 [[이미지]] 모음은 따로 둔다", expect: [], lure: "이미지", heading: "사진 정리" },
  { line: "Steve [[Jobs]] gave the keynote", expect: [], lure: "Jobs", heading: "Talks I watched" },
  { line: "[[docker-images]] 폴더에 스크린샷을 모았다", expect: [], lure: "images" },

  // A long section decides a word only when it speaks of the domain often enough (once a hundred lines)
  {
    line: "- Node Auto Resize: resizes the node when its content changes",
    expect: [], lure: "node",
    before: ["- Cluster Notes: a Kubernetes cheat sheet for the vault", ...pluginList(150)],
  },
  {
    line: "- Azure App Service 계획을 고른다",
    expect: ["Azure"], lure: "Service",
    before: ["- Azure 에서 쿠버네티스도 돌릴 수 있다", ...pluginList(120)],
  },
  {
    line: "- 노드를 drain 하고 업그레이드한다",
    expect: ["Kubernetes node"],
    before: pluginList(150).map((item, n) => (n % 40 === 0 ? "- kubectl get pods 로 상태를 본다" : item)),
  },

  // Other words with a sense of their own
  { line: "깃발을 들고 행진했다", expect: [], lure: "깃" },
  { line: "Go 로 짠 CLI 를 컨테이너로 배포", expect: ["Container", "Software deployment"], lure: "Go" },
];
