/**
 * Cuts a stream of CSV text into blocks that end on record boundaries, so each block can be
 * handed whole to the CSV parser and no record is split across blocks. A newline inside a
 * quoted field (RFC 4180) is not a boundary. A quote opens a quoted field only at the start of
 * a field, and closes it only before a delimiter or line end, as papaparse reads it. Scanning resumes where it stopped, so a huge record arriving
 * in many chunks is scanned once (no quadratic rescans).
 */
export interface CsvBlockCutter {
  /** Adds text; returns the complete records accumulated so far (possibly ''). */
  readonly push: (text: string) => string
  /** Returns whatever is left (the last record, which may lack a final newline). */
  readonly end: () => string
}

/** Creates a block cutter for `delimiter`; blocks are released once `blockSize` characters gather. */
export function createCsvBlockCutter(delimiter: string, blockSize = 1 << 20): CsvBlockCutter {
  let buffer = ''
  let scanned = 0
  let inQuotes = false
  let lastBoundary = 0

  function scan(): void {
    let position = scanned
    while (position < buffer.length) {
      if (inQuotes) {
        const quote = buffer.indexOf('"', position)
        if (quote < 0) {
          position = buffer.length
          break
        }
        // As papaparse: a quote closes the field only when followed (after optional spaces) by
        // the delimiter or a line end; `""` is an escaped quote; anything else is kept as text.
        let after = quote + 1
        while (buffer[after] === ' ' || buffer[after] === '\t') after += 1
        if (after >= buffer.length) {
          position = quote
          break
        }
        const next = buffer[after]
        if (next === '"' && after === quote + 1) position = quote + 2
        else if (next === delimiter || next === '\n' || next === '\r') {
          inQuotes = false
          position = after
        } else position = quote + 1
        continue
      }
      // Outside quotes, every newline before the next quote is a record boundary.
      const quote = buffer.indexOf('"', position)
      const limit = quote < 0 ? buffer.length : quote
      const newline = limit > position ? buffer.lastIndexOf('\n', limit - 1) : -1
      if (newline >= position) lastBoundary = newline + 1
      if (quote < 0) {
        position = buffer.length
        break
      }
      const before = quote === 0 ? '\n' : buffer[quote - 1]
      if (before === '\n' || before === delimiter) inQuotes = true
      position = quote + 1
    }
    scanned = position
  }

  function cut(): string {
    if (lastBoundary === 0) return ''
    const block = buffer.slice(0, lastBoundary)
    buffer = buffer.slice(lastBoundary)
    scanned -= lastBoundary
    lastBoundary = 0
    return block
  }

  return {
    push(text) {
      buffer += text
      if (buffer.length < blockSize) return ''
      scan()
      return cut()
    },
    end() {
      const rest = buffer
      buffer = ''
      scanned = 0
      lastBoundary = 0
      inQuotes = false
      return rest
    },
  }
}
