/**
 * What may follow a Korean concept name inside the same word: particles (도커**는**,
 * 컨테이너**를**), the copula and its endings (쿠버네티스**란**, 도커**인건가**), and the few
 * suffixes that keep the noun's meaning (컨테이너**화된**, 컨테이너**들**).
 *
 * A word counts as a mention when what follows the name can be cut into these pieces; so
 * 도커에서도 (에서 + 도) counts, and 파스타 (파스 + 타) or 깃발 (깃 + 발) do not.
 */

const PIECES = [
  // case particles
  "이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "께", "께서", "한테", "로", "으로",
  "와", "과", "도", "만", "까지", "부터", "처럼", "보다", "같이", "마다", "조차", "밖에", "뿐", "랑",
  "이랑", "하고", "나", "이나", "든", "이든", "든지", "이든지", "엔", "에선", "서", "로서", "으로서",
  "로써", "으로써", "요", "야", "이야", "여", "이여", "끼리", "별", "마저", "대로", "만큼", "로부터", "으로부터",
  "에게서", "라도", "이라도", "에다", "에다가",
  // copula and its endings
  "란", "이란", "라는", "이라는", "라고", "이라고", "라", "이라", "라서", "이라서", "인", "인데", "인지",
  "인가", "인가요", "이고", "고", "이며", "며", "이다", "다", "입니다", "이에요", "예요", "에요", "였다",
  "이었다", "였고", "이었고", "건가", "건지", "건데", "건", "거", "것", "걸", "게", "데", "지", "죠",
  "네", "냐", "니", "가요", "나요", "같은", "같다", "같아", "랑은",
  // suffixes that keep the noun: plural, -ization, -like
  "들", "화", "적", "형", "용", "상", "된", "되는", "되어", "됨", "하는", "한", "할", "해", "하여",
  "했다", "하다", "해서", "했던",
] as const;

/** Endings allowed after a one-syllable name (깃): only plain case particles, so 깃발 and 깃들다 stay out. */
const SHORT_NAME_PIECES = new Set(["이", "가", "은", "는", "을", "를", "의", "에", "에서", "으로", "로", "과", "와", "도", "만"]);

const PIECE_SET: ReadonlySet<string> = new Set(PIECES);
const LONGEST_PIECE = Math.max(...PIECES.map((p) => p.length));

/** Longest run of syllables after a name that we try to read as endings. */
export const MAX_ENDING_LENGTH = 8;

/**
 * Runs already judged: the same few particles follow names all through a vault (를, 는, 에서, 으로
 * …), and judging one cuts it many ways. Bounded, so a hostile note cannot grow it without end.
 */
const judged = new Map<string, boolean>();
const JUDGED_LIMIT = 4096;

/** Whether `run` (the Hangul right after a concept name) is made only of endings. */
export function isKoreanEnding(run: string, nameLength: number): boolean {
  if (run.length > MAX_ENDING_LENGTH) return false;
  if (nameLength === 1) return isShortNameEnding(run);
  let verdict = judged.get(run);
  if (verdict === undefined) {
    verdict = cutsIntoEndings(run);
    if (judged.size >= JUDGED_LIMIT) judged.clear();
    judged.set(run, verdict);
  }
  return verdict;
}

function cutsIntoEndings(run: string): boolean {
  const reachable: boolean[] = [true];
  for (let end = 1; end <= run.length; end++) {
    reachable[end] = false;
    for (let size = 1; size <= LONGEST_PIECE && size <= end; size++) {
      if (reachable[end - size] && PIECE_SET.has(run.slice(end - size, end))) {
        reachable[end] = true;
        break;
      }
    }
  }
  return reachable[run.length] === true;
}

function isShortNameEnding(run: string): boolean {
  if (SHORT_NAME_PIECES.has(run)) return true;
  // two plain particles in a row: 깃에서도, 깃으로는
  for (let cut = 1; cut < run.length; cut++) {
    if (SHORT_NAME_PIECES.has(run.slice(0, cut)) && SHORT_NAME_PIECES.has(run.slice(cut))) return true;
  }
  return false;
}
