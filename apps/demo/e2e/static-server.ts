import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

/** Serves a built folder on 127.0.0.1 at a free port (for the browser test only). */
export async function serveStatic(
  root: string,
): Promise<{ readonly url: string; readonly close: () => Promise<void> }> {
  const base = resolve(root)
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(base)) {
      response.writeHead(403).end()
      return
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file')
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      })
      createReadStream(file).pipe(response)
    } catch {
      response.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
