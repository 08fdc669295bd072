/**
 * The runtime image installs `dependencies` only (Dockerfile: npm ci --omit=dev): every package the
 * production code paths load (the worker, the console, the CLI and what they import) must be listed there,
 * and the test and dev tooling (scripts/, test/) must not be. Type-only imports are erased and may name
 * @types or dev packages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const root = path.join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const RUNTIME = ['domain', 'workflows', 'activities', 'platform', 'reports', 'application', 'worker', 'client', 'bin'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|js)$/.test(name) ? [p] : [];
  });
}

/** The module specifiers a file loads at run time: imports and exports that are not type-only, require() and import(). */
function runtimeSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = clause?.isTypeOnly || (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const isBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(packageOf(spec));

const loaded = RUNTIME.flatMap((dir) => files(path.join(root, dir))).flatMap((file) =>
  runtimeSpecifiers(file)
    .filter((spec) => !spec.startsWith('.') && !isBuiltin(spec))
    .map((spec) => ({ file: path.relative(root, file), pkg: packageOf(spec) })),
);

test('every package the production code loads is a runtime dependency', () => {
  expect(loaded.length).toBeGreaterThan(20);
  expect(loaded.filter((l) => !(l.pkg in pkg.dependencies)).map((l) => `${l.file}: ${l.pkg}`)).toEqual([]);
});

test('test and dev tooling stay out of the runtime dependencies', () => {
  for (const dev of ['@temporalio/testing', 'smtp-server', 'jest', 'ts-jest', 'fast-check', 'playwright-core', 'js-yaml', 'eslint', 'typescript']) {
    expect(pkg.dependencies).not.toHaveProperty([dev]);
    expect(pkg.devDependencies).toHaveProperty([dev]);
  }
  for (const name of Object.keys(pkg.dependencies)) expect(name).not.toMatch(/^@types\//);
});

test('the bin, `npm run worker` and `npm run console` run the compiled release, so tsx is a dev dependency only', () => {
  const bin = readFileSync(path.join(root, 'bin/breachclock.js'), 'utf8');
  expect(bin).toContain("'../dist/client/cli.js'");
  expect(bin).not.toContain('tsx');
  const scripts = (pkg as unknown as { scripts: Record<string, string> }).scripts;
  expect(scripts.worker).toMatch(/^node .* dist\/worker\/main\.js$/);
  expect(scripts.console).toBe('node dist/client/console/main.js');
  expect(pkg.dependencies).not.toHaveProperty(['tsx']);
  expect(pkg.devDependencies).toHaveProperty(['tsx']);
});
