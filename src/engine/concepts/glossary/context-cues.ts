import type { CueDef } from "./concept-types";

/**
 * Words that tell what a stretch of text speaks of without being concepts of ours: the other
 * senses of our ambiguous words (CSS layout, Java containers, pictures, programming namespaces,
 * data tooling, traffic directions, shipping), and a few DevOps words the glossary has no
 * concept for. Cues that claim their words are wholes no concept inside them may take.
 *
 * A cue must be a word a DevOps learner does not also use for our sense: `java` or `spring` are
 * no cue against a container (Spring Boot apps are containerised every day), `servlet` is.
 */
export const CUES: readonly CueDef[] = [
  // CSS and page layout: 부모 컨테이너, flex container.
  { domain: "css", en: ["css", "flexbox", "display: flex", "display: grid", "div", "margin", "padding", "scss", "tailwind"], ko: ["레이아웃", "스타일시트", "부모 요소", "자식 요소"] },
  {
    domain: "css", claims: true,
    en: ["flex container", "flex containers", "grid container", "container div", "container query", "container queries", "container element", "wrapper container"],
    ko: ["부모 컨테이너", "자식 컨테이너", "flex 컨테이너", "플렉스 컨테이너", "그리드 컨테이너", "컨테이너 박스", "컨테이너 요소", "div 컨테이너", "컨테이너 div", "컨테이너 쿼리"],
  },
  // Java: DI, servlet and EJB containers.
  { domain: "java", en: ["servlet", "servlets", "jsp", "ejb", "bean", "beans", "applicationcontext", "beanfactory", "dependency injection"], exact: ["IoC", "DI"], ko: ["서블릿", "의존성 주입", "스프링 빈"] },
  {
    domain: "java", claims: true,
    en: ["ioc container", "di container", "spring container", "servlet container", "ejb container", "jsp container"],
    ko: ["IoC 컨테이너", "DI 컨테이너", "스프링 컨테이너", "서블릿 컨테이너", "EJB 컨테이너"],
  },
  // Programming languages: namespaces and containers of code, not of Linux or Kubernetes.
  { domain: "programming", en: ["c++", "c#", "php", "stl", "std::"], ko: ["자료구조"] },
  {
    domain: "programming", claims: true,
    en: ["using namespace", "namespace std", "xml namespace", "xml namespaces", "php namespace", "c++ namespace", "stl container", "stl containers", "container class", "container classes"],
    ko: ["컨테이너 클래스", "STL 컨테이너"],
  },
  // A thing that holds others, said of any structure: a scene, a class, a collection of vectors.
  {
    domain: "programming", claims: true,
    en: ["logical container", "acts as a container", "serves as a container", "generic container"],
    ko: ["컨테이너 역할", "논리적 컨테이너", "논리적인 컨테이너"],
  },
  // Pictures: an image that is a picture.
  { domain: "picture", en: ["screenshot", "screenshots", "png", "jpg", "jpeg", "gif", "svg", "webp", "photo", "photos", "drag", "pixel", "pixels", "thumbnail", "thumbnails", "icon", "icons", "logo", "logos", "badge", "badges", "banner", "banners", "gallery", "caption", "captions", "embed", "embeds", "video", "videos", "pdf", "pdfs", "audio"], ko: ["스크린샷", "캡처", "캡쳐", "사진", "첨부", "드래그", "붙여넣기", "썸네일", "아이콘", "로고", "픽셀", "해상도", "배지", "뱃지"] },
  {
    domain: "picture", claims: true,
    // …and an image a note points at: the one above, below, attached.
    en: ["image file", "image files", "background image", "profile image", "image editor", "alt text", "image below", "image above", "the image shows", "(image source:", "image credit:", "image credits:", "image courtesy"],
    ko: ["이미지 파일", "배경 이미지", "프로필 이미지", "이미지 편집", "이미지 첨부", "아래 이미지", "위 이미지", "위의 이미지", "아래의 이미지", "이미지 참고", "이미지 출처"],
  },
  // Data tooling: Apache's other projects.
  // Kafka is a concept of ours, whose mentions speak of data too (data-and-languages.ts).
  { domain: "data", en: ["parquet", "spark", "airflow", "hive", "flink", "pandas", "data lake", "etl"], ko: ["파케이", "스파크", "에어플로우", "데이터 레이크"] },
  // The machines of a Hadoop cluster, a distributed training job or a Ray or Slurm cluster (and
  // Elasticsearch's, a concept of ours: monitoring.ts): nodes, master nodes and clusters that are
  // no Kubernetes node or cluster. (Not Spark, Airflow or vLLM: platforms run those on
  // Kubernetes as often as not.)
  {
    domain: "compute-cluster",
    en: ["hadoop", "hdfs", "mapreduce", "namenode", "datanode", "pytorch", "torch.distributed", "nccl", "deepspeed", "horovod", "ray serve", "ray cluster", "ray clusters", "slurm"],
    ko: ["하둡", "파이토치"],
  },
  // Shards are spread over the nodes of a search or database cluster (a replica shard is no
  // Kubernetes replica).
  { domain: "compute-cluster", en: ["shard", "shards"], ko: ["샤드"] },
  { domain: "compute-cluster", claims: true, en: ["primary shard", "primary shards", "replica shard", "replica shards"], ko: ["프라이머리 샤드", "레플리카 샤드"] },
  {
    domain: "data", claims: true,
    en: [
      "apache parquet", "apache spark", "apache airflow", "apache hadoop", "apache flink", "apache hive", "apache beam",
      "apache arrow", "apache iceberg", "apache cassandra", "apache zookeeper", "apache superset", "apache nifi", "apache maven",
      "apache license", "apache software foundation", "apache foundation", "apache 2.0",
      // Kafka's registry of message schemas: no registry of images.
      "schema registry", "schema registries",
    ],
    ko: ["아파치 스파크", "아파치 하둡", "아파치 에어플로우", "아파치 파케이", "아파치 재단", "아파치 라이선스", "아파치 라이센스"],
  },
  // Traffic directions: the ingress rules of a firewall are not a Kubernetes Ingress.
  { domain: "traffic", en: ["egress", "inbound", "outbound"], ko: ["이그레스", "인바운드", "아웃바운드", "트래픽 방향"] },
  {
    domain: "traffic", claims: true,
    en: ["ingress traffic", "ingress rule", "ingress rules", "ingress and egress", "ingress/egress", "direction=ingress"],
    ko: ["ingress 규칙", "인그레스 규칙", "인그레스/이그레스"],
  },
  // Amounts of traffic: a high-volume pipe holds no Kubernetes volume.
  { domain: "traffic", claims: true, en: ["high volume", "low volume", "high volumes", "low volumes"] },
  // A NUMA node is a processor's share of memory, not a machine of a cluster.
  { domain: "linux", claims: true, en: ["numa node", "numa nodes"] },
  // Shipping: the steel box.
  { domain: "shipping", en: ["cargo", "vessel", "freight"], ko: ["화물", "항만", "부두", "해운", "물류"] },
  {
    domain: "shipping", claims: true,
    en: ["shipping container", "shipping containers", "container ship", "container ships", "container terminal"],
    ko: ["컨테이너 하우스", "컨테이너 화물", "컨테이너 운송", "컨테이너 터미널"],
  },
  // Directory services: an LDAP namespace, an Active Directory container or a Windows service
  // of a domain is none of ours (LDAP and Active Directory themselves are concepts: identity.ts).
  {
    domain: "directory",
    en: [
      "adsi", "adspath", "distinguished name", "distinguished names", "domain controller", "domain controllers",
      "kerberos", "organizational unit", "organizational units", "group policy", "group policies", "ntds",
      "samaccountname",
    ],
    exact: ["SPN", "SPNs", "GPO", "GPOs"],
    ko: ["도메인 컨트롤러", "그룹 정책", "조직 구성 단위"],
  },
  // An identity a directory gives an application (Azure's app registrations): no Service of ours.
  { domain: "directory", claims: true, en: ["service principal", "service principals"], ko: ["서비스 주체"] },
  // DevOps words with no concept of their own, evidence of their domain.
  { domain: "container", en: ["entrypoint", "bind mount", "bind mounts"], ko: ["바인드 마운트"] },
  // (Not English `workload`: cloud and architecture writing says it of anything that runs; nor
  // English `replicas`: a database's, Kafka's and Redis's replicas sit on nodes of their own
  // clusters, and Korean notes say 레플리카 of pods, 복제본 of data; nor English `manifest`: an
  // Obsidian plugin's manifest.json, a web app's, a build's. A Kubernetes manifest in a code
  // block speaks for itself: its `apiVersion:` line is evidence, see command-evidence.ts.)
  { domain: "kubernetes", en: ["kube-system"], ko: ["매니페스트", "레플리카", "워크로드"] },
  { domain: "cloud", en: ["bucket", "buckets"], ko: ["버킷"] },
  // Functions-as-a-Service, Backend as a Service: a kind of offering, no Service of ours (in
  // the capitals it is written with: `expose the pods as a service` is one).
  { domain: "cloud", claims: true, exact: ["as a Service", "as-a-Service"] },
  // (Not `rollback` or `release`: a database rolls back, a book is released.)
  { domain: "ci-cd", en: ["pipeline", "pipelines", "workflow", "workflows", "staging"], ko: ["파이프라인", "워크플로", "워크플로우", "스테이징", "운영 서버", "운영 환경"] },
  // Kubernetes certifications: their study notes speak of Kubernetes throughout.
  { domain: "kubernetes", exact: ["CKA", "CKAD", "CKS"] },
  // An image of a machine or a disk is no container image (a VM's image: see contextual-words.ts).
  {
    domain: "virtualization", claims: true,
    en: ["machine image", "machine images", "disk image", "disk images", "iso image", "ami image"],
    ko: ["머신 이미지", "디스크 이미지", "ISO 이미지", "OS 이미지"],
  },
];
