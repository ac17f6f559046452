import type { ConceptDef, RelationDef } from "./concept-types";

/** Containers: engines, images, runtimes, registries and the Docker toolset. */
export const CONTAINER_CONCEPTS: readonly ConceptDef[] = [
  {
    id: "container", name: "Container", category: "container",
    // `containers` and 컨테이너 are read by sense (a CSS or servlet container is none of ours):
    // see contextual-words.ts. The derivations below only ever mean our containers.
    en: [
      "containers", "containerized", "containerize", "containerizing", "containerization",
      "containerised", "containerise", "containerisation",
    ],
    ko: ["컨테이너"],
  },
  {
    id: "container-image", name: "Container image", category: "container", brand: "docker",
    en: ["container images", "docker image", "docker images", "oci image", "oci images", "base image", "base images"],
    ko: ["컨테이너 이미지", "도커 이미지", "베이스 이미지"],
  },
  {
    id: "docker", name: "Docker", category: "container",
    en: ["dockerized", "dockerize", "dockerizing", "dockerised", "dockerise"], ko: ["도커"],
  },
  { id: "podman", name: "Podman", category: "container", ko: ["포드맨", "팟맨"] },
  {
    id: "lxc", name: "LXC", category: "container",
    en: ["linux container", "linux containers"], ko: ["리눅스 컨테이너"],
  },
  { id: "lxd", name: "LXD", category: "container" },
  { id: "dockerfile", name: "Dockerfile", category: "container", en: ["dockerfiles", "containerfile"], ko: ["도커 파일"] },
  {
    id: "docker-compose", name: "Docker Compose", category: "container",
    // The file names count as the tool: `docker-compose.yml` is how learners write about it.
    en: ["docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml"],
    ko: ["도커 컴포즈"],
  },
  { id: "compose-file", name: "Compose file", category: "container", en: ["compose files"], ko: ["컴포즈 파일"] },
  { id: "docker-hub", name: "Docker Hub", category: "container", en: ["dockerhub"], ko: ["도커 허브"] },
  { id: "docker-engine", name: "Docker Engine", category: "container", en: ["docker daemon", "dockerd"], ko: ["도커 엔진", "도커 데몬"] },
  { id: "docker-desktop", name: "Docker Desktop", category: "container", ko: ["도커 데스크톱", "도커 데스크탑"] },
  { id: "docker-volume", name: "Docker volume", category: "container", brand: "docker", en: ["docker volumes"], ko: ["도커 볼륨"] },
  {
    id: "docker-network", name: "Docker network", category: "container", brand: "docker",
    en: ["docker networks", "docker networking"], ko: ["도커 네트워크"],
  },
  // Network drivers study notes give a chapter each. A bare 브리지 / bridge is any bridge.
  {
    id: "bridge-network", name: "Bridge network", category: "container", domains: ["container", "linux"],
    en: ["bridge networks", "bridge networking", "docker0"], ko: ["브리지 네트워크", "브릿지 네트워크"],
  },
  { id: "macvlan", name: "Macvlan", category: "container", domains: ["container", "linux"], ko: ["맥브이랜"] },
  // The image scanner notes on image security and CI pipelines reach for first.
  { id: "trivy", name: "Trivy", category: "container", domains: ["container", "ci-cd"], ko: ["트리비"] },
  {
    id: "container-registry", name: "Container registry", category: "container", brand: "docker",
    en: ["container registries", "docker registry", "image registry"],
    ko: ["컨테이너 레지스트리", "도커 레지스트리"],
  },
  { id: "containerd", name: "containerd", category: "container", ko: ["컨테이너디"] },
  { id: "runc", name: "runc", category: "container" },
  { id: "libcontainer", name: "libcontainer", category: "container" },
  { id: "cri-o", name: "CRI-O", category: "container", en: ["crio"] },
  {
    id: "container-runtime", name: "Container runtime", category: "container",
    en: ["container runtimes", "oci runtime"], ko: ["컨테이너 런타임"],
  },
  { id: "cri", name: "Container Runtime Interface", category: "container", en: ["cri"] },
  { id: "oci", name: "Open Container Initiative", category: "container", en: ["oci"] },
  { id: "buildah", name: "Buildah", category: "container" },
  { id: "buildkit", name: "BuildKit", category: "container", en: ["buildx", "docker buildx"] },
  {
    id: "image-layer", name: "Image layer", category: "container",
    en: ["image layers", "layer cache", "docker layer cache"], ko: ["이미지 레이어", "레이어 캐시"],
  },
  {
    id: "multi-stage-build", name: "Multi-stage build", category: "container",
    en: ["multi-stage builds", "multistage build", "multistage builds"], ko: ["멀티 스테이지 빌드"],
  },
];

export const CONTAINER_RELATIONS: readonly RelationDef[] = [
  ["podman", "alternative-to", "docker"],
  ["lxc", "predecessor-of", "docker"],
  ["chroot", "predecessor-of", "container"],
  ["container", "alternative-to", "virtual-machine"],
  ["container", "uses", "container-image"],
  ["docker", "uses", "namespace"],
  ["docker", "uses", "cgroups"],
  ["docker", "uses", "union-filesystem"],
  ["docker", "runs-on", "linux"],
  ["lxc", "uses", "namespace"],
  ["lxc", "uses", "cgroups"],
  ["lxd", "uses", "lxc"],
  ["docker-engine", "part-of", "docker"],
  ["docker-engine", "uses", "containerd"],
  ["docker-engine", "uses", "buildkit"],
  ["docker-desktop", "uses", "docker-engine"],
  ["docker-desktop", "runs-on", "virtual-machine"],
  ["docker-compose", "part-of", "docker"],
  ["compose-file", "part-of", "docker-compose"],
  ["compose-file", "kind-of", "yaml"],
  ["docker-volume", "part-of", "docker"],
  ["docker-network", "part-of", "docker"],
  ["bridge-network", "kind-of", "docker-network"],
  ["macvlan", "kind-of", "docker-network"],
  ["trivy", "part-of", "devsecops"],
  ["dockerfile", "builds", "container-image"],
  ["buildah", "builds", "container-image"],
  ["buildkit", "builds", "container-image"],
  ["docker-hub", "kind-of", "container-registry"],
  ["amazon-ecr", "kind-of", "container-registry"],
  ["container-registry", "hosts", "container-image"],
  ["containerd", "kind-of", "container-runtime"],
  ["cri-o", "kind-of", "container-runtime"],
  ["runc", "kind-of", "container-runtime"],
  ["containerd", "uses", "runc"],
  ["cri-o", "uses", "runc"],
  ["libcontainer", "part-of", "runc"],
  ["runc", "uses", "namespace"],
  ["runc", "uses", "cgroups"],
  ["runc", "made-by", "oci"],
  ["podman", "made-by", "red-hat"],
  ["buildah", "made-by", "red-hat"],
  ["podman", "runs-on", "linux"],
  ["image-layer", "part-of", "container-image"],
  ["image-layer", "uses", "union-filesystem"],
  ["multi-stage-build", "part-of", "dockerfile"],
  ["multi-stage-build", "uses", "image-layer"],
];
