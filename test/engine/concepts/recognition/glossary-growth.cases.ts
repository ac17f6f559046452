import type { RecognitionRow } from "./recognition-row";

/**
 * The concepts the glossary grew by, as study notes on clouds, on-premise labs and Kubernetes
 * objects write them, in Korean and English, with the words around them that are not them.
 */
export const GLOSSARY_GROWTH_ROWS: readonly RecognitionRow[] = [
  // Cloud networking
  { line: "퍼블릭 서브넷에 배스천 호스트를 두고 SSH 로 들어간다", expect: ["Subnet", "Bastion host", "SSH"] },
  { line: "Put the bastion host in a public subnet", expect: ["Bastion host", "Subnet"] },
  { line: "SSH into the bastion first, then hop to the app servers", expect: ["SSH", "Bastion host"] },
  { line: "프라이빗 서브넷의 인스턴스는 NAT 게이트웨이로 나간다", expect: ["Subnet", "NAT gateway"] },
  { line: "The NAT gateway needs an Elastic IP", expect: ["NAT gateway"] },
  { line: "보안 그룹 인바운드 규칙에 80, 443 을 연다", expect: ["Security group"] },
  { line: "VPC 피어링은 CIDR 가 겹치면 안 된다", expect: ["VPC peering", "CIDR"] },
  { line: "인터넷 게이트웨이를 VPC 에 붙인다", expect: ["Internet gateway", "VPC"] },
  { line: "방화벽 규칙으로 22번 포트를 막았다", expect: ["Firewall"] },
  { line: "gcloud compute firewall-rules create allow-http", expect: ["gcloud CLI", "Firewall"] },
  { line: "가용 영역 두 곳에 인스턴스를 나눠 둔다", expect: ["Availability Zone"] },
  { line: "Availability Zones are isolated data centers in a region", expect: ["Availability Zone", "Region"] },
  { line: "리전을 잘못 골라서 지연이 컸다", expect: ["Region"] },
  { line: "오토 스케일링 그룹에 시작 템플릿을 연결한다", expect: ["Auto Scaling group"] },
  { line: "autoscaling 은 CPU 사용률을 기준으로 한다", expect: ["Autoscaling"] },
  { line: "VPN 으로 사내망과 VPC 를 잇는다", expect: ["VPN", "VPC"] },
  { line: "오버레이 네트워크 위에서 컨테이너끼리 통신한다", expect: ["Overlay network", "Container"] },
  { line: "Flannel builds an overlay network with VXLAN", expect: ["Flannel", "Overlay network", "Overlay network"] },

  // Load balancers
  { line: "ALB 는 L7, NLB 는 L4 로드 밸런서다", expect: ["Application Load Balancer", "Network Load Balancer", "Load balancer"] },
  { line: "The ELB health check failed twice", expect: ["Elastic Load Balancing"] },
  { line: "애플리케이션 로드 밸런서에 리스너를 추가한다", expect: ["Application Load Balancer"] },
  { line: "alb 규칙에 경로 기반 라우팅을 건다", expect: ["Application Load Balancer"] },

  // AWS services
  { line: "IAM 역할을 EC2 에 붙여서 키 없이 S3 에 접근한다", expect: ["AWS IAM", "Amazon EC2", "Amazon S3"] },
  { line: "CloudWatch 로 로그와 지표를 모은다", expect: ["Amazon CloudWatch"] },
  { line: "Fargate 를 쓰면 노드를 관리할 필요가 없다", expect: ["AWS Fargate"], lure: "노드" },
  { line: "DB 비밀번호는 Secrets Manager 에 넣는다", expect: ["AWS Secrets Manager"] },
  { line: "SSM 세션 매니저로 배스천 없이 접속한다", expect: ["AWS Systems Manager", "AWS Systems Manager", "Bastion host"] },
  { line: "파라미터 스토어에 설정값을 둔다", expect: ["AWS Systems Manager"] },
  { line: "RDS 에 MySQL 8.0 을 올렸다", expect: ["Amazon RDS", "MySQL"] },
  { line: "Route 53 에서 A 레코드를 ALB 로 건다", expect: ["Amazon Route 53", "Application Load Balancer"] },

  // Google Cloud
  { line: "Cloud Storage 버킷에 정적 파일을 올린다", expect: ["Cloud Storage"] },
  { line: "gsutil cp 로 GCS 에 백업한다", expect: ["Cloud Storage", "Cloud Storage"] },
  { line: "Cloud SQL 인스턴스에 private IP 로 접속한다", expect: ["Cloud SQL"] },
  { line: "gcloud config set project 로 프로젝트를 바꾼다", expect: ["gcloud CLI"] },
  { line: "Compute Engine VM 을 템플릿으로 찍어낸다", expect: ["Compute Engine", "Virtual machine"] },
  { line: "Cloud Run 은 요청이 없으면 0으로 줄어든다", expect: ["Cloud Run"] },
  { line: "Artifact Registry 에 이미지를 푸시한다", expect: ["Artifact Registry", "Container image"] },

  // On-premise labs
  { line: "NFS 서버를 만들고 워커 노드에서 마운트한다", expect: ["NFS", "Kubernetes node"] },
  { line: "iptables 규칙이 꼬여서 포트 포워딩이 안 됐다", expect: ["iptables"] },
  { line: "virsh 로 VM 스냅샷을 만든다", expect: ["libvirt", "Virtual machine"] },
  { line: "libvirt 네트워크를 bridge 로 바꿨다", expect: ["libvirt"] },
  { line: "ufw allow 22 로 SSH 만 연다", expect: ["ufw", "SSH"] },
  { line: "firewalld 는 존 단위로 규칙을 관리한다", expect: ["firewalld"] },
  { line: "crontab 으로 매일 새벽 백업을 돌린다", expect: ["cron"] },
  { line: "GitLab Runner 를 shell executor 로 등록했다", expect: ["GitLab Runner"] },
  { line: "깃랩 러너가 태그가 맞는 잡만 가져간다", expect: ["GitLab Runner"] },

  // Kubernetes objects
  { line: "RBAC 로 네임스페이스별 권한을 준다", expect: ["RBAC", "Kubernetes namespace"] },
  { line: "CNI 플러그인으로 Calico 를 골랐다", expect: ["Container Network Interface", "Calico"] },
  { line: "MetalLB 가 LoadBalancer 타입 서비스에 IP 를 준다", expect: ["MetalLB", "Kubernetes Service"] },
  { line: "PersistentVolume 은 클러스터 자원이고 PVC 는 요청이다", expect: ["PersistentVolume", "Kubernetes cluster", "PersistentVolumeClaim"] },
  { line: "StorageClass 를 지정하면 PV 가 동적으로 생긴다", expect: ["StorageClass", "PersistentVolume"] },
  { line: "ClusterIP 는 기본 서비스 타입이다", expect: ["ClusterIP", "Kubernetes Service"] },
  { line: "NodePort 는 30000번대 포트를 쓴다", expect: ["NodePort"] },
  { line: "liveness probe 가 실패하면 컨테이너를 재시작한다", expect: ["Liveness probe", "Container"] },
  { line: "readinessProbe 가 통과해야 트래픽을 받는다", expect: ["Readiness probe"] },
  { line: "EndpointSlice 가 Endpoints 를 대신한다", expect: ["EndpointSlice"] },
  { line: "Gateway API 는 Ingress 의 다음 세대다", expect: ["Gateway API", "Ingress"] },
  { line: "HPA 는 CPU 로, VPA 는 요청값을 조정한다", expect: ["Horizontal Pod Autoscaler", "Vertical Pod Autoscaler"] },
  { line: "Vertical Pod Autoscaler recommends requests", expect: ["Vertical Pod Autoscaler"] },
  { line: "taint 가 있는 노드에는 toleration 이 있는 파드만 간다", expect: ["Taints and tolerations", "Kubernetes node", "Taints and tolerations", "Pod"] },
  { line: "initContainers 로 DB 가 뜰 때까지 기다린다", expect: ["Init container"] },
  { line: "NetworkPolicy 로 파드 간 통신을 막는다", expect: ["NetworkPolicy", "Pod"] },
  { line: "ResourceQuota 와 LimitRange 로 자원을 제한한다", expect: ["ResourceQuota", "LimitRange"] },
  { line: "CronJob 으로 매일 리포트를 만든다", expect: ["Kubernetes Job"] },
  { line: "kubeconfig 에 컨텍스트가 세 개 있다", expect: ["kubeconfig"] },
  { line: "kubeadm init 으로 컨트롤 플레인을 올린다", expect: ["kubeadm", "Kubernetes control plane"] },
  { line: "microk8s 로 단일 노드 클러스터를 만든다", expect: ["MicroK8s", "Kubernetes node", "Kubernetes cluster"] },

  // Ansible, databases, languages
  { line: "앤서블 플레이북을 --check 로 먼저 돌려 본다", expect: ["Ansible", "Ansible playbook"] },
  { line: "인벤토리 파일에 web 과 db 그룹을 나눈다", expect: ["Ansible inventory"] },
  { line: "MySQL 과 PostgreSQL 의 트랜잭션 격리 수준 차이", expect: ["MySQL", "PostgreSQL"] },
  { line: "레디스를 캐시로 앞에 둔다", expect: ["Redis"] },
  { line: "MariaDB 데드락 로그를 확인했다", expect: ["MariaDB"] },
  { line: "Node.js 18 베이스 이미지를 쓴다", expect: ["Node.js", "Container image"] },

  // Siblings kept apart: a tool is not another name of the tool it is compared with or uses
  { line: "Ubuntu 는 AppArmor, RHEL 계열은 SELinux 를 기본으로 쓴다", expect: ["Ubuntu", "AppArmor", "Red Hat", "SELinux"] },
  { line: "도커 컨테이너에 커스텀 AppArmor 프로필을 적용했다", expect: ["Docker", "Container", "AppArmor"] },
  { line: "nftables 가 iptables 를 대체하는 중이다", expect: ["nftables", "iptables"] },
  { line: "Fluent Bit 으로 로그를 모아 Fluentd 로 보낸다", expect: ["Fluent Bit", "Fluentd"] },
  { line: "DaemonSet 으로 fluent-bit 를 모든 노드에 띄운다", expect: ["DaemonSet", "Fluent Bit", "Kubernetes node"] },
  { line: "cert-manager 가 Let's Encrypt 인증서를 자동으로 갱신한다", expect: ["cert-manager", "Let's Encrypt"] },
  { line: "certbot 으로 Let's Encrypt 인증서를 받았다", expect: ["Let's Encrypt", "Let's Encrypt"] },

  // Container security and network drivers, as Docker study notes chapter them
  { line: "Trivy 로 이미지 취약점을 스캔한다", expect: ["Trivy", "Container image"] },
  { line: "CI 파이프라인에서 trivy image 로 빌드 결과를 검사한다", expect: ["Continuous integration", "Trivy", "Container image"] },
  { line: "seccomp 프로필로 컨테이너의 시스템 콜을 막는다", expect: ["seccomp", "Container"] },
  { line: "Use a custom seccomp profile and drop CAP_SYS_ADMIN", expect: ["seccomp", "Linux capabilities"] },
  { line: "--cap-add NET_ADMIN 으로 Linux capabilities 를 하나 더 준다", expect: ["Linux capabilities", "Linux capabilities"] },
  { line: "기본 브리지 네트워크(docker0)에서는 이름으로 DNS 가 안 된다", expect: ["Bridge network", "Bridge network", "DNS"] },
  { line: "User-defined bridge networks give containers DNS by name", expect: ["Bridge network", "Container", "DNS"] },
  { line: "Macvlan 을 쓰면 컨테이너가 물리 네트워크의 MAC 주소를 받는다", expect: ["Macvlan", "Container"] },
  { line: "GitLab 러너를 쿠버네티스 익스큐터로 등록했다", expect: ["GitLab Runner", "Kubernetes"] },

  // Traps around the new names
  { line: "서브웨이 샌드위치를 먹었다", expect: [], lure: "서브" },
  { line: "the region of interest is marked in red", expect: [], lure: "region" },
  { line: "보안 점검 결과 그룹별로 정리", expect: [], lure: "보안" },
  { line: "nfsw 는 오타다", expect: [], lure: "nfs" },
  { line: "RBACK 같은 단어는 없다", expect: [], lure: "RBAC" },
  { line: "the last bastion of free speech", expect: [], lure: "bastion" },
  { line: "Metallica 공연 후기", expect: [], lure: "Metal" },
  { line: "HPAs 라는 약어는 쓰지 않는다", expect: [], lure: "HPA" },
  { line: "cron 이라는 단어가 들어간 chronicle", expect: ["cron"], lure: "chron" },
  { line: "PVC 파이프로 배수관을 깔았다", expect: [], lure: "PVC" },
  { line: "the fluent bits of the talk were the demos", expect: [], lure: "fluent bits" },
  { line: "nftablesque 같은 말은 없다", expect: [], lure: "nftables" },
  { line: "the bridge between the two teams held", expect: [], lure: "bridge" },
  { line: "trivial 한 수정이라 리뷰를 건너뛰었다", expect: [], lure: "trivi" },
  { line: "a capable team with many capabilities", expect: [], lure: "capabilities" },
  { line: "러너스 하이를 느꼈다", expect: [], lure: "러너" },
];
