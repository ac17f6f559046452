/**
 * Addresses written bare in prose, which are never prose: URLs with a scheme (`https://…`),
 * without one (`www.docker.com`, `docs.docker.com/engine`, `ko.wikipedia.org/wiki/도커`), and
 * file paths written with backslashes (`C:\ProgramData\Docker`, `Users\me\docker`). Each finder
 * is called at the character that gives the address away (`:`, `w`, `.`, `\`) and returns the
 * span it covers, or null; every look back or ahead is bounded, so the scan stays linear.
 */

export interface Found {
  from: number;
  to: number;
}

/** How far back a scheme or a domain label may start. */
const MAX_LOOK_BACK = 63;
/** How far a domain name may run. */
const MAX_DOMAIN = 253;

/**
 * Top-level domains that make a bare `name.tld` a web address even without a path. File
 * extensions that are also top-level domains (`.sh`, `.so`, `.md`, `.py`, `.rs`) are left out:
 * `install.sh` is a file.
 */
const WEB_TLDS = new Set(
  "com org net io dev kr co ai app cloud edu gov jp cn de uk fr us ca au eu ru info biz xyz tech page blog site online".split(" "),
);

/**
 * Whether the `:`, `w` or `.` at `at` is in the company an address needs: `://` or `:\`, `ww`,
 * a letter, digit or `-` on both sides of the `.`. Most are not (the full stop of a sentence, the
 * w of a word), and the scan steps over them as over prose; the finders check the rest.
 */
export function mayStartAddress(text: string, c: number, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  if (c === 58 /* : */) return next === 47 || next === 92;
  if (c === 119 /* w */) return next === 119;
  return isLabelChar(next) && at > 0 && isLabelChar(text.charCodeAt(at - 1));
}

/** `https://…` when `at` is the `:` of `://`. */
export function schemeUrl(text: string, at: number, lineStart: number, end: number): Found | null {
  if (text.charCodeAt(at + 1) !== 47 || text.charCodeAt(at + 2) !== 47) return null;
  let from = at;
  while (from > lineStart && at - from < 32 && isSchemeChar(text.charCodeAt(from - 1))) from--;
  if (from === at) return null;
  return { from, to: urlEnd(text, at + 3, end) };
}

/** `www.…` when `at` is its first `w`. */
export function wwwUrl(text: string, at: number, lineStart: number, end: number): Found | null {
  if (text.charCodeAt(at + 1) !== 119 || text.charCodeAt(at + 2) !== 119 || text.charCodeAt(at + 3) !== 46) return null;
  if (at > lineStart && isSchemeChar(text.charCodeAt(at - 1))) return null;
  return { from: at, to: urlEnd(text, at + 4, end) };
}

/**
 * A domain without a scheme, when `at` is a `.` inside it: `docs.docker.com/x`, or a bare
 * `docker.com` whose last label is a known web domain.
 */
export function domainUrl(text: string, at: number, lineStart: number, end: number): Found | null {
  let from = at;
  while (from > lineStart && at - from < MAX_LOOK_BACK && isLabelChar(text.charCodeAt(from - 1))) from--;
  if (from === at || (from > lineStart && !isBoundaryBefore(text.charCodeAt(from - 1)))) return null;
  let to = at;
  let labels = 1;
  let lastLabel = at;
  while (to < end && to - from < MAX_DOMAIN && text.charCodeAt(to) === 46) {
    let next = to + 1;
    while (next < end && isLabelChar(text.charCodeAt(next))) next++;
    if (next === to + 1) break;
    labels++;
    lastLabel = to + 1;
    to = next;
  }
  if (labels < 2) return null;
  const tld = text.slice(lastLabel, to);
  if (!/^[A-Za-z]{2,24}$/.test(tld)) return null;
  const after = text.charCodeAt(to);
  if (after === 47 /* / */ || (after === 58 /* : */ && isDigit(text.charCodeAt(to + 1)))) return { from, to: urlEnd(text, to, end) };
  return WEB_TLDS.has(tld.toLowerCase()) && !isLabelChar(after) ? { from, to } : null;
}

/** `C:\…` when `at` is the `:` after a drive letter. */
export function drivePath(text: string, at: number, lineStart: number, end: number): Found | null {
  if (text.charCodeAt(at + 1) !== 92 || at - 1 < lineStart || !isAsciiLetter(text.charCodeAt(at - 1))) return null;
  if (at - 2 >= lineStart && !isBoundaryBefore(text.charCodeAt(at - 2))) return null;
  return { from: at - 1, to: pathEnd(text, at + 1, end) };
}

/** `Users\me\docker`: a backslash between two word characters, as in a path; the whole word is the path. */
export function backslashPath(text: string, at: number, lineStart: number, end: number): Found | null {
  if (at === lineStart || !isPathChar(text.charCodeAt(at - 1)) || !isWordChar(text.charCodeAt(at + 1))) return null;
  let from = at;
  while (from > lineStart && at - from < 256 && isPathChar(text.charCodeAt(from - 1))) from--;
  return { from, to: pathEnd(text, at, end) };
}

function urlEnd(text: string, from: number, end: number): number {
  let stop = from;
  while (stop < end && !isUrlStop(text.charCodeAt(stop))) stop++;
  return stop;
}

function pathEnd(text: string, from: number, end: number): number {
  let stop = from;
  while (stop < end && !isUrlStop(text.charCodeAt(stop)) && text.charCodeAt(stop) !== 41 /* ) */) stop++;
  return stop;
}

/** `[A-Za-z0-9+.-]`: a character of a URL scheme. */
function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 43 || c === 46 || c === 45;
}

function isLabelChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 45;
}

/** What may stand right before an address: not a character that would make it part of a longer word or path. */
function isBoundaryBefore(c: number): boolean {
  return !(isLabelChar(c) || c === 46 || c === 95 || c === 47 || c === 92 || c === 37 || (c >= 0xc0 && c <= 0x24f));
}

function isPathChar(c: number): boolean {
  return isWordChar(c) || c === 46 || c === 45 || c === 92 || c === 58 || c === 47 || c === 126 || c >= 0xac00;
}

function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 95 || (c >= 0xac00 && c <= 0xd7a3);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `[\s<>"'\`]`: where a bare URL ends (`\s` as JavaScript reads it, Unicode spaces included). */
export function isUrlStop(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 60 || c === 62 || c === 34 || c === 39 || c === 96;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
