/**
 * HCHS published-layout benchmark (issue 10, "Speed and memory"): a cumulative "NHS Workforce
 * Statistics, Staff Group and Organisation" CSV of about 65 MB in the real layout, built by
 * repeating the layout file of ../shared/realdata (its real header, staff group names, BOM and
 * CRLF) over 16 years of months (each six-month block shifted back in time) and 9 copies of its
 * five organisations, written to a temporary file, then streamed through
 * `safeIngestPublishedCsvStream` (`fs.createReadStream`) with a 12-month `from`/`to` filter:
 * parsing, pivoting FTE/HC, one hierarchy level, row validation and the Total reconciliation.
 * Targets: ≤ 10 s wall time and peak RSS ≤ 500 MB. Figures: median of three runs after a
 * warm-up, wall time with the process CPU time beside it, peak RSS (`process.resourceUsage`,
 * read after the first run), and the load average before and after (the machine may be shared).
 * Run with `pnpm bench hchs-preset`.
 */
import {
  closeSync,
  createReadStream,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { safeIngestPublishedCsvStream } from '@oneworkforce/schemas'

const layoutFile = fileURLToPath(
  new URL(
    '../../shared/realdata/nhs-digital/hchs/NHS Workforce Statistics, staff group and organisation - LAYOUT, constructed numbers.csv',
    import.meta.url,
  ),
)
const years = 16
const organisationCopies = 9

function shifted(date: string, months: number): string {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const absolute = year * 12 + (month - 1) - months
  const y = Math.floor(absolute / 12)
  const m = (absolute % 12) + 1
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`
}

/** Writes the cumulative file block by block, so building it does not raise the peak RSS. */
function writeCumulative(path: string): number {
  const text = readFileSync(layoutFile, 'utf8')
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
  const file = openSync(path, 'w')
  let count = 0
  try {
    writeSync(file, `\uFEFF${header}\r\n`)
    for (let block = years * 2 - 1; block >= 0; block -= 1) {
      for (let copy = 0; copy < organisationCopies; copy += 1) {
        const out: string[] = []
        for (const line of lines) {
          const date = line.slice(0, 10)
          const rest = line.slice(10)
          const organisation =
            copy === 0
              ? rest
              : rest.replace(/^(,[^,]*,[^,]*,[^,]*,[^,]*,)([A-Z0-9]+),/, `$1$2${copy},`)
          out.push(`${shifted(date, block * 6)}${organisation}\r\n`)
          count += 1
        }
        writeSync(file, out.join(''))
      }
    }
  } finally {
    closeSync(file)
  }
  return count
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

const dir = mkdtempSync(join(tmpdir(), 'hchs-bench-'))
const path = join(dir, 'NHS Workforce Statistics, March 2025 Staff Group and Organisation.csv')
try {
  const lines = writeCumulative(path)
  const megabytes = statSync(path).size / 1e6
  console.log(
    `file: ${megabytes.toFixed(1)} MB, ${lines.toLocaleString('en-GB')} data lines, ${cpus().length} CPUs`,
  )
  console.log(
    `load average before: ${loadavg()
      .map((each) => each.toFixed(2))
      .join(' ')}`,
  )
  const options = { from: '2024-04', to: '2025-03', file: path }
  const warm = await safeIngestPublishedCsvStream(createReadStream(path), options)
  if (!warm.success) throw new Error(`ingest failed: ${warm.issues[0]?.message}`)
  const walls: number[] = []
  const cpuTimes: number[] = []
  let rows = 0
  let peakAfterFirst = 0
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    const result = await safeIngestPublishedCsvStream(createReadStream(path), options)
    const cpu = process.cpuUsage(cpuStart)
    walls.push((performance.now() - start) / 1000)
    cpuTimes.push((cpu.user + cpu.system) / 1e6)
    rows = result.ingested.tables.workforce?.rows.length ?? 0
    if (run === 0) peakAfterFirst = process.resourceUsage().maxRSS / 1024
  }
  const wall = median(walls)
  console.log(`workforce rows (12 months): ${rows.toLocaleString('en-GB')}`)
  console.log(
    `stream + pivot + validate: median ${wall.toFixed(2)} s wall (${walls.map((each) => each.toFixed(2)).join(', ')}), ${median(cpuTimes).toFixed(2)} s CPU; target ≤ 10 s`,
  )
  console.log(
    `peak RSS after the warm-up and first run: ${peakAfterFirst.toFixed(0)} MB; target ≤ 500 MB`,
  )
  console.log(
    `load average after: ${loadavg()
      .map((each) => each.toFixed(2))
      .join(' ')}`,
  )
  if (wall > 10 || peakAfterFirst > 500) {
    console.error('missed a target')
    process.exitCode = 1
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
