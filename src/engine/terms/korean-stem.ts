/**
 * The stem of a Korean word for comparing questions with notes: particles and the common verb
 * endings taken off (컨테이너를 → 컨테이너, 배포하는 → 배포, 재시작되면 → 재시작, 바뀌는지 → 바뀌),
 * so that a question and a note written with different endings meet on the same word.
 *
 * Not a morphological analyser: an ending is taken off only when a stem of two syllables or more
 * is left (이미지 keeps its 지, 차이 its 이), or one syllable before a plain object or topic particle
 * (락을 → 락). The same word always gets the same stem, on both sides, which is what matters.
 */

const ENDINGS = [
  // 하다 and 되다 verbs: a Sino-Korean noun plus an ending (배포하다, 재시작되다)
  "하려면", "하는데", "하는지", "하는가", "하나요", "합니다", "했는데", "했는지", "했던", "하던", "했다", "했음", "하면", "하고",
  "하는", "하게", "하기", "하지", "하여", "해서", "해야", "해요", "해도", "한다", "할까", "할지", "하다", "한", "할", "함", "해",
  "되려면", "되는데", "되는지", "되나요", "됩니다", "됐는데", "됐던", "되던", "됐다", "되면", "되고", "되는", "되게", "되기",
  "되지", "되어", "돼서", "돼야", "된다", "될까", "될지", "되다", "된", "될", "됨", "돼",
  "시키는", "시키면", "시킨다", "시켜서", "시키다", "시켜", "시킨",
  // other verb and adjective endings
  "는데", "는지", "는가", "나요", "까요", "을까", "는다", "었다", "았다", "였다", "어서", "아서", "면서", "으면", "려면",
  "지만", "어요", "아요", "습니다",
  // particles and the copula
  "에서는", "에서도", "으로는", "으로도", "에게는", "이라는", "이라고", "이라서", "이라면", "에서", "에게", "으로", "부터",
  "까지", "처럼", "보다", "마다", "이나", "이랑", "라는", "라고", "라서", "라면", "에는", "에도", "로는", "로도", "와는", "과는",
  "이란", "인데", "인지", "인가", "이고", "이며", "이다", "입니다", "이에요", "예요", "에요", "들이", "들은", "들을", "들의",
  "들도", "란", "들", "을", "를", "은", "는", "이", "가", "의", "에", "도", "만", "로", "와", "과", "랑", "면",
];

/** The endings by their last syllable, longest first: a word is compared with the few that can end it. */
const BY_LAST = new Map<string, string[]>();
for (const ending of [...ENDINGS].sort((a, b) => b.length - a.length)) {
  const last = ending[ending.length - 1] as string;
  const list = BY_LAST.get(last);
  if (list) list.push(ending);
  else BY_LAST.set(last, [ending]);
}

const ENDING_SET: ReadonlySet<string> = new Set(ENDINGS);

/** Whether a run of syllables is only a particle or an ending (`를` after `Docker`, `에서` after `k8s`). */
export function isEnding(word: string): boolean {
  return ENDING_SET.has(word);
}

/** Particles after which a one-syllable stem is still a word (락을, 키는). */
const PLAIN_PARTICLES = new Set(["을", "를", "은", "는", "의", "에", "도", "만", "와", "과"]);

export function koreanStem(word: string): string {
  let stem = word;
  for (let round = 0; round < 3; round++) {
    const candidates = BY_LAST.get(stem[stem.length - 1] as string);
    const ending = candidates?.find((e) => stem.length > e.length && stem.endsWith(e) && (stem.length - e.length >= 2 || (stem.length === 2 && PLAIN_PARTICLES.has(e))));
    if (ending === undefined) break;
    stem = stem.slice(0, stem.length - ending.length);
  }
  return stem;
}
