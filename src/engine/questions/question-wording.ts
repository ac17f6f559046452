import { isHangulSyllable } from "../text/hangul";

/**
 * Whether a line of a note is worded as a question, as Korean and English learners write them:
 * a `?` at the end, or a Korean question ending without one (할까, 무엇인가, 되나요, 뭐냐, 어떻게
 * 동작하는지, X가 궁금합니다). Only the end of the line is read, past what learners put after a
 * question (`?!`, `...`, `ㅠㅠ`, an aside in parentheses, `<br>`), so a statement that merely holds a
 * `?` in the middle is not a question.
 */

/** Final consonant (jongseong) index of a precomposed syllable: 0 none, 4 ㄴ, 8 ㄹ, 17 ㅂ. */
function finalOf(syllable: number): number {
  return (syllable - 0xac00) % 28;
}

const FINAL_N = 4;
const FINAL_L = 8;
const FINAL_B = 17;

/** Nouns that end like a question (전문가 ends in ㄴ + 가, as 무엇인가 does). */
const NOT_ENDINGS = new Set(["전문가", "평론가", "연주가", "궁금증", "알지", "인지"]);
/** `-나` asks after these (있나, 되나, 맞나); elsewhere it is a noun (하나) or a conjunction. */
const NA_ASKS = new Set(["있", "없", "되", "맞", "않", "했", "됐", "었", "였", "겠"]);

/** The line with what follows a question taken off its end: spaces, `<br>`, emphasis, `ㅠㅠ`, `(…)`, `!`, `.`, `~`. */
export function questionCore(line: string): string {
  // By hand, from the end: an end-anchored regex is tried at every offset, quadratic in a long line.
  let end = line.length;
  for (let round = 0; round < 4; round++) {
    const before = end;
    for (;;) {
      const c = line.charCodeAt(end - 1);
      if (end > 0 && (TRAILING.has(c) || isSpace(c))) end--;
      else if (end >= 4 && c === 62 /* > */ && /<br\s*\/?>$/i.test(line.slice(Math.max(0, end - 8), end))) end = line.lastIndexOf("<", end - 1);
      else break;
    }
    // An aside in parentheses after the question (`…모르겠다 (다음엔 OOP로 할까요?)`) is not its end.
    if (end > 0 && line.charCodeAt(end - 1) === 41 /* ) */) {
      const open = line.lastIndexOf("(", end - 1);
      if (open > 0 && line.slice(0, open).trim() !== "") end = open;
    }
    if (end === before) break;
  }
  return line.slice(0, end);
}

/** Characters learners put after a question: emphasis, emoticons (ㅠㅠ, ㅋㅋ, ^^, ;;), `!`, `.`, `~`, `…`, `,`. */
const TRAILING = new Set([..."*=_~`ㅠㅜㅎㅋ^;.!…,"].map((c) => c.charCodeAt(0)));

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

/**
 * Whether the line ends as a question: `?`, or a Korean question ending. An embedded question
 * (`어떻게 동작하는지`, `둘 중 뭘 쓸지`) counts only with `embedded`, where the note says questions
 * are meant: in a list it describes as often as it asks (`명령형은 어떻게 푸는지 vs 선언형은 …`).
 */
export function asks(line: string, embedded = false): boolean {
  const core = questionCore(line);
  if (core.length === 0) return false;
  const last = core.charCodeAt(core.length - 1);
  if (last === 63 /* ? */ || last === 0xff1f /* ？ */) return core.length > 1 && core.charCodeAt(core.length - 2) !== 40; /* `(?` */
  return endsInKoreanQuestion(core, embedded);
}

/**
 * A true-or-false quiz asks by its label, whatever it ends with (`OX: secret은 etcd에 평문으로
 * 저장된다`, `(O/X) …`): Korean study notes quiz themselves this way, and answer `답: O`.
 */
export function asksAsQuiz(line: string): boolean {
  return QUIZ.test(line.trim());
}

