/**
 * The layout's rules, checked on the source itself (TypeScript's parser, no regexes over code):
 * a platform's name appears only in its own folder and the registry, and no module imports itself
 * back through others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { COMPOSE_TARGETS } from '@/lib/platforms/registry';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}
const FILES = SOURCE_DIRS.flatMap(sourceFiles);
const parse = (file: string) =>
  ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

/** Where a platform may be named: its own folder, and the registry that lists them. */
const mayName = (file: string, id: string) => file.startsWith(`lib/platforms/${id}/`) || file === 'lib/platforms/registry.ts';
/** Who may import from a platform's folder: the folder, the lists, and that platform's own entrypoints. */
const mayImport = (file: string, id: string) =>
  file.startsWith(`lib/platforms/${id}/`) ||
  ['lib/platforms/list.ts', 'lib/platforms/api-posters.ts'].includes(file) ||
  file === `entrypoints/${id}.content.ts` ||
  file === `entrypoints/${id}-hook.content.ts`;
const platformOfImport = (file: string, spec: string) => {
  const target = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : '';
  return /^lib\/platforms\/([\w-]+)\//.exec(`${target}/`)?.[1];
};

describe('a platform is its folder', () => {
  it('no module outside lib/platforms/<p>/ and the registry names a platform id', () => {
    const ids = new Set<string>(COMPOSE_TARGETS);
    const found: string[] = [];
    for (const file of FILES) {
      const source = parse(file);
      const lines = source.text.split('\n');
      const visit = (node: ts.Node) => {
        // Type positions name fields, not platforms (a draft's `threads` field): only values count.
        if (ts.isTypeNode(node)) return;
        const report = (what: string) => {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
          // A word that is the same as a platform's but is not one says so where it stands.
          if (!/platform-id-ok:/.test(`${lines[line - 1] ?? ''}${lines[line]}`)) found.push(`${file}:${line + 1} ${what}`);
        };
        if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
          const spec = node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : '';
          const platform = platformOfImport(file, spec);
          if (platform && ids.has(platform) && !mayImport(file, platform)) report(`imports ${spec}`);
          return;
        }
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && ids.has(node.text) && !mayName(file, node.text))
          report(`'${node.text}'`);
        // A table keyed by platform ({ linkedin: …, facebook: … }). `x` (a chart point's coordinate) and
        // `threads` (a draft's thread parts) are common words as keys; such a table has other keys too.
        if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
          const key = node.name.text;
          if (key !== 'x' && key !== 'threads' && ids.has(key) && !mayName(file, key)) report(`key ${key}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  });
});

/** Value imports of a module (type-only imports and re-exports erase at build time, so they cannot cycle). */
function valueImports(file: string): string[] {
  const out: string[] = [];
  const source = parse(file);
  for (const st of source.statements) {
    let spec: string | undefined;
    if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly) {
      const named = st.importClause?.namedBindings;
      const allTypes =
        !st.importClause?.name &&
        named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (!allTypes) spec = (st.moduleSpecifier as ts.StringLiteral).text;
    } else if (ts.isExportDeclaration(st) && !st.isTypeOnly && st.moduleSpecifier) spec = (st.moduleSpecifier as ts.StringLiteral).text;
    if (!spec) continue;
    const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(ROOT, dirname(file), spec) : undefined;
    if (!base) continue;
    for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
      try {
        if (statSync(candidate).isFile()) {
          out.push(relative(ROOT, candidate));
          break;
        }
      } catch {
        // not this one
      }
    }
  }
  return out;
}

describe('module graph', () => {
  it('has no import cycles', () => {
    const graph = new Map(FILES.map((f) => [f, valueImports(f)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const dfs = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const dep of graph.get(f) ?? []) {
        if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep].join(' → '));
        else if (!state.has(dep)) dfs(dep);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of FILES) if (!state.has(f)) dfs(f);
    expect(cycles).toEqual([]);
  });
});
