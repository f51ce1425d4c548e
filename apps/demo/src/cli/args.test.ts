import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './args'

describe('parseCliArgs', () => {
  it('gives the defaults with no arguments', () => {
    expect(parseCliArgs([], '/out')).toEqual({
      ok: true,
      options: { outDir: '/out', runs: 200, seed: 20250401, json: false, help: false },
    })
  })

  it('skips the leading -- that pnpm passes on', () => {
    const parsed = parseCliArgs(['--', '--runs', '50'], '/out')
    expect(parsed).toEqual({
      ok: true,
      options: { outDir: '/out', runs: 50, seed: 20250401, json: false, help: false },
    })
    expect(parseCliArgs(['--runs', '5', '--', 'x'], '/out').ok).toBe(false)
  })

  it('reads every option', () => {
    const parsed = parseCliArgs(
      [
        '--data',
        'my-data',
        '--scenario',
        's.json',
        '--out',
        'o',
        '--runs',
        '50',
        '--seed',
        '9',
        '--json',
      ],
      '/out',
    )
    expect(parsed).toEqual({
      ok: true,
      options: {
        dataDir: 'my-data',
        scenarioFile: 's.json',
        outDir: 'o',
        runs: 50,
        seed: 9,
        json: true,
        help: false,
      },
    })
  })

  it.each([
    [['--runs', 'many'], /--runs must be a whole number, received "many"/],
    [['--runs', '0'], /--runs must be between 1 and 100000, received 0/],
    [['--runs', '2.5'], /--runs must be a whole number/],
    [['--seed', '-1'], /'--seed' argument is ambiguous/],
    [['--seed', '99999999999'], /--seed must be between 0 and 4294967295/],
    [['--colour'], /Unknown option '--colour'/],
    [['--data'], /--data/],
    [['--out', ''], /--out needs a path/],
    [['report'], /positional/i],
  ])('rejects %j with a message', (args, message) => {
    const parsed = parseCliArgs(args, '/out')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toMatch(message)
  })
})
