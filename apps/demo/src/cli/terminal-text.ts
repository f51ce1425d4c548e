/**
 * Text from a user's files (organisation names, scenario names, issue messages) must never drive
 * the terminal: an escape sequence in a scenario name could retitle the window, clear the screen
 * or recolour the output. Every character a terminal acts on, other than newline and tab, is
 * shown as a visible escape instead: C0 controls and DEL (`\x1b` → `\x1B`), C1 controls (U+0080 to
 * U+009F, where U+009B alone starts a CSI sequence) and the bidirectional overrides and isolates
 * that reorder what is shown (U+202A to U+202E, U+2066 to U+2069).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const terminalControls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

function visible(character: string): string {
  const code = character.codePointAt(0) ?? 0
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The text with every terminal control character shown escaped (newlines and tabs kept). */
export function escapeTerminalText(text: string): string {
  return text.replace(terminalControls, visible)
}

/**
 * JSON for standard output: `JSON.stringify` already escapes U+0000 to U+001F, and this also
 * writes DEL, the C1 controls and the bidirectional controls as `\u` escapes (still valid JSON,
 * the same value when parsed).
 */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    terminalControls,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * Wraps every line longer than `width` at spaces, continuing under its own indent plus two
 * spaces; a word longer than the line is broken. Lines that fit are left as they are.
 */
export function wrapToWidth(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width) return [line]
      const indent = `${/^\s*/.exec(line)?.[0] ?? ''}  `
      const out: string[] = []
      let rest = line
      let prefix = ''
      while (prefix.length + rest.length > width) {
        const room = width - prefix.length
        const space = rest.lastIndexOf(' ', room)
        const cut = space > prefix.length / 2 && space > 0 ? space : room
        out.push(`${prefix}${rest.slice(0, cut)}`.trimEnd())
        rest = rest.slice(cut).trimStart()
        prefix = indent
      }
      out.push(`${prefix}${rest}`)
      return out
    })
    .join('\n')
}