const QUIZ = /^(?:(?:OX|O\/X|O, ?X)[ \t]*[:：.)]|[([](?:OX|O\/X)[)\]])[ \t]*\S/;

/**
 * Where questions are meant (under 질문, in a question callout), a Korean line may ask by its last
 * noun, as a list of questions to study does: `EmptyDir과 HostPath의 차이`, `Service를 쓰는 이유`,
 * `롤링 업데이트의 장단점`.
 */
export function asksByNoun(line: string): boolean {
  const core = questionCore(line);
  const start = lastHangulWordStart(core);
  const word = core.slice(start);
  return word.length >= 2 && start > 0 && ASKING_NOUNS.some((noun) => word.endsWith(noun));
}

const ASKING_NOUNS = ["차이", "차이점", "이유", "장단점"];

/**
 * English asks without a `?` when it starts as a question does (`Why does etcd need a quorum`,
 * `Is it safe to …`); `How to …` and `What I learned` are titles, not questions. Read only where
 * the note says a question is meant: under a question heading, in a question callout.
 */
export function asksInEnglish(line: string): boolean {
  return /^(?:(?:what|why|how|when|where|which|who|whose)\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|happens|happened)\b|(?:is|are|does|did|can|could|should|would|was|were|has)\s+\S+\s+\S)/i.test(line.trim());
}

/** The syllable `n` from the end of `word` (1: its last), or 0 when it is shorter. */
function fromEnd(word: string, n: number): number {
  return word.length >= n ? word.charCodeAt(word.length - n) : 0;
}

/** Where the run of Hangul syllables that ends `core` starts (`core.length` when it ends in none). */
function lastHangulWordStart(core: string): number {
  let start = core.length;
  while (start > 0 && isHangulSyllable(core.charCodeAt(start - 1))) start--;
  return start;
}

function endsInKoreanQuestion(core: string, embedded: boolean): boolean {
  const word = core.slice(lastHangulWordStart(core));
  if (word.length === 0 || NOT_ENDINGS.has(word)) return false;
  // `word.endsWith`, `fromEnd`: no closure over `word` a call, as every line under a question is read here.
  if (word.endsWith("나요") || word.endsWith("냐") || word.endsWith("려나")) return true;
  if (word.startsWith("궁금")) return true; // 궁금하다, 궁금합니다, 궁금함
  if (word.endsWith("까") || word.endsWith("까요")) {
    const before = fromEnd(word, word.endsWith("까요") ? 3 : 2);
    if (before === 0) return false;
    // -ㄹ까 asks (할까, 될까, 일까); 볼까 without a `?` is a plan (알아볼까), not a question.
    if (finalOf(before) === FINAL_L) return !(word.endsWith("볼까") && word.length > 2);
    // -ㅂ니까 asks (입니까); 니까 alone means "because" (하니까).
    const twoBefore = fromEnd(word, word.endsWith("까요") ? 4 : 3);
    return String.fromCharCode(before) === "니" && twoBefore !== 0 && finalOf(twoBefore) === FINAL_B;
  }
  if (word.endsWith("가") || word.endsWith("가요")) {
    const before = fromEnd(word, word.endsWith("가요") ? 3 : 2);
    return before !== 0 && finalOf(before) === FINAL_N; // 인가, 는가, 은가, 한가, 어려운가, 그런가
  }
  if (embedded && (word.endsWith("지") || word.endsWith("지요"))) {
    const before = fromEnd(word, word.endsWith("지요") ? 3 : 2);
    if (before === 0) return false;
    const syllable = String.fromCharCode(before);
    // An embedded question: 동작하는지, 무엇인지, 적당한지, 할지 (편지 is a letter).
    return syllable === "는" || syllable === "을" || finalOf(before) === FINAL_N || finalOf(before) === FINAL_L ? !word.endsWith("편지") : false;
  }
  if (word.endsWith("나") && word.length >= 2) return NA_ASKS.has(String.fromCharCode(fromEnd(word, 2)));
  return false;
}

