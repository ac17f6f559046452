/**
 * The phrases synthetic notes are made of, in the style of `example-vault/`: Korean study prose
 * with English product names, particles attached to concept names, TIL lists, HTML written as
 * markdown, code blocks, `Q.` questions with `->` answers, template fields left empty.
 *
 * Placeholders: `{K}` a concept name with a Korean particle (도커는, Docker를), `{E}` a concept
 * name alone, `{L}` a link to another note, `{U}` a user concept (a concept note's name).
 */

export const KOREAN_SENTENCES = [
  "{K} 호스트 커널을 공유하면서 프로세스만 격리해서 실행하는 방식이다.",
  "오늘은 {K} 실습하면서 설정 파일을 하나씩 정리했다.",
  "{K} 쓰면 개발/운영 환경 차이가 줄어든다 → {L}",
  "처음엔 {E}가 뭔지 몰라서 한참 헤맴 ㅎㅎ",
  "{E}와 {E}의 차이를 표로 정리해 둠. 자세한 건 {L} 참고",
  "이번 과제는 {E}로 이미지를 빌드해서 서버에 올리는 것까지.",
  "서버에서 `exec format error` → 맥(arm64)에서 빌드한 이미지를 amd64 서버에서 돌려서 생긴 문제였다.",
  "{K} 관련 내용은 {L}에 더 자세히 적어 둠",
  "**{K}** 설정값은 환경 변수로 주입하고, 비밀번호는 이미지에 굽지 않는다.",
  "==중요: {K} 재시작하기 전에 볼륨 백업부터==",
  "더 읽을 거리: https://docs.example.com/guides/{E}/getting-started 여기 정리가 제일 깔끔함",
  "<p>{K} <strong>프로세스를 격리하는 방식</strong>으로 동작한다.<br></p>",
  "설치는 금방 끝났는데 {K} 네트워크 설정에서 시간을 다 씀.",
  "결론적으로 {K} 철학이면서 방법론이며 문화이다.",
  "{U} 도입 이후로 배포 시간이 절반으로 줄었다고 함",
  "팀에서는 {K} 기본으로 쓰고, 필요할 때만 {E}를 같이 쓴다.",
  "캐시가 깨지는 조건을 몰라서 빌드가 매번 10분씩 걸렸음...",
  "다음 주에는 이걸 그대로 EC2에 올려 볼 예정.",
  "스터디 때 {U} 이야기가 나왔는데 아직 잘 모르겠다.",
  "로그를 보니 DB 접속 정보 환경 변수가 빠져 있었음 #삽질",
  "공식 문서 예제를 그대로 따라 했는데 버전이 달라서 안 됨 (v1 → v2)",
  "{K} 좋은 점: 누구나 똑같은 환경을 띄울 수 있다는 것",
  "%%나중에 다시 정리할 것: {E} 버전별 차이%%",
  "발표 자료 → [발표 슬라이드](https://example.com/slides/devops-{E}.pdf)",
] as const;

export const ENGLISH_SENTENCES = [
  "{E} runs each service in its own container, so the host stays clean.",
  "Today I learned how {E} talks to {E} through a Unix socket.",
  "The difference between {E} and {E} is mostly about who owns the daemon.",
  "See {L} for the full setup, including the environment variables.",
  "Not sure yet why the {E} cache breaks when I change a single file.",
  "Rolled back with {E} after the health check failed twice in a row.",
  "The official docs at https://example.org/docs/{E} explain this better than I can.",
  "{U} is what our team uses for internal deployments.",
  "Keep secrets out of the image: pass them at run time instead.",
] as const;

export const HEADINGS = [
  "정의", "구성 요소", "이미지와 레이어", "트러블슈팅", "삽질 기록", "느낀 점", "자주 쓰는 명령어",
  "관련 개념", "배포 흐름", "Overview", "Setup", "Notes", "Troubleshooting", "What I learned",
  "네트워크와 볼륨", "실습", "정리", "참고 자료", "Q&A", "회의 내용",
] as const;

