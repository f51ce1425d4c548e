/**
 * Produces the figures of docs/benchmarking-your-organisations.md from the sample ICS, as
 * markdown on stdout: a funnel plot's data (units, limits, outliers, overdispersion), an XmR
 * chart's flags and assurance, progress against a vacancy trajectory, and a suppressed table.
 *
 * Run: `pnpm --filter @oneworkforce/benchmarking guide-figures` (after `pnpm build`).
 */
import {
  computeIndicators,
  funnelPlot,
  INDICATOR_DEFINITIONS,
  type IndicatorRow,
  indirectStandardisation,
  suppressCrossTable,
  trackTargets,
  xmrChart,
} from '@oneworkforce/benchmarking'
import { sampleDataset } from '@oneworkforce/sample-data'

const dataset = sampleDataset()
const percent = (value: number | null, digits = 1) =>
  value === null ? '–' : `${(value * 100).toFixed(digits)}%`
const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n')

const lastMonth = [...new Set(dataset.workforce.map((row) => row.month))].sort().at(-1) as string

// 1. Funnel plots: leaver rate (leavers from the NHS, 12 months) by organisation, first for
// every organisation (all sectors), then for the NHS trusts alone (a like-for-like peer group).
const leavers = computeIndicators(dataset, {
  indicators: ['leaver-rate'],
  from: lastMonth,
  to: lastMonth,
})
const sectorOf = new Map(
  dataset.organisations.map((organisation) => [organisation.code, organisation.sector]),
)
const allUnits = leavers.rows
  .filter((row): row is IndicatorRow & { value: number } => row.value !== null)
  .map((row) => ({
    unit: row.group.organisation as string,
    numerator: row.numerator,
    // exact binomial limits need a whole-number size: the mean headcount is rounded
    denominator: Math.round(row.denominator),
  }))

function printFunnel(title: string, units: typeof allUnits) {
  const funnel = funnelPlot(units, { type: 'proportion', goodDirection: 'lower' })
  console.log(`## Funnel plot: ${title}, 12 months to ${lastMonth}\n`)
  console.log(
    `${units.length} organisations. Target (pooled rate) ${percent(funnel.target, 2)}; method ${funnel.method}; adjustment ${funnel.adjustment}; ` +
      `φ = ${funnel.overdispersion.phi.toFixed(2)}, τ² = ${funnel.overdispersion.tau2.toExponential(2)} ` +
      `(${funnel.overdispersion.trim}, ${funnel.overdispersion.trimFraction * 100}% each tail; limits widened: ${funnel.overdispersion.applied ? 'yes' : 'no'}).\n`,
  )
  console.log(
    table(
      [
        'organisation',
        'sector',
        'leavers',
        'mean headcount',
        'leaver rate',
        'z',
        'adjusted z',
        '95% limits',
        '99.8% limits',
        'outside',
        'direction',
      ],
      [...funnel.units]
        .sort((a, b) => a.size - b.size)
        .map((unit) => [
          unit.unit,
          sectorOf.get(unit.unit) ?? '',
          unit.numerator,
          unit.denominator,
          percent(unit.value),
          unit.z.toFixed(2),
          unit.adjustedZ.toFixed(2),
          `${percent(unit.limits[0]?.lower ?? null)}–${percent(unit.limits[0]?.upper ?? null)}`,
          `${percent(unit.limits[1]?.lower ?? null)}–${percent(unit.limits[1]?.upper ?? null)}`,
          unit.outsideLevel === null ? '' : `${unit.outsideLevel * 100}% ${unit.side}`,
          unit.direction ?? '',
        ]),
    ),
  )
  const curveRows = funnel.curve.filter((_, i) => i % 25 === 0 || i === funnel.curve.length - 1)
  console.log('\nLimits curve (every 25th of its points):\n')
  console.log(
    table(
      [
        'size',
        '95% lower',
        '95% upper',
        '99.8% lower',
        '99.8% upper',
        'adjusted 99.8% lower',
        'adjusted 99.8% upper',
      ],
      curveRows.map((point) => [
        point.size,
        percent(point.limits[0]?.lower ?? null, 2),
        percent(point.limits[0]?.upper ?? null, 2),
        percent(point.limits[1]?.lower ?? null, 2),
        percent(point.limits[1]?.upper ?? null, 2),
        percent(point.adjustedLimits[1]?.lower ?? null, 2),
        percent(point.adjustedLimits[1]?.upper ?? null, 2),
      ]),
    ),
  )
  console.log('')
}
printFunnel('leaver rate, all organisations', allUnits)
const nhsSectors = new Set(['acute', 'community', 'mental-health'])
printFunnel(
  'leaver rate, NHS trusts',
  allUnits.filter((unit) => nhsSectors.has(sectorOf.get(unit.unit) ?? '')),
)

