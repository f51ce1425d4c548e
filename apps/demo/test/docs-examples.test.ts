import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Every ```ts block in the guides (docs/*.md) is type-checked against the packages and run.
// A block whose fence says `ts no-run` is type-checked only (use sparingly: e.g. file I/O).
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

function extractExamples(): Example[] {
  const examples: Example[] = []
  for (const guide of readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()) {
    const lines = readFileSync(join(docsDir, guide), 'utf8').split('\n')
    for (let index = 0; index < lines.length; index += 1) {
      const fence = /^```(ts|typescript)\b(.*)$/.exec(lines[index] ?? '')
      if (!fence) continue
      const start = index + 1
      let end = start
      while (end < lines.length && !(lines[end] ?? '').startsWith('```')) end += 1
      const name = `${guide.replace(/\.md$/, '')}-line-${start}.ts`
      examples.push({
        guide,
        line: start,
        code: `${lines.slice(start, end).join('\n')}\nexport {}\n`,
        run: !(fence[2] ?? '').includes('no-run'),
        file: join(workDir, name),
      })
      index = end
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
    examples
      .filter((example) => example.run)
      .map((example) => [`${example.guide}:${example.line}`, example] as const),
  )('%s runs', async (_, example) => {
    await expect(import(pathToFileURL(example.file).href)).resolves.toBeDefined()
  })
})
