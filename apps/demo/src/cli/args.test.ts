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

  it('resolves paths against the folder the user ran it from', () => {
    const parsed = parseCliArgs(['--data', 'my-ics', '--out', '/abs/out'], '/app/out', '/home/me')
    expect(parsed.ok && parsed.options.dataDir).toBe('/home/me/my-ics')
    expect(parsed.ok && parsed.options.outDir).toBe('/abs/out')
    expect(parseCliArgs([], '/app/out', '/home/me')).toMatchObject({
      options: { outDir: '/app/out' },
    })
  })

  it('reads budget, weights, horizon and growth', () => {
    const parsed = parseCliArgs(
      [
        '--budget',
        '£6,000,000',
        '--weights',
        'size-of-opportunity=40, feasibility=30',
        '--horizon',
        '10',
        '--growth',
        '1.5%',
      ],
      '/out',
    )
    expect(parsed).toMatchObject({
      ok: true,
      options: {
        budgetGbp: '6000000',
        weights: { 'size-of-opportunity': 40, feasibility: 30 },
        horizonMonths: 120,
        growthPerYear: 0.015,
      },
    })
    expect(parseCliArgs(['--growth', '0.02'], '/out')).toMatchObject({
      options: { growthPerYear: 0.02 },
    })
  })

  it('reads the Sobol sample size, 0 for the tornado only, and leaves the default to the job', () => {
    expect(parseCliArgs(['--sobol-samples', '128'], '/out')).toMatchObject({
      options: { sobolSamples: 128 },
    })
    expect(parseCliArgs(['--sobol-samples', '0'], '/out')).toMatchObject({
      options: { sobolSamples: 0 },
    })
    const parsed = parseCliArgs([], '/out')
    expect(parsed.ok && 'sobolSamples' in parsed.options).toBe(false)
  })

  it.each([
    [['--budget', '5m'], /--budget must be an amount of pounds/],
    [['--weights', 'feasibility'], /--weights must be code=weight pairs/],
    [['--weights', 'feasibility=0'], /at least one weight above 0/],
    [['--horizon', '25'], /--horizon must be between 1 and 20/],
    [['--growth', '30%'], /--growth must be between -10% and 20%/],
    [['--growth', 'fast'], /--growth must be a rate a year/],
    [['--runs', 'many'], /--runs must be a whole number, received "many"/],
    [['--runs', '0'], /--runs must be between 1 and 100000, received 0/],
    [['--runs', '2.5'], /--runs must be a whole number/],
    [['--seed', '-1'], /'--seed' argument is ambiguous/],
    [['--seed', '99999999999'], /--seed must be between 0 and 4294967295/],
    [['--sobol-samples', '1'], /--sobol-samples must be 0 \(tornado only\) or at least 2/],
    [['--sobol-samples', '5000'], /--sobol-samples must be between 0 and 4096/],
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