/**
 * The arrows that lead an answer (`->`, `=>`, `→`, `⇒`), as a regex alternation: an answer line
 * starts with one (`ANSWER_MARKER`, whose quick test `MAY_START_MARKER` holds their first
 * characters), and a question answers itself after one.
 */
export const ANSWER_ARROWS = "->|=>|→|⇒";
const ARROW_IN_LINE = new RegExp(`\\s(?:${ANSWER_ARROWS})\\s*`);

/**
 * A question that carries its own answer on its line: after an arrow (`왜 안 되지? -> 포트가
 * 막혀서`; `=>`, `→` and `⇒` too), after its `?` (`도커란? 컨테이너 플랫폼`), or a line that is
 * itself a statement (`파드 IP는 재시작하면 바뀐다`). The answer's words, or null when the line
 * only asks.
 */
export function inlineAnswer(line: string, marked = true): string | null {
  const arrow = ARROW_IN_LINE.exec(line);
  // A line marked as a question answers itself after any arrow; an unmarked one only after a part that asks.
  if (arrow && arrow.index > 0 && (marked || asks(line.slice(0, arrow.index)))) {
    const after = line.slice(arrow.index + arrow[0].length).trim();
    if (after !== "") return after;
  }
  const mark = firstQuestionMark(line);
  // A `?` inside quotes (`선배 왈: "캐시 문제 아냐?"라고 하심`) is someone else's question.
  if (mark !== -1 && /["'”’」』)]/.test(line[mark + 1] ?? "")) return null;
  if (mark >= 2) {
    const rest = line.slice(mark + 1).replace(/^[?？!\s]+/, "").trim();
    if (rest !== "" && !/^\(.*\)$/.test(rest) && /[\p{L}\p{N}]/u.test(rest) && !asks(rest)) return rest;
    return null;
  }
  // Only a line marked as a question can be a statement of its answer.
  if (!marked || mark !== -1) return null;
  return asks(line) || asksInEnglish(line) || !endsAsStatement(line) ? null : line.trim();
}

/** The first `?` that ends a question: not one in parentheses (`가장 흔한(?) 방법`, `캐시(redis?)를`). */
function firstQuestionMark(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && depth > 0) depth--;
    else if ((c === 63 || c === 0xff1f) && depth === 0) return i;
  }
  return -1;
}

/** Ends as a statement: 다, 음/함/됨/임, a polite 요 that does not ask, or an English sentence's full stop. */
function endsAsStatement(line: string): boolean {
  let end = line.length;
  while (end > 0 && (isSpace(line.charCodeAt(end - 1)) || "*=_~".includes(line[end - 1] as string))) end--;
  const trimmed = line.slice(0, end);
  const core = questionCore(trimmed);
  if (core === "") return false;
  const last = core[core.length - 1] as string;
  if (/[다음함됨임짐]/.test(last)) return true;
  if (last === "요") return !/[나가까지죠래예니]요$/.test(core);
  return /\.$/.test(trimmed) && /[A-Za-z]/.test(core) && !asksInEnglish(core);
}

/**
 * Words of a heading that mean "what follows are questions": 궁금증, 질문, 의문점, Questions, FAQ,
 * and the questions study books close a chapter with (생각해볼 문제, 확인 문제, 복습 문제). A bare
 * 문제 is not one (`문제 해결` is troubleshooting), nor 연습 문제: exercises ask for work.
 */
export function isQuestionHeading(heading: string): boolean {
  // `i`, not a lower-cased copy (V8's slow path for Korean text): the same matches, as no other
  // character than A–Z lowers to the pattern's ASCII letters (`İ` lowers to two characters).
  return /궁금|질문|의문|모르는 (?:것|점)|생각해 ?볼 문제|(?:확인|복습) ?문제|question|q&a|faq|❓/i.test(heading);
}
