import { canBeChoseong, convertHangulToQwerty, convertQwertyToHangul, disassemble, getChoseong } from "es-hangul";
import { containsHangul, isHangulSyllable } from "../text/hangul";

/**
 * How a written form (a concept name, an alias, a note title, a question) and a query become
 * strings that compare with `startsWith` and `indexOf`.
 *
 * Hangul is compared as jamo (도커 → ㄷㅗㅋㅓ): a Korean IME shows every keystroke composed
 * (ㄷ, 도, 돜, 도커), and every one of those states, decomposed, is a prefix of the jamo of the
 * word being typed, so results stay put while a syllable is still being composed.
 *
 * Keyboard layouts are converted on the query, not on the items. A qwerty key stands for one
 * jamo (e→ㄷ, h→ㅗ), and decomposed text spells compound vowels and finals as the keys typed
 * (ㅘ → ㅗㅏ), so `ehzj` read as jamo equals the jamo key of 도커: converting the one query is
 * the same as converting every key, at the cost of one string per keystroke.
 */

/** A written form, as the search compares it. */
export interface SearchKey {
  /** The form as written, shown as what matched: `도커`. */
  form: string;
  /** Lowercase NFC, punctuation as single spaces, Hangul as jamo: `ㄷㅗㅋㅓ`, `docker compose`. */
  jamo: string;
  /** Initial consonants of each syllable, other letters kept: `ㄷㅋ`. Only for forms with Hangul. */
  choseong?: string;
}

/**
 * One way to read a query. A query can have several: as typed, through the other keyboard layout,
 * and in the other language (`query-translations.ts`).
 */
export interface QueryReading {
  /** `choseong` when the query is initial consonants only (ㄷㅋ), compared with `SearchKey.choseong`. */
  mode: "jamo" | "choseong";
  /** The query in the form of the keys it is compared with. */
  text: string;
  /** The query normalised but not decomposed (`도커 네트워크`): what names and words are looked up by. */
  plain: string;
  /** `" " + text`: found in a key, the query starts one of its words. */
  spaced: string;
  /** The query's words, each with its leading space, when there are several. */
  words: QueryWord[];
  /** Read through the other keyboard layout: typed with the wrong input source. */
  converted: boolean;
  /** Read in the other language: a concept's other names, or the lexicon's words. */
  translated: boolean;
  /** A match inside a word counts; a lone jamo or letter is found inside too many words to list. */
  infix: boolean;
  /**
   * Worth a typo-tolerant pass. Not for initial consonants, nor for Hangul read as English:
   * `ㅎㅇㄹ` is `gdf`, which is one typo from the `udf` in `cloudformation`.
   */
  fuzzy: boolean;
}

/** A word of a query, in the keys' form, and what else it may be written as in the other language. */
export interface QueryWord {
  text: string;
  spaced: string;
  /** The same word in the other language (`네트워크` → `network`), in the keys' form. */
  alternatives?: Array<{ text: string; spaced: string }>;
}

/** Queries shorter than this are not read through the other layout: `e` is not yet ㄷ. */
const MIN_CONVERTED_LENGTH = 2;
/** Queries shorter than this are only matched at word starts. */
const MIN_INFIX_LENGTH = 3;

