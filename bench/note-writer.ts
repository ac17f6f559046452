import { BUILTIN_CONCEPTS } from "../src/engine/concepts/glossary/builtin-glossary";
import type { ConceptDef } from "../src/engine/concepts/glossary/concept-types";
import type { Prng } from "./prng";
import {
  ANSWERS, CODE_BLOCKS, EMBEDS, ENGLISH_SENTENCES, FRONTMATTERS, HEADINGS, INLINE_TAGS, KOREAN_SENTENCES,
  PARTICLES_AFTER_CONSONANT, PARTICLES_AFTER_VOWEL, QUESTIONS, TABLE, TEMPLATE_FIELDS,
} from "./vault-corpus";

export interface PlannedNote {
  path: string;
  title: string;
  /** UTF-8 size to write sections up to. */
  targetBytes: number;
  /** Set for a note tagged `concept`. */
  concept: { aliases: string[] } | null;
}

export interface UserConcept {
  name: string;
  alias: string;
}

/** Writes the text of one planned note from the corpus phrases; sections are added until the note reaches its size. */
export class NoteWriter {
  constructor(
    private readonly rng: Prng,
    private readonly notes: readonly PlannedNote[],
    private readonly userConcepts: readonly UserConcept[],
  ) {}

  write(note: PlannedNote): string {
    const rng = this.rng;
    const english = rng.chance(0.2);
    const parts: string[] = [];
    if (note.concept) parts.push(`---\ntags: [concept]\naliases: [${note.concept.aliases.join(", ")}]\n---\n`);
    else if (rng.chance(0.45)) parts.push(rng.pick(FRONTMATTERS));
    if (rng.chance(0.5)) parts.push("Up : [[HOME 🌎]]\n");
    parts.push(`# ${note.title}\n`);
    if (rng.chance(0.3)) parts.push(`${rng.pick(INLINE_TAGS)} ${rng.pick(INLINE_TAGS)}\n`);
    let bytes = parts.reduce((sum, part) => sum + Buffer.byteLength(part), 0);
    while (bytes < note.targetBytes) {
      const section = this.section(english);
      parts.push(section);
      bytes += Buffer.byteLength(section);
    }
    if (rng.chance(0.3)) parts.push("\n" + this.fill(rng.pick(TEMPLATE_FIELDS), english) + "\n");
    return parts.join("");
  }

  private section(english: boolean): string {
    const rng = this.rng;
    const out: string[] = [`\n## ${rng.pick(HEADINGS)}\n`];
    const blocks = rng.int(1, 4);
    for (let b = 0; b < blocks; b++) {
      const r = rng.next();
      if (r < 0.35) out.push(this.paragraph(english));
      else if (r < 0.6) out.push(this.list(english));
      else if (r < 0.72) out.push(rng.pick(CODE_BLOCKS));
      else if (r < 0.9) out.push(this.question(english));
      else if (r < 0.95) out.push(this.fill(TABLE, english));
      else out.push(rng.pick(EMBEDS));
    }
    return out.join("\n\n") + "\n";
  }

  private paragraph(english: boolean): string {
    const count = this.rng.int(1, 4);
    const lines: string[] = [];
    for (let i = 0; i < count; i++) lines.push(this.sentence(english));
    return lines.join("\n");
  }

  private list(english: boolean): string {
    const rng = this.rng;
    const numbered = rng.chance(0.2);
    const lines: string[] = [];
    const count = rng.int(2, 6);
    for (let i = 0; i < count; i++) {
      lines.push(`${numbered ? `${i + 1}.` : "-"} ${this.sentence(english)}`);
      if (rng.chance(0.25)) lines.push(`  - ${this.sentence(english)}`);
    }
    return lines.join("\n");
  }

  private question(english: boolean): string {
    const rng = this.rng;
    const text = this.fill(rng.pick(QUESTIONS), english);
    const form = rng.next();
    const line = form < 0.5 ? `Q. ${text}` : form < 0.7 ? `==Q. ${text}==` : form < 0.85 ? `> **Q: ${text}**` : `- Q. ${text}`;
    const r = rng.next();
    if (r < 0.3) return line; // left open
    if (r < 0.45) return `${line}\n${this.sentence(english)}`;
    return `${line}\n${this.fill(rng.pick(ANSWERS), english)}`;
  }

  private sentence(english: boolean): string {
    const rng = this.rng;
    return this.fill(english || rng.chance(0.15) ? rng.pick(ENGLISH_SENTENCES) : rng.pick(KOREAN_SENTENCES), english);
  }

  private fill(template: string, english: boolean): string {
    return template.replace(/\{([KELU])\}/g, (_, kind: string) => {
      if (kind === "L") return this.link();
      if (kind === "U") return this.userConcept(english);
      const concept = this.concept();
      const name = english || kind === "E" || !concept.ko?.length || this.rng.chance(0.3) ? this.englishName(concept) : this.rng.pick(concept.ko);
      return kind === "K" ? name + particleFor(name, this.rng) : name;
    });
  }

  /** Popular concepts (the glossary lists them first) come up far more often than rare ones. */
  private concept(): ConceptDef {
    const r = this.rng.next();
    return BUILTIN_CONCEPTS[Math.floor(r * r * r * BUILTIN_CONCEPTS.length)] as ConceptDef;
  }

  private englishName(concept: ConceptDef): string {
    const names = [concept.name, ...(concept.en ?? []), ...(concept.exact ?? [])];
    return this.rng.chance(0.6) ? concept.name : this.rng.pick(names);
  }

  private userConcept(english: boolean): string {
    if (this.userConcepts.length === 0) return this.englishName(this.concept());
    const concept = this.rng.pick(this.userConcepts);
    return english || this.rng.chance(0.5) ? concept.name : concept.alias;
  }

  private link(): string {
    const rng = this.rng;
    const target = rng.chance(0.15) ? (this.notes[0] as PlannedNote) : rng.pick(this.notes);
    const r = rng.next();
    if (r < 0.7) return `[[${target.title}]]`;
    if (r < 0.8) return `[[${target.title}|${rng.pick(HEADINGS)}]]`;
    if (r < 0.88) return `[[${target.title}#${rng.pick(HEADINGS)}]]`;
    if (r < 0.94) return `[[${target.path.slice(0, -3)}]]`;
    return `[[읽을 거리 ${rng.int(1, 500)}]]`;
  }
}

function particleFor(name: string, rng: Prng): string {
  const last = name.charCodeAt(name.length - 1);
  const hangul = last >= 0xac00 && last <= 0xd7a3;
  const batchim = hangul ? (last - 0xac00) % 28 !== 0 : rng.chance(0.5);
  return rng.pick(batchim ? PARTICLES_AFTER_CONSONANT : PARTICLES_AFTER_VOWEL);
}
