// Serves the Vite build on loopback and opens it in Debian's Chromium: the projection must run
// in the page without errors and print its result.
const { createServer } = require('node:http')
const { readFile } = require('node:fs/promises')
const { extname, join, normalize } = require('node:path')
const { chromium } = require('playwright-core')

const root = process.argv[2]
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
const server = createServer(async (request, response) => {
  const path = normalize(new URL(request.url, 'http://localhost').pathname).replace(/^\/+/, '')
  const file = path === '' ? 'index.html' : path
  try {
    const body = await readFile(join(root, file))
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    response.end(body)
  } catch {
    response.writeHead(404).end()
  }
})

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  })
  try {
    const page = await browser.newPage()
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
    await page.goto(`http://127.0.0.1:${server.address().port}/`)
    await page
      .waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 60_000 })
      .catch((error) => {
        throw new Error(`the page never got ready (${errors.join('; ') || error.message})`)
      })
    const shown = JSON.parse(await page.textContent('#result'))
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)
    if (
      shown.months !== 24 ||
      !(shown.fte > 90 && shown.fte < 120) ||
      shown.money !== '0.3' ||
      !shown.issue
    ) {
      throw new Error(`unexpected result in the page: ${JSON.stringify(shown)}`)
    }
    console.log(`Chromium: ${JSON.stringify(shown)}`)
  } finally {
    await browser.close()
    server.close()
  }
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