// 1b. Indirect standardisation: NHS trusts' leavers against those expected for their staff mix.
const byStaffGroup = computeIndicators(dataset, {
  indicators: ['leaver-rate'],
  groupBy: ['organisation', 'staffGroup'],
  from: lastMonth,
  to: lastMonth,
})
const standardised = indirectStandardisation(
  byStaffGroup.rows
    .filter((row) => nhsSectors.has(sectorOf.get(row.group.organisation as string) ?? ''))
    .map((row) => ({
      unit: row.group.organisation as string,
      stratum: row.group.staffGroup as string,
      numerator: row.numerator,
      denominator: row.denominator,
    })),
)
const ratioFunnel = funnelPlot(standardised.funnelUnits, {
  type: 'ratio',
  method: 'poisson-interpolated',
  goodDirection: 'lower',
  axes: { value: { label: 'leavers ÷ expected for the staff mix', unit: 'ratio' } },
})
console.log(`\n## Standardised leaver ratio, NHS trusts, 12 months to ${lastMonth}\n`)
console.log(
  `Reference: pooled rates of ${Object.keys(standardised.referenceRates).length} staff groups; method ${ratioFunnel.method}; ` +
    `φ = ${ratioFunnel.overdispersion.phi.toFixed(2)}, τ² = ${ratioFunnel.overdispersion.tau2.toExponential(2)}; ` +
    `axes: ${ratioFunnel.axes.size.label} (${ratioFunnel.axes.size.unit}) × ${ratioFunnel.axes.value.label} (${ratioFunnel.axes.value.unit}).\n`,
)
console.log(
  table(
    [
      'organisation',
      'sector',
      'observed',
      'expected',
      'ratio',
      '95% limits',
      '99.8% limits',
      'outside',
    ],
    [...ratioFunnel.units]
      .sort((a, b) => a.size - b.size)
      .map((unit) => [
        unit.unit,
        sectorOf.get(unit.unit) ?? '',
        unit.numerator,
        unit.denominator.toFixed(1),
        unit.value.toFixed(3),
        `${unit.limits[0]?.lower.toFixed(3)}–${unit.limits[0]?.upper.toFixed(3)}`,
        `${unit.limits[1]?.lower.toFixed(3)}–${unit.limits[1]?.upper.toFixed(3)}`,
        unit.outsideLevel === null ? '' : `${unit.outsideLevel * 100}% ${unit.side}`,
      ]),
  ),
)
const vacancyAxes = INDICATOR_DEFINITIONS['vacancy-rate']
console.log(
  `\nVacancy-rate axes from its definition: x ${vacancyAxes.sizeAxis.label} (${vacancyAxes.sizeAxis.unit}), y ${vacancyAxes.valueAxis.label} (${vacancyAxes.valueAxis.unit}).`,
)

// 2. SPC: the ICS's monthly vacancy rate.
const vacancy = computeIndicators(dataset, {
  indicators: ['vacancy-rate'],
  groupBy: ['ics'],
  window: 'month',
})
const points = vacancy.rows
  .filter((row) => row.value !== null)
  .map((row) => ({ month: row.month, value: row.value as number }))
const target = (points[0]?.value ?? 0) - 0.01
const chart = xmrChart(points, { goodDirection: 'lower', target })
const phase = chart.phases[0]
console.log(`\n## XmR chart: ICS vacancy rate by month\n`)
console.log(
  `${chart.points.length} months ${phase?.start} to ${phase?.end}; mean ${percent(phase?.mean ?? null, 2)}, ` +
    `mean moving range ${percent(phase?.meanMovingRange ?? null, 3)} (${phase?.excludedMovingRanges} screened out); ` +
    `limits ${percent(phase?.lowerLimit ?? null, 2)} to ${percent(phase?.upperLimit ?? null, 2)}; ` +
    `target ${percent(target, 2)}: assurance **${chart.assurance}**; latest point: **${chart.latestVariation}**.\n`,
)
console.log(
  table(
    ['month', 'vacancy rate', 'outside limits', 'run', 'trend', 'two of three', 'variation'],
    chart.points
      .filter((point) => point.specialCause)
      .map((point) => [
        point.month,
        percent(point.value, 2),
        point.outsideLimits ? 'yes' : '',
        point.run ? 'yes' : '',
        point.trend ? 'yes' : '',
        point.twoOfThree ? 'yes' : '',
        point.variation,
      ]),
  ),
)

console.log('\nSignals (one kind each):\n')
console.log(
  table(
    ['rule', 'kind', 'side', 'months'],
    chart.signals.map((signal) => [
      signal.rule,
      signal.kind,
      signal.side,
      signal.start === signal.end
        ? signal.start
        : `${signal.start} to ${signal.end} (${signal.months.length})`,
    ]),
  ),
)
console.log(
  `\nIcons: latest variation \`${chart.latestVariationIcon}\`, assurance \`${chart.assuranceIcon}\`.`,
)

