import type { AssuranceIcon, VariationIcon } from '../job/report-model'

/** Making Data Count colours: improvement blue, concern orange, neutral purple, common grey. */
const colours = {
  improvement: '#41b6e6',
  concern: '#ed8b00',
  neutral: '#7c2855',
  common: '#768692',
  pass: '#41b6e6',
  fail: '#ed8b00',
  inconsistent: '#768692',
} as const

const variationText: Readonly<Record<VariationIcon, string>> = {
  'common-cause': 'Common cause variation: no significant change',
  'special-cause-improvement-high': 'Special cause variation, improvement: high values',
  'special-cause-improvement-low': 'Special cause variation, improvement: low values',
  'special-cause-concern-high': 'Special cause variation, concern: high values',
  'special-cause-concern-low': 'Special cause variation, concern: low values',
  'special-cause-neutral-high': 'Special cause variation, neither better nor worse: high values',
  'special-cause-neutral-low': 'Special cause variation, neither better nor worse: low values',
}

const assuranceText: Readonly<Record<AssuranceIcon, string>> = {
  'consistently-pass': 'Assurance: the process will consistently meet the target',
  'consistently-fail': 'Assurance: the process will consistently miss the target',
  'hit-and-miss': 'Assurance: the process will sometimes meet and sometimes miss the target',
}

function svg(title: string, colour: string, body: string): string {
  return `<svg class="mdc-icon" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="${title}"><title>${title}</title><circle cx="32" cy="32" r="29" fill="#fff" stroke="${colour}" stroke-width="5"/>${body}</svg>`
}

function dots(points: readonly (readonly [number, number, string])[]): string {
  return points
    .map(([x, y, fill]) => `<circle cx="${x}" cy="${y}" r="3.4" fill="${fill}"/>`)
    .join('')
}

/**
 * The Making Data Count variation icon as inline SVG: a ring in the kind's colour, a run of
 * dots (the last ones coloured and shifted up or down for special cause) and H or L for the
 * side, after NHS England's "Making Data Count" icon set.
 */
export function variationIconSvg(icon: VariationIcon): string {
  const grey = colours.common
  if (icon === 'common-cause')
    return svg(
      variationText[icon],
      grey,
      dots([12, 20, 28, 36, 44, 52].map((x, i) => [x, i % 2 === 0 ? 30 : 36, grey] as const)),
    )
  const [, , kind, side] = icon.split('-') as [
    string,
    string,
    'improvement' | 'concern' | 'neutral',
    'high' | 'low',
  ]
  const colour = colours[kind]
  const shift = side === 'high' ? -10 : 10
  const run = [12, 20, 28, 36, 44, 52].map(
    (x, i) => [x, i < 3 ? 33 : 33 + shift, i < 3 ? grey : colour] as const,
  )
  const letter = `<text x="32" y="${side === 'high' ? 54 : 22}" text-anchor="middle" font-family="Arial, sans-serif" font-weight="bold" font-size="15" fill="${colour}">${side === 'high' ? 'H' : 'L'}</text>`
  return svg(variationText[icon], colour, dots(run) + letter)
}

/** The Making Data Count assurance icon as inline SVG: P (pass), F (fail) or ? (hit and miss). */
export function assuranceIconSvg(assurance: AssuranceIcon): string {
  const key =
    assurance === 'consistently-pass'
      ? 'pass'
      : assurance === 'consistently-fail'
        ? 'fail'
        : 'inconsistent'
  const colour = colours[key]
  const letter = key === 'pass' ? 'P' : key === 'fail' ? 'F' : '?'
  const target = `<line x1="10" y1="44" x2="54" y2="44" stroke="${colour}" stroke-width="2.5" stroke-dasharray="4 3"/>`
  return svg(
    assuranceText[assurance],
    colour,
    `<text x="32" y="38" text-anchor="middle" font-family="Arial, sans-serif" font-weight="bold" font-size="24" fill="${colour}">${letter}</text>${target}`,
  )
}

/** What an icon says, in words (for the text beside it). */
export function variationIconText(icon: VariationIcon): string {
  return variationText[icon]
}

/** What an assurance icon says, in words. */
export function assuranceIconText(assurance: AssuranceIcon): string {
  return assuranceText[assurance]
}
