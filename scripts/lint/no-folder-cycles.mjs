// ESLint rule `local/no-folder-cycles`: no cycle of imports between folders.
//
// A file-level cycle check (import/no-cycle) misses the slower decay: `editor/` importing from
// `reading/` while `reading/` imports from `editor/`, each through a different file. Folders are
// the design's units (CONTRIBUTING.md's folder map), so the check is made between them: the
// folder graph is built from every TypeScript file under `root` (type-only imports count: a type
// is a dependency too), with the file being linted taken as the editor holds it, and an import
// is reported when it closes a cycle between its file's folder and the folder it imports from.
//
// Options: { root: "src", allow: [{ from, to, why }] }. An allowed edge is a known debt, listed
// with the reason it is left; it is taken out of the graph, so any other cycle still shows.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const toPosix = (path) => path.split(sep).join("/");

/** Resolves a relative import of `fromFile` to a .ts file, or undefined (a package, or not found). */
function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, join(base, "index.ts"), base]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

function importsOf(file, text) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((imported) => resolveImport(file, imported.fileName))
    .filter((target) => target !== undefined);
}

function tsFilesUnder(folder) {
  const files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...tsFilesUnder(path));
    else if (entry.name.endsWith(".ts")) files.push(path);
  }
  return files;
}

const diskGraphs = new Map();

/** file → the files it imports, for every .ts file under root, read once per lint run. */
function diskGraph(root) {
  let graph = diskGraphs.get(root);
  if (!graph) {
    graph = new Map(tsFilesUnder(root).map((file) => [file, importsOf(file, readFileSync(file, "utf8"))]));
    diskGraphs.set(root, graph);
  }
  return graph;
}

/** Strongly connected components (Tarjan), as a map from folder to its component's id. */
function components(edges) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const component = new Map();
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) === index.get(node)) {
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.set(member, node);
      } while (member !== node);
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return component;
}

/** The shortest way back from `from` to `to` through the folder graph, for the message. */
function pathBack(edges, from, to) {
  const previous = new Map([[from, undefined]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift();
    if (node === to) break;
    for (const next of edges.get(node) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  const path = [];
  for (let node = to; node !== undefined; node = previous.get(node)) path.unshift(node);
  return path;
}

export default {
  meta: {
    type: "problem",
    docs: { description: "Forbid import cycles between folders" },
    schema: [
      {
        type: "object",
        properties: {
          root: { type: "string" },
          allow: { type: "array", items: { type: "object", properties: { from: { type: "string" }, to: { type: "string" }, why: { type: "string" } }, required: ["from", "to", "why"], additionalProperties: false } },
        },
        additionalProperties: false,
      },
    ],
    messages: { cycle: "{{from}} → {{to}} closes an import cycle between folders: {{cycle}}. Move what both need into a folder they can both import from." },
  },
  create(context) {
    const { root = "src", allow = [] } = context.options[0] ?? {};
    const cwd = context.cwd;
    const rootPath = resolve(cwd, root);
    const file = context.physicalFilename;
    if (!file.startsWith(rootPath + sep)) return {};
    const folderOf = (path) => toPosix(relative(cwd, dirname(path)));
    const allowed = new Set(allow.map((edge) => `${edge.from}→${edge.to}`));
    return {
      "Program:exit"(program) {
        const files = new Map(diskGraph(rootPath));
        files.set(file, importsOf(file, context.sourceCode.getText()));
        const edges = new Map();
        for (const [from, targets] of files) {
          const a = folderOf(from);
          if (!edges.has(a)) edges.set(a, new Set());
          for (const target of targets) {
            const b = folderOf(target);
            if (a !== b && !allowed.has(`${a}→${b}`)) edges.get(a).add(b);
          }
        }
        const component = components(edges);
        const here = folderOf(file);
        const nodes = program.body.filter((node) => (node.type === "ImportDeclaration" || node.type === "ExportNamedDeclaration" || node.type === "ExportAllDeclaration") && node.source);
        for (const node of nodes) {
          const target = resolveImport(file, node.source.value);
          if (!target) continue;
          const there = folderOf(target);
          if (there === here || allowed.has(`${here}→${there}`) || component.get(here) !== component.get(there)) continue;
          const cycle = [here, ...pathBack(edges, there, here)].join(" → ");
          context.report({ node: node.source, messageId: "cycle", data: { from: here, to: there, cycle } });
        }
      },
    };
  },
};