const rebased = xmrChart(points, {
  goodDirection: 'lower',
  target,
  changePoints: [{ month: '2024-10', reason: 'sustained shift found by the run rule' }],
})
console.log('\nRebased at 2024-10 (the shift the run rule found):\n')
console.log(
  table(
    ['phase', 'months', 'mean', 'lower limit', 'upper limit', 'special-cause points'],
    rebased.phases.map((each) => [
      `${each.start} to ${each.end}`,
      each.points,
      percent(each.mean, 2),
      percent(each.lowerLimit, 2),
      percent(each.upperLimit, 2),
      rebased.points.filter((point) => point.phase === each.phase && point.specialCause).length,
    ]),
  ),
)
console.log(
  `\nAssurance (last phase): **${rebased.assurance}** (\`${rebased.assuranceIcon}\`); latest point: **${rebased.latestVariation}** (\`${rebased.latestVariationIcon}\`); phase 1 reason: ${rebased.phases[1]?.reason}.`,
)

// 3. Targets: vacancy rate down 1 percentage point by 2028-03 from each organisation's 2025-03 rate.
const byOrganisation = computeIndicators(dataset, { indicators: ['vacancy-rate'], window: 'month' })
const progress = trackTargets(
  byOrganisation.rows
    .filter((row) => row.value !== null)
    .map((row) => ({
      unit: row.group.organisation as string,
      month: row.month,
      value: row.value as number,
    })),
  {
    baselineMonth: '2025-03',
    targetMonth: '2028-03',
    target: { kind: 'absolute', change: -0.01 },
    goodDirection: 'lower',
    tolerance: 0.0025,
  },
)
const counts = { ahead: 0, 'on-track': 0, 'off-track': 0 }
for (const each of progress) counts[each.status] += 1
console.log(`\n## Vacancy trajectory: −1 percentage point by 2028-03\n`)
console.log(
  `Ahead ${counts.ahead}, on track ${counts['on-track']}, off track ${counts['off-track']} (tolerance 0.25 points).\n`,
)
console.log(
  table(
    [
      'organisation',
      'baseline 2025-03',
      'target 2028-03',
      `planned ${progress[0]?.month}`,
      'actual',
      'status',
    ],
    progress
      .slice(0, 8)
      .map((each) => [
        each.unit,
        percent(each.baselineValue, 2),
        percent(each.targetValue, 2),
        percent(each.planned, 2),
        percent(each.actual, 2),
        each.status,
      ]),
  ),
)

// 4. Suppression: leavers in the last month by staff group × organisation in one place.
const place = dataset.organisations[0]?.place as string
const organisations = dataset.organisations
  .filter((organisation) => organisation.place === place)
  .map((organisation) => organisation.code)
const staffGroups = [
  ...new Set(
    dataset.flows
      .filter((row) => organisations.includes(row.organisation))
      .map((row) => row.staffGroup),
  ),
].sort()
const counts2 = staffGroups.map(() => organisations.map(() => 0))
for (const row of dataset.flows) {
  if (row.direction !== 'leaver' || row.month !== lastMonth) continue
  const c = organisations.indexOf(row.organisation)
  if (c < 0) continue
  const r = staffGroups.indexOf(row.staffGroup)
  ;(counts2[r] as number[])[c] = ((counts2[r] as number[])[c] as number) + row.headcount
}
const suppressed = suppressCrossTable(counts2)
const show = (cell: { value: number | null; status: string }) =>
  cell.value === null
    ? cell.status === 'secondary'
      ? '\\* (secondary)'
      : '\\*'
    : String(cell.value)
console.log(`\n## Suppression: leavers in ${lastMonth}, ${place}, staff group × organisation\n`)
console.log(
  table(
    ['staff group', ...organisations, 'total'],
    [
      ...staffGroups.map((group, r) => [
        group,
        ...(suppressed.cells[r] ?? []).map(show),
        show(suppressed.rowTotals[r] as { value: number | null; status: string }),
      ]),
      ['total', ...suppressed.columnTotals.map(show), show(suppressed.grandTotal)],
    ],
  ),
)
const secondaryCount = [
  ...suppressed.cells.flat(),
  ...suppressed.rowTotals,
  ...suppressed.columnTotals,
  suppressed.grandTotal,
].filter((cell) => cell.status === 'secondary').length
console.log(
  `\n${suppressed.feasibleRanges.length} primary suppressions, ${secondaryCount} complementary. Feasible ranges an onlooker can derive (audit):\n`,
)
console.log(
  table(
    ['entry', 'staff group', 'organisation', 'smallest', 'largest'],
    suppressed.feasibleRanges.map((range) => [
      range.entry,
      range.row === null ? '' : (staffGroups[range.row] ?? ''),
      range.column === null ? '' : (organisations[range.column] ?? ''),
      range.min,
      Number.isFinite(range.max) ? range.max : 'unbounded',
    ]),
  ),
)
console.log('\nUnsuppressed counts (for checking, never publish):\n')
console.log(
  table(
    ['staff group', ...organisations],
    staffGroups.map((group, r) => [group, ...(counts2[r] ?? [])]),
  ),
)
