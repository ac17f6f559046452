import type { RecognitionRow } from "./recognition-row";

/**
 * Wholes over parts: continuous integration and continuous delivery named together on a line,
 * joined by "and", a slash, a comma or brackets, are CI/CD; a product whose name holds other
 * names (Ingress-NGINX, an nginx ingress controller, GitLab CI) is one product; a concept with a
 * longer name is the longer name (Docker Compose, not Docker; Blue-green deployment, not a bare
 * deployment). Names in a sequence (`CI -> CD`) stay apart.
 */
export const WHOLE_ROWS: readonly RecognitionRow[] = [
  { line: "CI와 CD의 차이를 정리해 보자", expect: ["CI/CD"] },
  { line: "CI/CD 파이프라인을 처음부터 구성했다", expect: ["CI/CD"] },
  { line: "CI & CD 를 GitHub Actions 하나로 한다", expect: ["CI/CD", "GitHub Actions"] },
  { line: "Continuous Integration / Continuous Delivery is the goal", expect: ["CI/CD"] },
  { line: "continuous integration and continuous deployment in one workflow", expect: ["CI/CD"] },
  { line: "지속적 통합과 지속적 배포를 자동화한다", expect: ["CI/CD"] },
  { line: "지속적 통합(CI)과 지속적 배포(CD)를 나눠서 설명한다", expect: ["CI/CD"] },
  { line: "CI, CD, 모니터링까지 한 번에", expect: ["CI/CD"] },
  { line: "CICD 툴로 젠킨스를 골랐다", expect: ["CI/CD", "Jenkins"] },
  { line: "Git -> CI -> CD -> 운영", expect: ["Git", "Continuous integration", "Continuous delivery"], lure: "CI" },
  { line: "CI 단계는 빠른데 CD 단계가 느리다", expect: ["Continuous integration", "Continuous delivery"], lure: "CI" },
  { line: "CI만 먼저 붙이고 CD는 나중에", expect: ["Continuous integration", "Continuous delivery"], lure: "CI" },
  { line: "Continuous integration catches broken builds early", expect: ["Continuous integration"] },
  { line: "지속적 전달은 사람이 승인 버튼을 누른다", expect: ["Continuous delivery"] },
  // A product is one product
  { line: "Ingress-Nginx 컨트롤러를 helm 으로 설치한다", expect: ["Ingress-NGINX Controller", "Helm"], lure: "Nginx" },
  { line: "ingress-nginx controller 의 설정을 ConfigMap 으로 바꾼다", expect: ["Ingress-NGINX Controller", "ConfigMap"], lure: "nginx" },
  { line: "The NGINX Ingress Controller terminates TLS", expect: ["Ingress-NGINX Controller", "TLS"], lure: "Ingress" },
  { line: "GitLab CI 로 이미지를 빌드해서 푸시한다", expect: ["GitLab CI", "Container image"], lure: "CI" },
  { line: "docker-compose 파일에 서비스를 정의한다", expect: ["Docker Compose"], lure: "docker" },
  { line: "Blue-green deployment 로 무중단 배포", expect: ["Blue-green deployment", "Software deployment"], lure: "deployment" },
  { line: "카나리 배포로 트래픽의 5%만 보낸다", expect: ["Canary deployment"], lure: "배포" },
  { line: "롤링 업데이트 중에 파드가 하나씩 바뀐다", expect: ["Rolling update", "Pod"] },
  { line: "NAT 게이트웨이 요금이 꽤 나온다", expect: ["NAT gateway"] },
  { line: "Cloud NAT 으로 private 인스턴스가 밖에 나간다", expect: ["NAT gateway"] },
  { line: "Auto Scaling group 의 최소 개수를 2로", expect: ["Auto Scaling group"], lure: "Auto Scaling" },
  { line: "Horizontal Pod Autoscaler 가 CPU 70%에서 늘린다", expect: ["Horizontal Pod Autoscaler"], lure: "Pod" },
  { line: "persistent volume claim 이 Pending 이다", expect: ["PersistentVolumeClaim"], lure: "persistent volume" },
  { line: "Amazon ECR 에서 이미지를 가져온다", expect: ["Amazon ECR", "Container image"] },
  { line: "Security group 은 stateful 하다", expect: ["Security group"] },
  { line: "Service mesh 는 사이드카로 동작한다", expect: ["Service mesh", "Sidecar container"], lure: "Service" },
  { line: "서비스 디스커버리는 DNS로 한다", expect: ["Service discovery", "DNS"], lure: "서비스" },
];
