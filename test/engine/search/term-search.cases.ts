/**
 * The term search's examples over the bundled example vault: what a learner types → what the
 * modal must list first, what it must not list, and the states a search box passes through
 * while a word is typed. Targets read `concept:<id>`, `note:<path>`, `question:<path>:<line>`.
 */
export type Target = `concept:${string}` | `note:${string}` | `heading:${string}:${number}` | `question:${string}:${number}`;

export const FIRST_RESULT_CASES: ReadonlyArray<readonly [query: string, first: Target, why: string]> = [
  // Concepts, Korean
  ["도커", "concept:docker", "the Korean name"],
  ["ㄷㅋ", "concept:docker", "initial consonants of 도커"],
  ["ehzj", "concept:docker", "도커 typed with the English layout"],
  ["도커".normalize("NFD"), "concept:docker", "decomposed Hangul, as macOS can hand it over"],
  ["쿠버", "concept:kubernetes", "the start of 쿠버네티스"],
  ["ㅋㅂㄴㅌㅅ", "concept:kubernetes", "initial consonants of 쿠버네티스"],
  ["znqjspxltm", "concept:kubernetes", "쿠버네티스 typed with the English layout"],
  ["네티스", "concept:kubernetes", "inside a word"],
  ["포드맨", "concept:podman", "a Korean alias from the concept note's frontmatter"],
  ["아르고 롤아웃", "concept:user:argo-rollouts", "a concept declared by a note, found by its alias"],
  ["도커 스웜", "concept:docker-swarm", "a glossary concept the vault never mentions"],
  // Concepts, English
  ["Docker", "concept:docker", "a concept named exactly what was typed, before the note titled so"],
  ["docker", "concept:docker", "without regard to case"],
  ["애찯ㄱ", "concept:docker", "docker typed with the Korean layout"],
  ["kubernates", "concept:kubernetes", "a typo"],
  ["dokcer", "concept:docker", "swapped letters"],
  ["k8s", "concept:kubernetes", "an English alias"],
  ["service mesh", "concept:service-mesh", "two words, the whole name"],
  // Notes
  ["회의록 - 배포 파이프라인", "note:회의록 - 배포 파이프라인.md", "a note title as written"],
  ["회의록 배포", "note:회의록 - 배포 파이프라인.md", "punctuation in a title is not typed"],
  ["회의록", "note:회의록 - 배포 파이프라인.md", "the start of a note title"],
  ["ㅎㅇㄹ", "note:회의록 - 배포 파이프라인.md", "initial consonants of a note title"],
  ["배포 파이프라인 회의", "note:회의록 - 배포 파이프라인.md", "a note alias"],
  ["3회차 세미나", "note:Seminars/세미나 - 도커와 쿠버네티스.md", "an alias naming no concept"],
  ["로드맵", "note:DevOps Roadmap.md", "a Korean alias of an English title"],
  ["branching", "note:Git 브랜치 전략.md", "an English alias of a Korean title"],
  ["리눅스 격리", "note:Linux namespaces and cgroups.md", "the start of a Korean alias"],
  // Questions
  ["롤백 어떻게", "question:회의록 - 배포 파이프라인.md:34", "words of a question, particles attached in the question"],
  ["어떻게 롤백", "question:회의록 - 배포 파이프라인.md:34", "the words in any order"],
  ["state 파일", "question:Seminars/세미나 - IaC와 모니터링.md:42", "the start of a question, English and Korean"],
  ["이미지 태그", "question:2주차 과제 - Docker 배포.md:44", "the start of a question"],
  ["faster to start", "question:가상화와 컨테이너.md:35", "English words from the middle of a question"],
  ["스테이징 환경", "question:회의록 - 배포 파이프라인.md:47", "an open question"],
];

