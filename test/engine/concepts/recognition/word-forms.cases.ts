import type { RecognitionRow } from "./recognition-row";

/**
 * How a name may be written and still be the name: emphasis around it, a hyphen for a space, a
 * Korean compound with or without its spaces, a derivation, a version right after it, a
 * lower-case acronym that is no English word. And what is not a name though it holds one: a
 * file name, a path, a dotted setting or domain, a snake_case identifier.
 */
export const WORD_FORM_ROWS: readonly RecognitionRow[] = [
  // Emphasis markup is no part of a word
  { line: "배포는 _Helm_ 으로 한다", expect: ["Software deployment", "Helm"] },
  { line: "*Docker*를 먼저 설치한다", expect: ["Docker"] },
  { line: "**쿠버네티스**는 오케스트레이터다", expect: ["Kubernetes", "Container orchestration"] },
  { line: "__k8s__ 클러스터를 새로 만들었다", expect: ["Kubernetes", "Kubernetes cluster"] },
  { line: "we moved the builds to _GitHub Actions_ last week", expect: ["GitHub Actions"] },
  { line: "~~Jenkins~~ 대신 GitLab CI 사용", expect: ["Jenkins", "GitLab CI"] },
  { line: "==Ansible== 로 서버 설정을 맞춘다", expect: ["Ansible"] },
  { line: "set `ENABLE_DOCKER_CACHE` before the build_docker_image step", expect: [], lure: "docker" },
  { line: "변수 이름은 my_k8s_context 로 둔다", expect: [], lure: "k8s" },
  { line: "the helper is called run_terraform_plan", expect: [], lure: "terraform" },
  { line: "_internal_ansible_vars 파일은 건드리지 않는다", expect: [], lure: "ansible" },

  // A file name or a path is not a mention
  { line: "nginx-s3.yaml 파일을 열어서 버킷 이름을 바꾼다", expect: [], lure: "yaml" },
  { line: "설정은 /etc/nginx/nginx.conf 에 있다", expect: [], lure: "nginx" },
  { line: "MZ-CLOUD/docker/Linux 폴더에 정리해 둠", expect: [], lure: "docker" },
  { line: "k8s/deployment.yaml 을 apply 한다", expect: [], lure: "k8s" },
  { line: "sysctl로 vm.max_map_count 값을 올려야 Elasticsearch가 뜬다", expect: ["Elasticsearch"], lure: "vm" },
  { line: "이미지는 registry.k8s.io 에서 받아 온다", expect: ["Container image"], lure: "k8s" },
  { line: "ansible.cfg 에 inventory 경로를 적는다", expect: ["Ansible inventory"], lure: "ansible" },
  { line: "terraform.tfstate 는 git에 올리지 않는다", expect: ["Git"], lure: "terraform" },
  { line: "docker-compose.yml 로 DB까지 같이 띄운다", expect: ["Docker Compose"] },
  { line: "Dockerfile 과 .dockerignore 를 같은 폴더에 둔다", expect: ["Dockerfile"] },
  { line: "Docker/Podman 둘 다 같은 이미지를 돌린다", expect: ["Docker", "Podman", "Container image"] },
  { line: "k8s에 올리고 나서야 문제가 보였다.", expect: ["Kubernetes"] },
  { line: "*.yaml 파일은 전부 린트를 돌린다", expect: ["YAML"] },
  { line: "Download kubectl.exe and put it on the PATH", expect: [], lure: "kubectl" },
  { line: "the docs live at kubernetes.io, not on the wiki", expect: [], lure: "kubernetes" },
  { line: "ubuntu-22.04 러너에서 테스트가 돈다", expect: ["Ubuntu"] },

  // A hyphen stands for a space
  { line: "docker-images 명령이 없어서 docker images 로 고쳤다", expect: ["Docker", "Container image", "Docker", "Container image"] },
  { line: "Read up on container-orchestration before the exam", expect: ["Container orchestration"] },
  { line: "kube proxy가 iptables 규칙을 만든다", expect: ["kube-proxy", "iptables"] },
  { line: "blue green deployment is easy with two target groups", expect: ["Blue-green deployment"] },
  { line: "the load-balancer sits in front of three VMs", expect: ["Load balancer", "Virtual machine"] },
  { line: "self-hosted 러너로 ci-cd 를 돌린다", expect: ["CI/CD"] },

  // Korean compounds with or without their spaces
  { line: "네임 스페이스 별로 리소스를 나눈다", expect: ["Kubernetes namespace"], heading: "쿠버네티스 오브젝트" },
  { line: "유니온 파일 시스템 덕분에 레이어를 공유한다", expect: ["Union filesystem"] },
  { line: "유니온파일시스템이 뭔지 다시 보자", expect: ["Union filesystem"] },
  { line: "가상 머신과 가상머신은 같은 말이다", expect: ["Virtual machine", "Virtual machine"] },
  { line: "컨테이너오케스트레이션 도구 비교", expect: ["Container orchestration"] },
  { line: "로드밸런서 뒤에 서버 두 대", expect: ["Load balancer"] },
  { line: "보안그룹에서 22번 포트를 열었다", expect: ["Security group"] },
  { line: "퍼시스턴트볼륨클레임을 먼저 만든다", expect: ["PersistentVolumeClaim"] },
  { line: "네임스페이스트 같은 단어는 없다", expect: [], lure: "네임스페이스" },

  // Derivations
  { line: "containerized 앱은 어디서나 똑같이 돈다", expect: ["Container"] },
  { line: "We containerize every service before it ships", expect: ["Container"] },
  { line: "Containerization changed how we ship code", expect: ["Container"] },
  { line: "dockerized 된 빌드 환경을 쓴다", expect: ["Docker"] },
  { line: "컨테이너화된 워크로드는 옮기기 쉽다", expect: ["Container"] },
  { line: "virtualized hardware is slower to boot", expect: ["Virtualization"] },

  // A version right after a product name
  { line: "cgroup2 로 넘어가면서 메모리 제한 방식이 바뀌었다", expect: ["cgroups"] },
  { line: "cgroup v2 와 cgroupv2 는 같은 것이다", expect: ["cgroups", "cgroups"] },
  { line: "python3 -m venv 로 가상환경을 만든다", expect: ["Python"] },
  { line: "helm3 부터는 tiller가 없다", expect: ["Helm"] },
  { line: "Python 3.12 and python3.11 both work", expect: ["Python", "Python"] },
  { line: "docker2podman 같은 스크립트는 믿지 않는다", expect: [], lure: "docker" },
  { line: "ubuntu2204 로 개발 서버를 새로 만든다", expect: ["Ubuntu"] },

  // Lower-case acronyms that are no English word
  { line: "vm 두 대에 k8s를 올린다", expect: ["Virtual machine", "Kubernetes"] },
  { line: "ec2 인스턴스를 하나 더 띄웠다", expect: ["Amazon EC2"] },
  { line: "iam 역할에 s3 읽기 권한을 줬다", expect: ["AWS IAM", "Amazon S3"] },
  { line: "eks 로 갈지 ecs 로 갈지 고민", expect: ["Amazon EKS", "Amazon ECS"] },
  { line: "cd ~/infra 로 이동해서 시작", expect: [], lure: "cd" },
  { line: "ci 로그가 너무 길다", expect: [], lure: "ci" },
  { line: "the az command is the Azure CLI", expect: ["Azure"], lure: "az" },
  { line: "Put the sg id in the ticket", expect: [], lure: "sg" },
];
