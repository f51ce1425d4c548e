import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OneWorkforceError } from '../errors'
import { safeIngestCsv } from './ingest-csv'
import { ingestCsvStream, safeIngestCsvStream } from './ingest-csv-stream'

const text =
  '\uFEFFmonth,organisation,staffGroup,payBand,headcount,fte\r\n2024-04,RJ1,ahp,"band\r\n5",2,2\r\n2024-04,RJ1,midwife,,x,1\r\n2024-05,RJ1,ahp,,"1,002",900\r\n'

describe('safeIngestCsvStream', () => {
  it('mirrors the doc example', async () => {
    const chunks = [
      'month,organisation,staffGroup,fundedFte,staffInPostFte\n',
      '2024-04,RJ1,midwife,210,188.5\n',
    ]
    const result = await safeIngestCsvStream(chunks, { table: 'vacancies' })
    expect(result.ingested.rows).toHaveLength(1)
    const table = await ingestCsvStream(
      ['place,year,ageBand,persons\n', 'lambeth,2030,0-17,61000\n'],
      {
        table: 'population',
      },
    )
    expect(table.rows[0]?.persons).toBe(61000)
  })

  it('reads a Node file stream the same as the text', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'oneworkforce-'))
    const path = join(folder, 'workforce.csv')
    writeFileSync(path, text)
    const streamed = await safeIngestCsvStream(createReadStream(path, { highWaterMark: 7 }), {
      table: 'workforce',
    })
    const whole = safeIngestCsv(text, { table: 'workforce' })
    expect(streamed.ingested).toEqual(whole.ingested)
    expect(streamed.ingested.rows).toHaveLength(2)
  })

  it('reads a web ReadableStream of bytes split inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode('place,year,ageBand,persons\nlambeth,2030,0-17,61000\n')
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let start = 0; start < bytes.length; start += 3)
          controller.enqueue(bytes.slice(start, start + 3))
        controller.close()
      },
    })
    const result = await safeIngestCsvStream(stream, { table: 'population' })
    expect(result.ingested.rows).toEqual([
      { place: 'lambeth', year: 2030, ageBand: '0-17', persons: 61000 },
    ])
  })

  it('gives an issue, not an exception, when the source fails', async () => {
    const result = await safeIngestCsvStream(createReadStream('/no/such/file.csv'), {
      table: 'workforce',
      file: 'file.csv',
    })
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'parse_error', file: 'file.csv' })
    await expect(
      ingestCsvStream(createReadStream('/no/such/file.csv'), { table: 'workforce' }),
    ).rejects.toThrow(OneWorkforceError)
  })

  it('gives the same result however the text is chunked (property)', async () => {
    const whole = safeIngestCsv(text, { table: 'workforce' }).ingested
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: text.length }), { maxLength: 8 }),
        async (cuts) => {
          const points = [...new Set(cuts)].sort((a, b) => a - b)
          const chunks = [0, ...points].map((start, index) =>
            text.slice(start, points[index] ?? text.length),
          )
          const result = await safeIngestCsvStream(chunks, { table: 'workforce' })
          expect(result.ingested).toEqual(whole)
        },
      ),
    )
  })
})
