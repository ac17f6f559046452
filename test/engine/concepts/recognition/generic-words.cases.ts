import type { RecognitionRow } from "./recognition-row";

/**
 * Generic words that are a DevOps concept only where the line or its section (heading
 * included), or the note's folder and title, speak of its domain: 이미지/image, 노드/node,
 * 서비스/service, 클러스터/cluster, 배포/deployment, 볼륨/volume, registry, Secret, playbook,
 * inventory, region, 오케스트레이션. Elsewhere they are ordinary words.
 */
export const GENERIC_WORD_ROWS: readonly RecognitionRow[] = [
  // 이미지 / image
  { line: "nginx 이미지를 받아서 바로 띄웠다", expect: ["nginx", "Container image"], path: "docker/docker-run.md" },
  { line: "이미지 목록을 보고 안 쓰는 건 지운다", expect: ["Container image"], heading: "Docker 이미지 관리" },
  { line: "태그 없는 이미지는 prune 으로 정리", expect: ["Container image"], before: ["`docker images` 로 확인한다"], heading: "정리" },
  { line: "Pull the image before the demo so nobody waits", expect: ["Container image"], path: "Containers/Podman basics.md" },
  { line: "The image is built from the Dockerfile in the repo root", expect: ["Container image", "Dockerfile"] },
  { line: "이미지 크기를 줄이려고 alpine을 쓴다", expect: ["Container image"], before: ["멀티 스테이지 빌드 정리"] },
  { line: "스크린샷 이미지를 드래그해서 붙여넣었다", expect: [], lure: "이미지", path: "Obsidian/첨부 파일.md" },
  { line: "drag images from the browser into the note", expect: [], lure: "images" },
  { line: "블로그 썸네일 이미지는 800px로 맞춘다", expect: [], lure: "이미지" },
  { line: "이미지가 깨져서 링크를 다시 걸었다", expect: [], lure: "이미지", heading: "회고" },
  { line: "The image in the README is out of date", expect: [], lure: "image", path: "Projects/website.md" },
  { line: "float 로 이미지와 글을 나란히 둔다", expect: [], lure: "이미지", path: "DevOps/ETC/CSS.md" },
  { line: "undo 영역에 바뀌기 전 이미지를 남겨 두고 되돌린다", expect: [], lure: "이미지", path: "Database/DBMS.md", heading: "트랜잭션" },
  { line: "가상머신 이미지는 OS 전체를 담아서 무겁다", expect: ["Virtual machine"], lure: "이미지", before: ["도커와 가상머신 비교"] },
  { line: "이미지를 빌드하다가 mvn 단계에서 실패했다", expect: ["Container image"], path: "Troubleshooting/jenkins-pipeline.md" },
  { line: "README 배지 이미지를 바꿨다", expect: [], lure: "이미지", heading: "GitHub Actions 설정" },
  // Images among videos, PDFs and banners are pictures, even in a roundup of workflows.
  { line: "- Image Toolkit: open images, videos and PDFs side by side", expect: [], lure: "images", heading: "Plugins for better workflows" },
  { line: "- Banners: add banner images to the top of a note", expect: [], lure: "images", path: "Guides, Workflows & Courses/Plugins.md" },
  { line: "아래 이미지는 전체 구조도다", expect: [], lure: "이미지", heading: "아키텍처", before: ["Docker와 Kubernetes 비교 그림"], after: ["![[arch.png]]"] },
  { line: "The agent calls its tools in turn. (Image source: the team's agent post)", expect: [], lure: "Image", before: ["Each task runs in a Docker container of its own."] },
  { line: "- [ ] 러너마다 owner, version, image source 가 정리되어 있다", expect: ["Container image"], heading: "self-hosted runner 점검", before: ["- [ ] 러너 이미지는 Docker 로 빌드한다"] },

  // 노드 / node
  { line: "노드 세 대에 파드가 고르게 퍼졌다", expect: ["Kubernetes node", "Pod"] },
  { line: "워커 노드를 한 대 더 붙였다", expect: ["Kubernetes node"] },
  { line: "노드 하나가 NotReady 상태다", expect: ["Kubernetes node"], heading: "쿠버네티스 장애 기록" },
  { line: "Memory comes from the NUMA node of the core the thread runs on", expect: [], lure: "node", before: ["The pods of the cluster are pinned to their cores."] },
  { line: "Each node runs a kubelet and a container runtime", expect: ["Kubernetes node", "kubelet", "Container runtime"] },
  { line: "Drain the node before the kernel upgrade", expect: ["Kubernetes node"], path: "Kubernetes/Maintenance.md" },
  { line: "트리의 각 노드는 자식 포인터 두 개를 갖는다", expect: [], lure: "노드", path: "CS/자료구조.md" },
  { line: "a linked list node holds a value and a next pointer", expect: [], lure: "node" },
  { line: "node 18 과 20 두 버전으로 테스트한다", expect: [], lure: "node", heading: "GitHub Actions matrix" },
  { line: "Redis 노드 하나가 죽어도 failover 된다", expect: ["Redis"], lure: "노드", before: ["쿠버네티스 위에 올린 Redis 정리"] },
  { line: "Swarm 노드에 라벨을 붙인다", expect: [], lure: "노드" },
  { line: "start-dfs.sh on the master node starts one process on each node", expect: [], lure: "master node", path: "Notes/HDFS - Startup.md" },
  { line: "Each rank is one process, so a node with four GPUs runs four of them", expect: [], lure: "node", before: ["PyTorch reads the master node address from MASTER_ADDR"] },
  { line: "Spark executors run as pods spread over the nodes", expect: ["Pod", "Kubernetes node"] },
  { line: "마스터 노드에서 kubeadm init 을 실행했다", expect: ["Kubernetes control plane", "kubeadm"] },
  { line: "Taint the master nodes so that no pods land on them", expect: ["Taints and tolerations", "Kubernetes control plane", "Pod"] },

  // 서비스 / Service / service
  { line: "서비스를 NodePort로 노출했다", expect: ["Kubernetes Service", "NodePort"] },
  { line: "ClusterIP 서비스는 클러스터 안에서만 보인다", expect: ["ClusterIP", "Kubernetes Service", "Kubernetes cluster"] },
  { line: "Service helps pods find each other by name", expect: ["Kubernetes Service", "Pod"], path: "Core Concepts/Service.md" },
  { line: "The Service selects pods by their labels", expect: ["Kubernetes Service", "Pod", "Labels and selectors"] },
  { line: "고객 서비스 품질이 제일 중요하다", expect: [], lure: "서비스", heading: "회의록" },
  { line: "AWS 서비스 중에 제일 많이 쓰는 건 EC2", expect: ["AWS", "Amazon EC2"], lure: "서비스" },
  { line: "We offer the service free for students", expect: [], lure: "service" },
  { line: "systemd service 파일을 새로 만들었다", expect: ["systemd"], lure: "service" },
  { line: "서비스 운영 경험을 공유하는 세미나", expect: [], lure: "서비스", path: "Seminars/세미나 - 운영.md" },

  // 클러스터 / cluster
  { line: "클러스터를 kubeadm 으로 처음부터 구성했다", expect: ["Kubernetes cluster", "kubeadm"] },
  { line: "GKE 클러스터를 하나 만들었다", expect: ["Google Kubernetes Engine", "Kubernetes cluster"] },
  { line: "EKS cluster upgrades take about twenty minutes", expect: ["Amazon EKS", "Kubernetes cluster"] },
  { line: "The cluster has three control plane nodes", expect: ["Kubernetes cluster", "Kubernetes control plane", "Kubernetes node"], path: "Kubernetes Architecture.md" },
  { line: "MariaDB 클러스터는 Galera로 묶었다", expect: ["MariaDB"], lure: "클러스터" },
  { line: "Elasticsearch cluster health is yellow", expect: ["Elasticsearch"], lure: "cluster" },
  { line: "ECS 클러스터에 태스크를 올린다", expect: ["Amazon ECS"], lure: "클러스터" },
  { line: "데이터를 세 개의 클러스터로 묶었다", expect: [], lure: "클러스터", path: "ML/k-means.md" },

  // 배포 / deployment
  { line: "태그를 푸시하면 배포가 시작된다", expect: ["Software deployment"], before: ["GitHub Actions 워크플로 정리"] },
  { line: "배포 전에 스테이징에서 한 번 더 확인", expect: ["Software deployment"] },
  { line: "Deployment가 ReplicaSet을 만든다", expect: ["Kubernetes Deployment", "ReplicaSet"] },
  { line: "The Deployment keeps three pods running", expect: ["Kubernetes Deployment", "Pod"] },
  { line: "Every deployment goes through the pipeline", expect: ["Software deployment"] },
  { line: "- [ ] Kubernetes basics: pods, deployments, services", expect: ["Kubernetes", "Pod", "Kubernetes Deployment", "Kubernetes Service"] },
  { line: "- 점진적 배포는 기본 Deployment 만으로는 힘들다", expect: ["Software deployment", "Kubernetes Deployment"], heading: "메모", before: ["- 환경별 values.yaml 만 바꿔서 헬름으로 올린다", "- 로컬에서는 minikube"] },
  { line: "Deployment 는 롤아웃 이력을 남긴다", expect: ["Kubernetes Deployment"] },
  { line: "### Deployment", expect: [], lure: "Deployment", path: "react-programming/todo-list/README.md", after: ["This section has moved to the hosting docs."] },
  { line: "- Deployments run every night from the main branch.", expect: [], lure: "Deployments", path: "Projects/blog.md" },
  { line: "We tested it twice. Deployment took an hour both times.", expect: [], lure: "Deployment", path: "Journal/2024-03-02.md" },
  { line: "## Deployment", expect: ["Kubernetes Deployment"], after: ["A Deployment keeps its Pods at the replica count."] },
  { line: "- Deployment: rolls out new Pods one by one", expect: ["Kubernetes Deployment", "Pod"] },
  { line: "리눅스 배포판마다 패키지 관리자가 다르다", expect: ["Linux"], lure: "배포" },
  { line: "발표 자료를 배포했다", expect: [], lure: "배포", heading: "세미나 후기" },
  { line: "The deployment of troops was delayed", expect: [], lure: "deployment" },
  { line: "무료 배포 중인 전자책", expect: [], lure: "배포" },

  // 볼륨 / volume
  { line: "볼륨을 마운트해야 데이터가 남는다", expect: ["Docker volume"], heading: "Docker 볼륨" },
  { line: "파드가 죽어도 볼륨은 남는다", expect: ["Pod", "Kubernetes volume"] },
  { line: "Named volumes survive `docker rm`", expect: ["Docker volume"], before: ["Docker storage notes"] },
  { line: "볼륨을 줄이고 음악을 들었다", expect: [], lure: "볼륨" },
  { line: "EBS 볼륨 크기를 늘렸다", expect: ["Amazon EBS"], lure: "볼륨" },
  { line: "the volume of traffic doubled overnight", expect: [], lure: "volume" },
  { line: "A small pool for low-volume traffic and a large one for high-volume traffic", expect: [], lure: "volume", before: ["The app runs as three pods behind one load balancer."] },

  // registry / 레지스트리
  { line: "사설 레지스트리에 이미지를 푸시한다", expect: ["Container registry", "Container image"], before: ["docker login 부터 한다"] },
  { line: "Push to the registry after the tests pass", expect: ["Container registry"], path: "Docker/CI for images.md" },
  { line: "레지스트리 편집기로 윈도우 설정을 바꿨다", expect: [], lure: "레지스트리" },
  { line: "npm registry 가 느려서 미러를 썼다", expect: [], lure: "registry" },
  { line: "The schema registry turns away a producer whose schema breaks compatibility", expect: [], lure: "registry", before: ["Each service runs in its own Docker container."] },

  // Secret / secret / 시크릿
  { line: "Secret 은 base64 로 인코딩될 뿐이다", expect: ["Kubernetes Secret"], heading: "Kubernetes 설정" },
  { line: "시크릿을 파드에 환경 변수로 넣는다", expect: ["Kubernetes Secret", "Pod"] },
  { line: "GitHub secrets 에 토큰을 넣었다", expect: ["GitHub"], lure: "secrets" },
  { line: "secret key 는 절대 커밋하지 않는다", expect: [], lure: "secret" },

  // 오케스트레이션 / orchestration
  { line: "컨테이너가 많아지면 오케스트레이션이 필요하다", expect: ["Container", "Container orchestration"] },
  { line: "Orchestration is what Kubernetes does for containers", expect: ["Container orchestration", "Kubernetes", "Container"] },
  { line: "오케스트라 공연을 보러 갔다", expect: [], lure: "오케스트라" },
  { line: "서비스 오케스트레이션과 코레오그래피의 차이", expect: [], lure: "오케스트레이션", path: "Architecture/MSA 패턴.md" },

  // playbook, inventory, region, AZ, PV
  { line: "플레이북 하나로 웹 서버 세 대를 맞춘다", expect: ["Ansible playbook"], heading: "Ansible 실습" },
  { line: "The playbook runs against the web group in the inventory", expect: ["Ansible playbook", "Ansible inventory"], path: "Ansible/Getting started.md" },
  { line: "장애 대응 playbook 을 팀 위키에 정리", expect: [], lure: "playbook" },
  { line: "재고 inventory 를 엑셀로 관리한다", expect: [], lure: "inventory" },
  { line: "서울 리전에 VPC를 만든다", expect: ["Region", "VPC"] },
  { line: "Pick a region close to your users", expect: ["Region"], path: "AWS/EC2 basics.md" },
  { line: "The northern region had more rain", expect: [], lure: "region" },
  { line: "서브넷을 AZ 두 곳에 나눠 만든다", expect: ["Subnet", "Availability Zone"] },
  { line: "PV 와 PVC 를 먼저 만들어야 파드가 뜬다", expect: ["PersistentVolume", "PersistentVolumeClaim", "Pod"] },
  { line: "PV 패널 효율이 20%다", expect: [], lure: "PV" },
];
