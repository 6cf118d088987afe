// @vitest-environment node
/**
 * The tax code loads on its own (issue 13: lazily, outside Compare's first-render JS): no module
 * outside src/domain/tax imports it except the public surface, and no tax file does work at import
 * (only declarations and literal data at top level), so bundlers drop it where it is unused.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SRC = join(__dirname, '../../../src');
const TAX = join(SRC, 'domain/tax');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function isPure(node: ts.Expression): boolean {
  if (
    ts.isLiteralExpression(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isIdentifier(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  )
    return true;
  if (ts.isPrefixUnaryExpression(node)) return isPure(node.operand);
  if (
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isParenthesizedExpression(node)
  )
    return isPure(node.expression);
  if (ts.isArrayLiteralExpression(node))
    return node.elements.every((e) => !ts.isSpreadElement(e) && isPure(e));
  if (ts.isObjectLiteralExpression(node))
    return node.properties.every(
      (p) =>
        (ts.isPropertyAssignment(p) &&
          !ts.isComputedPropertyName(p.name) &&
          isPure(p.initializer)) ||
        ts.isShorthandPropertyAssignment(p),
    );
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((s) => isPure(s.expression));
  return false;
}

function topLevelProblems(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const problems: string[] = [];
  for (const st of source.statements) {
    const line = source.getLineAndCharacterOfPosition(st.getStart()).line + 1;
    if (
      ts.isImportDeclaration(st) ||
      ts.isExportDeclaration(st) ||
      ts.isFunctionDeclaration(st) ||
      ts.isInterfaceDeclaration(st) ||
      ts.isTypeAliasDeclaration(st)
    )
      continue;
    if (ts.isClassDeclaration(st)) {
      if (
        st.members.some(
          (m) =>
            ts.isClassStaticBlockDeclaration(m) ||
            (ts.isPropertyDeclaration(m) &&
              m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)),
        )
      )
        problems.push(`${line}: class with static initialization`);
      continue;
    }
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations)
        if (d.initializer && !isPure(d.initializer))
          problems.push(`${line}: ${d.name.getText()} runs code at import`);
      continue;
    }
    problems.push(`${line}: ${ts.SyntaxKind[st.kind]} at top level`);
  }
  return problems;
}

describe('tax code isolation', () => {
  // The take-home feature is itself a lazy chunk, and the offer schema needs only the list of
  // jurisdiction ids (tax/types.ts, declarations only); `npm run size` checks the first render.
  const ALLOWED = [join(SRC, 'domain/index.ts'), join(SRC, 'domain/schemas/offer.ts')];
  it('nothing outside src/domain/tax imports it, except the public surface and the take-home feature', () => {
    const offenders = files(SRC)
      .filter((f) => !f.startsWith(TAX) && !ALLOWED.includes(f))
      .filter((f) => !f.startsWith(join(SRC, 'features/takehome')))
      .filter((f) =>
        /from '(\.\.?\/)+(domain\/)?tax(\/|')|from '@\/domain\/tax/.test(readFileSync(f, 'utf8')),
      )
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('no tax file does work at import time', () => {
    const problems = files(TAX).flatMap((f) =>
      topLevelProblems(f).map((p) => `${relative(SRC, f)}:${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('the purity check itself flags a top-level call', () => {
    const probe = join(__dirname, 'isolation.test.ts');
    expect(topLevelProblems(probe).some((p) => p.includes('SRC runs code at import'))).toBe(true);
  });
});