/** Lowercase NFC with every run of non-letters, non-digits as one space (`CI/CD` → `ci cd`). */
export function normalizeForm(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * Builds search keys, decomposing each word once: es-hangul's `disassemble` costs microseconds
 * a call, and a vault repeats its words (도커, 컨테이너) across thousands of titles and questions.
 */
export class SearchKeyBuilder {
  private readonly words = new Map<string, { jamo: string; choseong: string }>();

  /** The key of a written form, or `undefined` when nothing searchable is left (an emoji alone). */
  key(form: string): SearchKey | undefined {
    const quick = quickKey(form);
    return quick === null ? this.keyByWords(form) : quick;
  }

  /** The key the general way: normalised, split into words, each word decomposed once and cached. */
  keyByWords(form: string): SearchKey | undefined {
    const normalized = normalizeForm(form);
    if (normalized === "") return undefined;
    // Most keys of an English title have no Hangul: their normal form is their key.
    if (!containsHangul(normalized)) return { form, jamo: normalized };
    const jamo: string[] = [];
    const choseong: string[] = [];
    for (const word of normalized.split(" ")) {
      const keys = this.wordKeys(word);
      jamo.push(keys.jamo);
      choseong.push(keys.choseong);
    }
    return { form, jamo: jamo.join(" "), choseong: choseong.join(" ") };
  }

  /** The jamo form of text already normalised (`normalizeForm`): how a translation is compared. */
  jamoOf(normalized: string): string {
    return normalized.split(" ").map((word) => this.wordKeys(word).jamo).join(" ");
  }

  private wordKeys(word: string): { jamo: string; choseong: string } {
    let keys = this.words.get(word);
    if (!keys) {
      keys = hasSyllable(word) ? { jamo: disassemble(word), choseong: getChoseong(word, { keepNonHangul: true }) } : { jamo: word, choseong: word };
      this.words.set(word, keys);
    }
    return keys;
  }
}

const SYLLABLES = 0xac00;
const SYLLABLE_COUNT = 11172;
/** Each syllable's jamo and initial consonant, from es-hangul, made when first met. */
const syllableJamo: Array<string | undefined> = new Array<string | undefined>(SYLLABLE_COUNT);
const syllableChoseong: Array<string | undefined> = new Array<string | undefined>(SYLLABLE_COUNT);

/**
 * The key of a form written in ASCII and Hangul syllables only, as `SearchKeyBuilder.key` makes
 * it, in one pass: such text is NFC already, its letters and digits are `[A-Za-z0-9]` and the
 * syllables, and es-hangul decomposes it a character at a time, so each syllable's forms come
 * from a table. Most keys of a Korean or English vault are such; building a hundred thousand
 * through the regular expressions and a split per word cost half a second at ten thousand
 * notes. `null` for a form with any other character, which takes the general way.
 */
function quickKey(form: string): SearchKey | undefined | null {
  const jamo: string[] = [];
  const choseong: string[] = [];
  let hangul = false;
  let gap = false;
  let run = -1;
  for (let i = 0; i <= form.length; i++) {
    const code = i < form.length ? form.charCodeAt(i) : 32;
    const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (alnum) {
      if (run < 0) {
        if (gap && jamo.length > 0) pushBoth(jamo, choseong, " ");
        gap = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      pushBoth(jamo, choseong, form.slice(run, i).toLowerCase());
      run = -1;
    }
    if (code < 128) {
      gap = true;
      continue;
    }
    const syllable = code - SYLLABLES;
    if (syllable < 0 || syllable >= SYLLABLE_COUNT) return null;
    if (gap && jamo.length > 0) pushBoth(jamo, choseong, " ");
    gap = false;
    hangul = true;
    const char = form[i] as string;
    jamo.push((syllableJamo[syllable] ??= disassemble(char)));
    choseong.push((syllableChoseong[syllable] ??= getChoseong(char, { keepNonHangul: true })));
  }
  if (jamo.length === 0) return undefined;
  return hangul ? { form, jamo: jamo.join(""), choseong: choseong.join("") } : { form, jamo: jamo.join("") };
}

function pushBoth(jamo: string[], choseong: string[], text: string): void {
  jamo.push(text);
  choseong.push(text);
}

/**
 * Every reading of a query, the one as typed first; none for a blank query. A query typed in the
 * English layout that spells Hangul (`ehzj` → 도커) is also read as Hangul, and Hangul that spells
 * English on the qwerty keys (`애찯ㄱ` → docker) is also read as English.
 */
export function readQuery(raw: string): QueryReading[] {
  const typed = raw.normalize("NFC").trim();
  const text = normalizeForm(typed);
  if (text === "") return [];
  const readings = [readingOf(disassemble(text), text, false, true)];
  const other = otherLayout(typed);
  if (other !== undefined) {
    const otherPlain = normalizeForm(other.text);
    const otherText = disassemble(otherPlain);
    if (otherText !== "" && otherText !== readings[0]?.text) readings.push(readingOf(otherText, otherPlain, true, other.toHangul));
  }
  return readings;
}

/** The query through the other keyboard layout, when it plausibly was typed in the wrong one. */
function otherLayout(typed: string): { text: string; toHangul: boolean } | undefined {
  if (/^[A-Za-z][A-Za-z0-9 ]*$/.test(typed)) {
    if (typed.replace(/[^A-Za-z]/g, "").length < MIN_CONVERTED_LENGTH) return undefined;
    const hangul = convertQwertyToHangul(typed);
    return looksTypedInHangul(hangul) ? { text: hangul, toHangul: true } : undefined;
  }
  if (!containsHangul(typed) || /[A-Za-z]/.test(typed)) return undefined;
  // One letter a keystroke: 도 is two (e, h), enough to be read as English; ㅋ alone is not.
  const qwerty = convertHangulToQwerty(typed);
  return qwerty.replace(/[^A-Za-z]/g, "").length < MIN_CONVERTED_LENGTH ? undefined : { text: qwerty, toHangul: false };
}

/** A reading of text already in the keys' form (`text`) and as normalised (`plain`). */
export function readingOf(text: string, plain: string, converted: boolean, typoTolerant: boolean, translated = false): QueryReading {
  const parts = text.split(" ");
  const onlyConsonants = [...text].every((char) => char === " " || canBeChoseong(char));
  return {
    mode: onlyConsonants ? "choseong" : "jamo",
    text,
    plain,
    spaced: " " + text,
    // Longest first: the rarest word rules most keys out with one indexOf.
    words: parts.length > 1 ? parts.sort((a, b) => b.length - a.length).map((word) => ({ text: word, spaced: " " + word })) : [],
    converted,
    translated,
    infix: !onlyConsonants && text.length >= MIN_INFIX_LENGTH,
    fuzzy: typoTolerant && !onlyConsonants,
  };
}

function hasSyllable(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isHangulSyllable(word.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether converted text reads as Korean typing: each word whole syllables, save the jamo still
 * being typed at its end (쿠번, 애찯ㄱ), or initial consonants only (ㄷㅋ). English words read
 * through the Korean layout strand vowels and consonants mid-word (kubernates → ㅏㅕㅠㄷ굼…,
 * terraform → ㅅㄷㄱㄱㅁ래그): Korean typing never does.
 */
function looksTypedInHangul(text: string): boolean {
  return text.split(/\s+/).every((word) => {
    if (word === "" || [...word].every((char) => canBeChoseong(char))) return true;
    for (let i = 0; i < word.length - 1; i++) if (!isHangulSyllable(word.charCodeAt(i))) return false;
    return true;
  });
}
