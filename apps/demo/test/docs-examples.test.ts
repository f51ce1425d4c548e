import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The ```ts blocks of each guide (docs/*.md) run in order as one program, as a reader follows
// the guide: imports are merged at the top, the rest concatenated. The program is type-checked
// against the packages and run. A block fenced `ts no-run` is type-checked on its own and not run
// (use sparingly: e.g. reading the user's own files).
const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const docsDir = join(repoDir, 'docs')
const workDir = join(repoDir, 'apps/demo/out/docs-examples')

interface Example {
  readonly guide: string
  readonly line: number
  readonly code: string
  readonly run: boolean
  readonly file: string
}

interface Block {
  readonly line: number
  readonly code: string
  readonly run: boolean
}

function blocksOf(guide: string): Block[] {
  const lines = readFileSync(join(docsDir, guide), 'utf8').split('\n')
  const blocks: Block[] = []
  for (let index = 0; index < lines.length; index += 1) {
    const fence = /^```(ts|typescript)\b(.*)$/.exec(lines[index] ?? '')
    if (!fence) continue
    const start = index + 1
    let end = start
    while (end < lines.length && !(lines[end] ?? '').startsWith('```')) end += 1
    blocks.push({
      line: start,
      code: lines.slice(start, end).join('\n'),
      run: !(fence[2] ?? '').includes('no-run'),
    })
    index = end
  }
  return blocks
}

/** Joins blocks into one module: import declarations merged (each binding once), the rest in order. */
function program(blocks: readonly Block[]): string {
  const imports = new Map<string, Set<string>>()
  const otherImports = new Set<string>()
  const body: string[] = []
  for (const block of blocks) {
    const source = ts.createSourceFile('block.ts', block.code, ts.ScriptTarget.ES2022, true)
    const rest: string[] = []
    for (const statement of source.statements) {
      const bindings = ts.isImportDeclaration(statement)
        ? statement.importClause?.namedBindings
        : undefined
      if (
        ts.isImportDeclaration(statement) &&
        bindings &&
        ts.isNamedImports(bindings) &&
        !statement.importClause?.name
      ) {
        const from = (statement.moduleSpecifier as ts.StringLiteral).text
        const typeOnly = statement.importClause?.isTypeOnly ? 'type ' : ''
        const names = imports.get(from) ?? new Set<string>()
        for (const element of bindings.elements)
          names.add(`${typeOnly}${element.getText(source)}`.replace('type type ', 'type '))
        imports.set(from, names)
      } else if (ts.isImportDeclaration(statement)) otherImports.add(statement.getText(source))
      else rest.push(statement.getFullText(source))
    }
    body.push(`// line ${block.line}`, rest.join('').trim())
  }
  const header = [...imports].map(
    ([from, names]) => `import { ${[...names].join(', ')} } from '${from}'`,
  )
  return `${[...header, ...otherImports].join('\n')}\n\n${body.join('\n')}\nexport {}\n`
}

function extractExamples(): Example[] {
  const examples: Example[] = []
  for (const guide of readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()) {
    const blocks = blocksOf(guide)
    const stem = guide.replace(/\.md$/, '')
    const runnable = blocks.filter((block) => block.run)
    if (runnable.length > 0) {
      examples.push({
        guide,
        line: runnable[0]?.line ?? 0,
        code: program(runnable),
        run: true,
        file: join(workDir, `${stem}.ts`),
      })
    }
    for (const block of blocks.filter((each) => !each.run)) {
      examples.push({
        guide,
        line: block.line,
        code: `${block.code}\nexport {}\n`,
        run: false,
        file: join(workDir, `${stem}-line-${block.line}.ts`),
      })
    }
  }
  return examples
}

const examples = extractExamples()
rmSync(workDir, { recursive: true, force: true })
mkdirSync(workDir, { recursive: true })
for (const example of examples) writeFileSync(example.file, example.code)

function typeErrors(): Map<string, string[]> {
  const base = ts.readConfigFile(join(repoDir, 'tsconfig.base.json'), ts.sys.readFile).config as {
    compilerOptions: object
  }
  const { options } = ts.convertCompilerOptionsFromJson(
    {
      ...base.compilerOptions,
      noEmit: true,
      declaration: false,
      declarationMap: false,
      sourceMap: false,
      baseUrl: repoDir,
    },
    repoDir,
  )
  const program = ts.createProgram(
    examples.map((example) => example.file),
    options,
  )
  const errors = new Map<string, string[]>()
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? ''
    const where =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
        : 0
    const list = errors.get(resolve(file)) ?? []
    list.push(`line ${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`)
    errors.set(resolve(file), list)
  }
  return errors
}

describe('code examples in the guides', () => {
  it('finds examples in the guides', () => {
    expect(examples.length).toBeGreaterThan(0)
  })

  it('type-check against the packages', () => {
    const errors = typeErrors()
    const failures = examples.flatMap((example) =>
      (errors.get(resolve(example.file)) ?? []).map(
        (message) => `${example.guide}:${example.line} ${message}`,
      ),
    )
    expect(failures).toEqual([])
  })

  it.each(
    examples.filter((example) => example.run).map((example) => [example.guide, example] as const),
  )('the examples of %s run', async (_, example) => {
    await expect(import(pathToFileURL(example.file).href)).resolves.toBeDefined()
  })
})
