import type { ConceptMatcher } from "../concepts/concept-matcher";
import { domainMask } from "../concepts/domain-mask";
import { noOutsideEvidence, type OutsideEvidence } from "../concepts/outside-evidence";
import type { ProtectedSpans, SpanKind } from "../markdown/protected-spans";

const CODE: ReadonlySet<SpanKind> = new Set<SpanKind>(["code"]);
const KUBERNETES = domainMask(["kubernetes"]);
/** A command's name is a word this long at most: a longer run is a path, a hash, a value. */
const LONGEST_COMMAND = 32;

/**
 * The tools whose commands open the code of a note, as evidence of their domains
 * (concepts/outside-evidence.ts): `kubectl delete ns demo` in a line of Korean prose says the
 * 네임스페이스 beside it is Kubernetes'; `docker volume ls` under a heading says its 볼륨 is
 * Docker's. Only the first word of a code span, or of a line of a code block, after a `$ ` or
 * `sudo `, when that word is all of a concept's name or alias, as the matcher reads names (`cd`
 * is no CD), and arguments follow it: a name alone in code (`k8s-nodes`, a firewall rule's) is
 * no command. A fence's language (```yaml) is none either. A manifest's `apiVersion:` line
 * speaks of Kubernetes. Each piece spans its code, in text order.
 */
export function commandEvidence(text: string, spans: ProtectedSpans, matcher: ConceptMatcher): OutsideEvidence {
  const out = noOutsideEvidence();
  for (const span of spans.ofKinds(CODE)) {
    if (holdsNewline(text, span.from, span.to)) continue; // a code span over several lines
    if (text.startsWith("```", span.from) || text.startsWith("~~~", span.from)) continue;
    let at = span.from;
    while (at < span.to && isBlankOrBacktick(text.charCodeAt(at))) at++;
    if (text.startsWith("apiVersion:", at)) {
      // A Kubernetes manifest in a code block: its section speaks of Kubernetes.
      out.starts.push(span.from);
      out.ends.push(span.to);
      out.masks.push(KUBERNETES);
      continue;
    }
    at = afterPrompt(text, at, span.to);
    let end = at;
    while (end < span.to && isCommandCharacter(text.charCodeAt(end))) end++;
    if (end === at || end - at > LONGEST_COMMAND || !followedByArgument(text, end, span.to)) continue;
    const mask = matcher.wholeNameMask(text.slice(at, end));
    if (mask === 0) continue;
    out.starts.push(span.from);
    out.ends.push(span.to);
    out.masks.push(mask);
  }
  return out;
}

/** Whether `text` breaks a line between `from` and `to` (looked for there only: a note of thousands of code spans on one line is read once). */
function holdsNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Past a shell prompt (`$ `, `# ` is a comment and stays) and `sudo `. */
function afterPrompt(text: string, at: number, to: number): number {
  if (text.charCodeAt(at) === DOLLAR && text.charCodeAt(at + 1) === SPACE) at += 2;
  if (text.startsWith("sudo ", at) && at + 5 < to) at += 5;
  return at;
}

/** A space, then more than backticks: `kubectl get pods`, not the name `k8s-nodes` or `NodePort` alone. */
function followedByArgument(text: string, end: number, to: number): boolean {
  const c = text.charCodeAt(end);
  if (end >= to || (c !== SPACE && c !== TAB)) return false;
  for (let i = end + 1; i < to; i++) if (!isBlankOrBacktick(text.charCodeAt(i))) return true;
  return false;
}

function isBlankOrBacktick(c: number): boolean {
  return c === SPACE || c === TAB || c === BACKTICK;
}

/** Letters, digits, `-`, `_`, `.`: `docker-compose`, `kube-proxy`, `helm3`. */
function isCommandCharacter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46;
}

const SPACE = 32;
const TAB = 9;
const BACKTICK = 96;
const DOLLAR = 36;