export const ABSENT_CASES: ReadonlyArray<readonly [query: string, absent: Target, why: string]> = [
  ["ㅋ", "concept:docker", "ㅋ is in 도커's initials (ㄷㅋ) but starts no word of it"],
  ["네", "concept:kubernetes", "two jamo match at word starts only, not inside 쿠버네티스"],
  ["e", "concept:docker", "one keystroke is not yet read through the other layout (e → ㄷ)"],
  ["ㅎㅇㄹ", "concept:cloudformation", "Hangul read as English (gdf) is not matched with typos"],
  ["kubernates", "question:DevOps Roadmap.md:47", "questions are not matched with typos: a sentence is one typo from anything"],
  ["쿠버", "concept:docker", "쿠버 is in no name of Docker"],
  ["도커", "concept:kubernetes", "a question or note naming both is no reason to list Kubernetes"],
];

/**
 * What the search box holds after each keystroke, up to the whole word: a Korean IME composes
 * each syllable in place (도 + ㅋ shows 돜 until ㅓ arrives). The target must stay first at every
 * step. `쿠버넷` is not a state of 쿠버네티스 (that is 쿠버넽) but a slip a learner makes on the
 * way; it stays first through the typo-tolerant pass.
 */
export const TYPING_SEQUENCES: ReadonlyArray<{ target: Target; states: readonly string[]; why: string }> = [
  { target: "concept:docker", states: ["ㄷ", "도", "돜", "도커"], why: "도커 through a Korean IME" },
  { target: "concept:docker", states: ["도ㅋ", "도커"], why: "도커 where the IME leaves the jamo apart" },
  {
    target: "concept:kubernetes",
    states: ["쿠", "쿱", "쿠버", "쿠번", "쿠버네", "쿠버넽", "쿠버넷", "쿠버네티", "쿠버네팃", "쿠버네티스"],
    why: "쿠버네티스 through a Korean IME, from the first syllable",
  },
  { target: "concept:docker", states: ["eh", "ehz", "ehzj"], why: "도커 typed with the English layout" },
  {
    target: "concept:kubernetes",
    states: ["zn", "znq", "znqj", "znqjs", "znqjsp", "znqjspx", "znqjspxl", "znqjspxlt", "znqjspxltm"],
    why: "쿠버네티스 typed with the English layout",
  },
  { target: "concept:kubernetes", states: ["k", "ku", "kub", "kube", "kuber", "kubern", "kuberna", "kubernat", "kubernate", "kubernates"], why: "kubernates, a typo growing out of a prefix" },
  { target: "concept:docker", states: ["d", "do", "dok", "dokc", "dokce", "dokcer"], why: "dokcer, swapped letters" },
];

/**
 * How a query is read: as typed, and through the other keyboard layout when it looks typed in
 * the wrong one. Each reading is `mode:text`, the text in the form of the keys it is compared with.
 */
export const READING_CASES: ReadonlyArray<readonly [query: string, readings: readonly string[], why: string]> = [
  ["도커", ["jamo:ㄷㅗㅋㅓ", "jamo:ehzj"], "Hangul, also read as English typed with the Korean layout"],
  ["돜", ["jamo:ㄷㅗㅋ", "jamo:ehz"], "an IME state decomposes to a prefix of 도커's jamo"],
  ["ㄷㅋ", ["choseong:ㄷㅋ", "jamo:ez"], "initial consonants only"],
  ["ㅋ", ["choseong:ㅋ"], "one keystroke is not read through the other layout"],
  ["ehzj", ["jamo:ehzj", "jamo:ㄷㅗㅋㅓ"], "Latin letters that spell Hangul"],
  ["ez", ["jamo:ez", "choseong:ㄷㅋ"], "Latin letters that spell initial consonants"],
  ["EHZJ", ["jamo:ehzj", "jamo:ㄸㅗㅋㅓ"], "shift is a different jamo on the Korean layout (E → ㄸ)"],
  ["kubernates", ["jamo:kubernates"], "English strands vowels when read as Hangul (ㅏㅕㅠ…): not Korean typing"],
  ["terraform", ["jamo:terraform"], "English strands consonants mid-word when read as Hangul (ㅅㄷㄱㄱㅁ래그)"],
  ["Docker-Compose.yml", ["jamo:docker compose yml"], "case and punctuation are not compared"],
  ["  ", [], "a blank query has no reading"],
];
