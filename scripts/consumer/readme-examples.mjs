// Writes each ```ts block of every installed @oneworkforce package's README (as published) to
// readme/<package>-<n>.ts, for the consumer check to type-check and run.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const app = process.argv[2]
const scope = join(app, 'node_modules/@oneworkforce')
const out = join(app, 'readme')
mkdirSync(out, { recursive: true })
let count = 0
for (const name of readdirSync(scope)) {
  const readme = readFileSync(join(scope, name, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1])
  if (blocks.length === 0) throw new Error(`the README of @oneworkforce/${name} has no example`)
  blocks.forEach((code, index) => {
    writeFileSync(join(out, `${name}-${index + 1}.ts`), `${code}\nexport {}\n`)
    count += 1
  })
}
console.log(`extracted ${count} README examples`)
