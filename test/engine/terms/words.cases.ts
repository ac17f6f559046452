/**
 * Words that must meet (the same key) and words that must not, as questions and notes write them:
 * Korean with particles and verb endings, English plurals and -ing, and the two languages through
 * the lexicon.
 */
export const SAME_KEY: Array<{ name: string; words: string[] }> = [
  { name: "Korean particles", words: ["컨테이너", "컨테이너를", "컨테이너는", "컨테이너에서는", "컨테이너들"] },
  { name: "하다 verbs", words: ["배포", "배포하는", "배포한다", "배포하려면", "배포했는데"] },
  { name: "되다 verbs", words: ["재시작", "재시작되는", "재시작된", "재시작되면"] },
  { name: "a one-syllable noun with a plain particle", words: ["락", "락을"] },
  { name: "English plurals, -ing, -ed, a final e", words: ["route", "routes", "routing", "routed"] },
  { name: "cache in both languages", words: ["cache", "caching", "캐시", "캐시를", "캐싱"] },
  { name: "routing in both languages", words: ["라우팅", "라우팅을", "routing", "라우트"] },
  { name: "restart in both languages", words: ["restart", "재시작", "재기동"] },
  { name: "rollback, revert and 롤백", words: ["rollback", "롤백", "revert", "롤백은"] },
  { name: "English synonyms", words: ["env", "environment", "환경"] },
  { name: "database spellings", words: ["db", "database", "디비", "데이터베이스"] },
];

export const DIFFERENT_KEYS: Array<{ name: string; words: [string, string] }> = [
  { name: "이미지 keeps its 지", words: ["이미지", "이미"] },
  { name: "차이 keeps its 이", words: ["차이", "차"] },
  { name: "a route is not a router", words: ["route", "router"] },
  { name: "image is not a container", words: ["image", "container"] },
  { name: "cache is not a layer", words: ["캐시", "레이어"] },
];

/** Words that say nothing about a question's subject. */
export const NO_KEY = ["왜", "어떻게", "무엇", "뭐가", "것", "the", "is", "what", "how", "7", "x", "정리"];
