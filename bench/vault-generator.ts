import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { BUILTIN_CONCEPTS } from "../src/engine/concepts/glossary/builtin-glossary";
import { stableHash } from "../src/engine/text/stable-hash";
import { Prng } from "./prng";
import { NoteWriter, type PlannedNote, type UserConcept } from "./note-writer";
import { NAME_SYLLABLES } from "./vault-corpus";

/**
 * Writes a synthetic vault of `count` notes to a temp folder: Korean and English study notes
 * linking each other, in folders (TIL, seminars, projects, concepts), with the size spread of a
 * real vault (most notes 1–4 KB, some 10–30 KB, a few ~100 KB). Deterministic: the same count
 * and seed write the same bytes. A vault already written by this version is reused.
 */

export interface GeneratedVault {
  dir: string;
  notes: number;
  bytes: number;
  conceptNotes: number;
  /** Time taken to write it; 0 when an earlier run's vault was reused. */
  writeMs: number;
  reused: boolean;
}

/** Bump when the generator writes other text, so older vaults in the temp folder are rewritten. */
const GENERATOR_VERSION = 4;
const MANIFEST = ".bench-vault.json";

/**
 * The text follows the glossary too (concept notes and sentences pick built-in concepts), so the
 * folder is named by a fingerprint of it as well: a vault written before the glossary changed is
 * never measured as if it were today's.
 */
export function benchVaultDir(count: number, seed: number): string {
  return join(tmpdir(), "linked-devops-notes-bench", `vault-${count}-seed${seed}-v${GENERATOR_VERSION}-g${glossaryFingerprint()}`);
}

/** A hash of every built-in concept's id and forms. */
function glossaryFingerprint(): string {
  return stableHash(JSON.stringify(BUILTIN_CONCEPTS.map((concept) => [concept.id, concept.name, concept.en, concept.exact, concept.ko])));
}

export function generateVault(count: number, seed: number, options: { fresh?: boolean } = {}): GeneratedVault {
  const dir = benchVaultDir(count, seed);
  const manifestPath = join(dir, MANIFEST);
  if (!options.fresh && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as GeneratedVault;
    return { ...manifest, dir, writeMs: 0, reused: true };
  }
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const rng = new Prng(seed);
  const plan = planNotes(count, rng);
  const writer = new NoteWriter(rng, plan.notes, plan.userConcepts);
  const made = new Set<string>();
  let bytes = 0;
  for (const note of plan.notes) {
    const file = join(dir, note.path);
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const text = writer.write(note);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  mkdirSync(join(dir, ".obsidian"), { recursive: true });
  writeFileSync(join(dir, ".obsidian", "app.json"), "{}\n");
  const vault: GeneratedVault = { dir, notes: count, bytes, conceptNotes: plan.conceptNotes, writeMs: performance.now() - started, reused: false };
  writeFileSync(manifestPath, JSON.stringify({ ...vault, seed, version: GENERATOR_VERSION }));
  return vault;
}

interface Plan {
  notes: PlannedNote[];
  userConcepts: UserConcept[];
  conceptNotes: number;
}

/** Titles, folders and sizes of every note, decided before any text so that links can point anywhere. */
function planNotes(count: number, rng: Prng): Plan {
  const notes: PlannedNote[] = [];
  const userConcepts: UserConcept[] = [];
  const titles = new Set<string>();
  // Unique per folder: two projects may each have their own README, as in real vaults.
  const unique = (folder: string, title: string): string => {
    let candidate = title;
    for (let n = 2; titles.has(`${folder}/${candidate}`.toLowerCase()); n++) candidate = `${title} ${n}`;
    titles.add(`${folder}/${candidate}`.toLowerCase());
    return candidate;
  };
  notes.push({ path: "HOME 🌎.md", title: "HOME 🌎", targetBytes: 1800, concept: null });
  titles.add("/home 🌎");

  // About one note in two hundred declares a concept: most in Concepts/, some anywhere.
  const conceptCount = Math.max(3, Math.round(count / 200));
  const projects = Math.max(2, Math.round(count / 400));
  for (let i = 0; i < conceptCount; i++) {
    const builtin = i % 2 === 0 ? BUILTIN_CONCEPTS[(i / 2) % BUILTIN_CONCEPTS.length] : undefined;
    let name: string;
    let alias: string;
    if (builtin && i < 2 * BUILTIN_CONCEPTS.length) {
      name = builtin.name;
      alias = builtin.ko?.[0] ?? `${builtin.name} 정리`;
    } else {
      const parts = [rng.pick(NAME_SYLLABLES), rng.pick(NAME_SYLLABLES), rng.pick(NAME_SYLLABLES)];
      const word = parts.map((p) => p[0]).join("");
      name = `${word[0]?.toUpperCase()}${word.slice(1)} ${i}`;
      alias = `${parts.map((p) => p[1]).join("")} ${i}`;
      userConcepts.push({ name, alias });
    }
    const folder = rng.chance(0.8) ? "Concepts" : folderFor(rng, projects);
    const title = unique(folder, name);
    notes.push({ path: `${folder ? folder + "/" : ""}${title}.md`, title, targetBytes: sizeFor(rng), concept: { aliases: [alias] } });
  }
  while (notes.length < count) {
    const n = notes.length;
    const folder = folderFor(rng, projects);
    const title = unique(folder, titleFor(rng, n, folder));
    notes.push({ path: `${folder ? folder + "/" : ""}${title}.md`, title, targetBytes: sizeFor(rng), concept: null });
  }
  return { notes, userConcepts, conceptNotes: conceptCount };
}

function folderFor(rng: Prng, projects: number): string {
  const r = rng.next();
  if (r < 0.15) return "";
  if (r < 0.45) return `TIL/${rng.int(2021, 2024)}`;
  if (r < 0.55) return "Seminars";
  if (r < 0.85) return `Projects/project-${rng.int(1, projects)}`;
  if (r < 0.95) return "Inbox";
  return `Archive/${rng.int(2019, 2022)}`;
}

function titleFor(rng: Prng, n: number, folder: string): string {
  const concept = rng.pick(BUILTIN_CONCEPTS);
  const ko = concept.ko?.[0] ?? concept.name;
  if (folder.startsWith("TIL")) {
    const day = 1 + (n % 365);
    const date = new Date(Date.UTC(Number(folder.slice(4)) || 2024, 0, day)).toISOString().slice(0, 10);
    return `TIL ${date}`;
  }
  if (folder === "Seminars") return `세미나 - ${ko}와 ${rng.pick(BUILTIN_CONCEPTS).name}`;
  if (folder.startsWith("Projects")) return rng.pick([`회의록 - 배포 파이프라인 ${n}`, `${rng.int(1, 12)}주차 과제 - ${concept.name} 배포`, `${concept.name} 설정 정리`, "README"]);
  return rng.pick([`${concept.name} 정리`, `${ko} 공부`, `${concept.name} notes`, `스터디 노트 ${n}`, `${ko}와 ${rng.pick(BUILTIN_CONCEPTS).name}`]);
}

/** Most notes 1–4 KB, some 10–30 KB, a few around 100 KB. */
function sizeFor(rng: Prng): number {
  const r = rng.next();
  if (r < 0.85) return rng.int(1000, 4000);
  if (r < 0.985) return rng.int(10_000, 30_000);
  return rng.int(80_000, 120_000);
}