export const QUESTIONS = [
  "{K} 정확히 어떤 조건에서 캐시가 깨지지?",
  "이게 {E}인건가?",
  "{E} 이미지 태그를 latest 하나로만 쓰면 뭐가 문제지?",
  "depends_on 만 걸어 두면 DB가 준비될 때까지 기다려 주나?",
  "What is the difference between {E} and {E}?",
  "Why does {E} need root on the host?",
  "{K} 없이도 같은 걸 할 수 있나?",
  "{U}는 {E}랑 뭐가 다르지?",
] as const;

export const ANSWERS = [
  "-> 지금 서버에 어떤 버전이 떠 있는지 알 수 없고, 롤백할 이전 버전이 태그로 남지 않는다.",
  "A. 아니다. 짧은 형식은 컨테이너 **시작 순서**만 보장한다. healthcheck를 같이 써야 함.",
  "-> {K} 기본 설정으로는 안 되고 옵션을 따로 줘야 한다.",
  "A. An image is a read-only template made of layers; a container is a running instance of it.",
  "-> 모르겠다. 다음 스터디 때 물어보기",
  "A. not sure yet",
] as const;

export const CODE_BLOCKS = [
  "```dockerfile\nFROM node:20-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM nginx:1.25-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\nEXPOSE 80\n```",
  "```yaml\nservices:\n  web:\n    build: .\n    ports:\n      - \"8080:80\"\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U app\"]\n```",
  "```bash\ndocker build -t myapp:1.0 .\ndocker run -d -p 8080:80 --name web myapp:1.0\ndocker logs -f web\nkubectl get pods -n default\n```",
  "```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.4.2\n```",
  "```\n$ terraform plan\nPlan: 3 to add, 0 to change, 0 to destroy.\n```",
  "```yaml\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t app .\n```",
] as const;

export const TABLE =
  "| 구성 요소 | 하는 일 |\n|---|---|\n| {E} | 이미지 빌드, 네트워크, 볼륨 관리 |\n| {E} | 컨테이너 생명주기 관리 |\n| {E} | 실제 프로세스를 만드는 저수준 런타임 |";

export const TEMPLATE_FIELDS = [
  "### 생각의 연결고리\n분야 : DevOps\n\n키워드 :\n\n관련있는 메모 : {L}",
  "출처 :\n키워드 : {E}, {E}\n관련있는 메모 :",
  "Up : {L}",
] as const;

export const FRONTMATTERS = [
  "---\ntags : [기획안]\n---\n",
  "---\ntags: [devops, til]\n---\n",
  "---\ntags: [study]\naliases: [스터디 노트]\ncreated: 2024-03-02\n---\n",
  "---\ntitle: 정리\ntags:\n  - docker\n  - 실습\n---\n",
] as const;

export const EMBEDS = ["![[스크린샷 2024-03-02 오후 3.14.15.png]]", "![[architecture diagram.png|480]]", "![[회의 녹음.m4a]]"] as const;

export const INLINE_TAGS = ["#til", "#docker", "#과제", "#k8s/pod", "#devops", "#회고", "#ci-cd"] as const;

/** Syllables for made-up product names and their Korean spelling (concept notes of the user). */
export const NAME_SYLLABLES = [
  ["kar", "카르"], ["vo", "보"], ["mi", "미"], ["rel", "렐"], ["tan", "탄"], ["do", "도"], ["lux", "럭스"],
  ["sen", "센"], ["ra", "라"], ["fin", "핀"], ["ok", "옥"], ["zel", "젤"], ["nu", "누"], ["pra", "프라"],
] as const;

/** Korean particles by whether the noun ends in a consonant (받침): 도커는 / 컨테이너를 / 깃은. */
export const PARTICLES_AFTER_VOWEL = ["는", "를", "가", "와", "로", "의", "에서", "도", "란", "인가", "에"] as const;
export const PARTICLES_AFTER_CONSONANT = ["은", "을", "이", "과", "으로", "의", "에서", "도", "이란", "인가", "에"] as const;
