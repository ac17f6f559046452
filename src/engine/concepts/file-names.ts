/**
 * A file name or a path is not a mention: `nginx-s3.yaml` is neither nginx nor S3 nor YAML,
 * `MZ-CLOUD/docker/Linux` is a folder, `vm.max_map_count` a setting, `k8s.io` a domain. A
 * form that is itself a file name (`docker-compose.yml`, `Dockerfile`) still counts, when it is
 * the whole token.
 *
 * A token is a run of Latin letters, digits and `. _ - / ~` (Hangul, spaces and other
 * punctuation end it). It names a file or path when it ends in an extension (`.yaml`, not
 * `.04` or `.x`), holds a dot between two letters, starts like a path (`/`, `./`, `~/`) or holds
 * two slashes. One slash alone is how people write "or": `Docker/Podman`.
 *
 * Tokens are measured once and remembered, so a long token with many names in it stays linear.
 */
export class FileNameFilter {
  private tokenStart = -1;
  private tokenEnd = -1;
  private tokenIsFile = false;

  constructor(private readonly text: string) {}

  /** Whether `start..end` (a form found in the text) lies inside a longer token naming a file or path. */
  inFileName(start: number, end: number): boolean {
    // A form with no token character beside it is a whole token (the usual case, cheaply).
    if (!isTokenChar(this.text.charCodeAt(start - 1)) && !isTokenChar(this.text.charCodeAt(end))) return false;
    if (start < this.tokenStart || start >= this.tokenEnd) this.measure(start, end);
    return this.tokenIsFile && (start > this.tokenStart || end < this.tokenEnd);
  }

  private measure(start: number, end: number): void {
    const text = this.text;
    let from = start;
    while (from > 0 && isTokenChar(text.charCodeAt(from - 1))) from--;
    let to = end;
    while (to < text.length && isTokenChar(text.charCodeAt(to))) to++;
    // Sentence punctuation is not part of a name: `k8s.` at the end of a sentence, `…docker`.
    while (to > end && isTrailing(text.charCodeAt(to - 1))) to--;
    while (from < start && text.charCodeAt(from) === 46 && text.charCodeAt(from + 1) === 46) from++;
    this.tokenStart = from;
    this.tokenEnd = Math.max(to, end);
    this.tokenIsFile = namesFile(text, from, this.tokenEnd);
  }
}

function namesFile(text: string, from: number, to: number): boolean {
  let slashes = 0;
  let dotBetweenLetters = false;
  let lastDot = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 47) slashes++;
    else if (c === 46) {
      lastDot = i;
      if (i > from && isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1))) dotBetweenLetters = true;
    }
  }
  if (slashes >= 2 || dotBetweenLetters) return true;
  const first = text.charCodeAt(from);
  if (slashes === 1 && (first === 47 || first === 126 || (first === 46 && text.charCodeAt(from + 1) === 47))) return true;
  return lastDot > from && isExtension(text, lastDot + 1, to);
}

/** `yaml`, `md`, `tar`, `conf`: two to five characters starting with a letter. */
function isExtension(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 2 || length > 5 || !isLetter(text.charCodeAt(from))) return false;
  for (let i = from + 1; i < to; i++) if (!isLetter(text.charCodeAt(i)) && !isDigit(text.charCodeAt(i))) return false;
  return true;
}

function isTokenChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 45 || c === 47 || c === 126;
}

function isTrailing(c: number): boolean {
  return c === 46 || c === 45 || c === 47 || c === 95;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
