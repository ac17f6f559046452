import type { RecognitionRow } from "./recognition-row";

/**
 * A brand plus a generic word mentions the brand and, where the glossary has one, the compound
 * concept: `Kubernetes cluster` is Kubernetes and Kubernetes cluster, `도커 이미지` Docker and
 * Container image. A product named after its maker stays one mention: Docker Hub, Docker
 * Compose, AWS Lambda, Google Cloud Storage are not also Docker, AWS or Google Cloud.
 */
export const BRAND_COMPOUND_ROWS: readonly RecognitionRow[] = [
  { line: "Kubernetes cluster 를 kind 로 로컬에 띄운다", expect: ["Kubernetes", "Kubernetes cluster"] },
  { line: "k8s 클러스터가 두 개라 컨텍스트를 자주 바꾼다", expect: ["Kubernetes", "Kubernetes cluster"] },
  { line: "쿠버네티스 시크릿은 암호화가 아니다", expect: ["Kubernetes", "Kubernetes Secret"] },
  { line: "도커 이미지를 줄이는 세 가지 방법", expect: ["Docker", "Container image"] },
  { line: "도커이미지가 너무 커서 빌드가 느리다", expect: ["Docker", "Container image"] },
  { line: "docker images are layered and read-only", expect: ["Docker", "Container image"] },
  { line: "Docker volumes outlive the containers that use them", expect: ["Docker", "Docker volume", "Container"] },
  { line: "도커 네트워크를 bridge 로 따로 만든다", expect: ["Docker", "Docker network"] },
  { line: "사내 도커 레지스트리에 push 권한이 없다", expect: ["Docker", "Container registry"] },
  { line: "Kubernetes nodes report their capacity to the API server", expect: ["Kubernetes", "Kubernetes node"] },
  { line: "쿠버네티스 서비스로 파드 세 개를 묶는다", expect: ["Kubernetes", "Kubernetes Service", "Pod"] },
  { line: "k8s 네임스페이스를 팀마다 하나씩 준다", expect: ["Kubernetes", "Kubernetes namespace"] },
  { line: "kubernetes deployments roll out one pod at a time", expect: ["Kubernetes", "Kubernetes Deployment", "Pod"] },
  { line: "쿠버네티스 볼륨과 도커 볼륨은 수명이 다르다", expect: ["Kubernetes", "Kubernetes volume", "Docker", "Docker volume"] },
  { line: "k8s control plane 은 etcd 에 상태를 쓴다", expect: ["Kubernetes", "Kubernetes control plane", "etcd"] },
  { line: "ansible playbook 하나로 끝낸다", expect: ["Ansible", "Ansible playbook"] },
  { line: "앤서블 인벤토리에 호스트를 그룹으로 적는다", expect: ["Ansible", "Ansible inventory"] },
  { line: "The Kubernetes scheduler places pods on nodes", expect: ["Kubernetes", "kube-scheduler", "Pod", "Kubernetes node"] },
  { line: "관리형 쿠버네티스 서비스라서 컨트롤 플레인은 신경 쓰지 않는다", expect: ["Kubernetes", "Managed Kubernetes", "Kubernetes control plane"], lure: "서비스" },
  { line: "GKE is a managed Kubernetes service on Google Cloud", expect: ["Google Kubernetes Engine", "Kubernetes", "Managed Kubernetes", "Google Cloud"], lure: "service" },
  // Products named after their maker stay whole
  { line: "Docker Hub 에서 공식 이미지를 받는다", expect: ["Docker Hub", "Container image"], lure: "Docker" },
  { line: "도커 컴포즈로 앱과 DB를 같이 띄운다", expect: ["Docker Compose"], lure: "도커" },
  { line: "Docker Desktop 은 회사에서 유료다", expect: ["Docker Desktop"], lure: "Docker" },
  { line: "AWS Lambda 함수는 15분 안에 끝나야 한다", expect: ["AWS Lambda"], lure: "AWS" },
  { line: "Google Cloud Storage 버킷을 하나 만들었다", expect: ["Cloud Storage"], lure: "Google Cloud" },
  { line: "Docker Swarm 은 설정이 간단하다", expect: ["Docker Swarm"], lure: "Docker" },
  { line: "도커 엔진 버전을 확인한다", expect: ["Docker Engine"], lure: "도커" },
  { line: "GitLab Runner 를 VM 에 설치했다", expect: ["GitLab Runner", "Virtual machine"], lure: "GitLab" },
  { line: "GitHub Actions 로 테스트를 돌린다", expect: ["GitHub Actions"], lure: "GitHub" },
  { line: "Linux containers came before Docker", expect: ["LXC", "Docker"], lure: "Linux" },
  { line: "Amazon Linux 2 에서는 yum 을 쓴다", expect: ["Amazon Linux"], lure: "Linux" },
  { line: "Azure Kubernetes Service 요금이 생각보다 싸다", expect: ["Azure Kubernetes Service"], lure: "Kubernetes" },
];
