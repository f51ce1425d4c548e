import type { DemoReport, DriverRanking } from '../job/report-model'
import { formatDriverValue } from './format'
import { issueLocation } from './issue-text'

/**
 * How a column's values are stored and shown: `percent` holds fractions (0.154), `gbp` decimal
 * pounds as strings (exact), `fte` and `integer` numbers, `score` numbers shown to 3 places.
 */
export type ColumnKind = 'text' | 'fte' | 'integer' | 'percent' | 'gbp' | 'score' | 'decimal'

/** One column of a report table: its header (with the unit) and kind. */
export interface ReportColumn {
  readonly header: string
  readonly kind: ColumnKind
}

/** A cell: text, a number, or money as a decimal string. */
export type ReportCell = string | number

/**
 * One table of the report, as shown in the HTML and exported to CSV and XLSX: every table the
 * report shows is one of these, so every table has an export.
 */
export interface ReportTable {
  /** File-safe id: the CSV file name and the XLSX sheet. */
  readonly id: string
  readonly title: string
  readonly columns: readonly ReportColumn[]
  readonly rows: readonly (readonly ReportCell[])[]
}

const col = (header: string, kind: ColumnKind = 'text'): ReportColumn => ({ header, kind })

function validationTables(report: DemoReport): ReportTable[] {
  if (report.validation.status !== 'ok') return []
  const data = report.validation.data
  return [
    {
      id: 'data-tables',
      title: 'Tables read',
      columns: [col('table'), col('rows', 'integer')],
      rows: data.tables.filter((each) => each.rows > 0).map((each) => [each.table, each.rows]),
    },
    ...(data.issues.length > 0
      ? [
          {
            id: 'data-issues',
            title: 'Data issues',
            columns: [col('severity'), col('where'), col('code'), col('message')],
            rows: data.issues.map((each) => [
              each.severity,
              issueLocation(each),
              each.code,
              each.message,
            ]),
          },
        ]
      : []),
  ]
}

function projectionTables(report: DemoReport): ReportTable[] {
  if (report.projection.status !== 'ok') return []
  const data = report.projection.data
  const horizon = data.horizonYear
  const baselineGap = data.scenarios[0]?.years.at(-1)?.gapFte ?? 0
  const tables: ReportTable[] = [
    {
      id: 'scenarios',
      title: `Scenarios in ${horizon}`,
      columns: [
        col('scenario'),
        col('supply (FTE)', 'fte'),
        col('demand (FTE)', 'fte'),
        col('gap (FTE)', 'fte'),
        col('gap vs baseline (FTE)', 'fte'),
        col(`pay bill ${horizon} (£)`, 'gbp'),
      ],
      rows: data.scenarios.map((scenario, index) => {
        const last = scenario.years.at(-1)
        return [
          scenario.name,
          last?.supplyFte ?? 0,
          last?.demandFte ?? 0,
          last?.gapFte ?? 0,
          index === 0 ? '' : (last?.gapFte ?? 0) - baselineGap,
          last?.costGbp ?? '',
        ]
      }),
    },
    {
      id: 'scenario-gap-by-year',
      title: 'Gap by scenario and financial year (FTE, at March)',
      columns: [col('financial year'), ...data.scenarios.map((each) => col(each.name, 'fte'))],
      rows: (data.scenarios[0]?.years ?? []).map((year, index) => [
        year.financialYear,
        ...data.scenarios.map((scenario) => scenario.years[index]?.gapFte ?? 0),
      ]),
    },
    {
      id: 'baseline-by-staff-group',
      title: 'Baseline by staff group',
      columns: [
        col('staff group'),
        col(`supply ${data.byStaffGroup[0]?.years[0]?.financialYear ?? ''} (FTE)`, 'fte'),
        col(`supply ${horizon} (FTE)`, 'fte'),
        col(`demand ${horizon} (FTE)`, 'fte'),
        col(`gap ${horizon} (FTE)`, 'fte'),
      ],
      rows: data.byStaffGroup.map((group) => [
        group.label,
        group.years[0]?.supplyFte ?? 0,
        group.years.at(-1)?.supplyFte ?? 0,
        group.years.at(-1)?.demandFte ?? 0,
        group.years.at(-1)?.gapFte ?? 0,
      ]),
    },
  ]
  if (data.costs && data.costs.length > 0) {
    const meet = data.costs.some((each) => each.costToMeetDemandGbp !== undefined)
    tables.push({
      id: 'costs-by-year',
      title: 'Baseline pay costs by financial year',
      columns: [
        col('financial year'),
        col('substantive pay (£)', 'gbp'),
        col('bank (£)', 'gbp'),
        col('agency (£)', 'gbp'),
        col('total pay bill (£)', 'gbp'),
        ...(meet ? [col('cost to meet demand (£)', 'gbp')] : []),
      ],
      rows: data.costs.map((each) => [
        each.financialYear,
        each.substantiveGbp,
        each.bankGbp,
        each.agencyGbp,
        each.totalGbp,
        ...(meet ? [each.costToMeetDemandGbp ?? ''] : []),
      ]),
    })
  }
  return tables
}

function uncertaintyTables(report: DemoReport): ReportTable[] {
  if (report.uncertainty.status !== 'ok') return []
  return [
    {
      id: 'gap-range',
      title: 'Baseline gap: Monte Carlo range (FTE, at March)',
      columns: [
        col('financial year'),
        ...['P5', 'P25', 'median', 'P75', 'P95'].map((each) => col(`${each} (FTE)`, 'fte')),
      ],
      rows: report.uncertainty.data.gap.map((band) => [
        band.financialYear,
        band.p5,
        band.p25,
        band.p50,
        band.p75,
        band.p95,
      ]),
    },
    ...driverTables(report.uncertainty.data.drivers),
  ]
}

function driverTables(ranking: DriverRanking | undefined): ReportTable[] {
  if (!ranking) return []
  const p = (quantile: number) => `P${Math.round(quantile * 100)}`
  const [low, high] = [p(ranking.lowQuantile), p(ranking.highQuantile)]
  return [
    {
      id: 'drivers',
      title: `What drives the range: ${ranking.output}, largest swing first`,
      columns: [
        col('driver'),
        col('stated range'),
        col(`value at ${low}`),
        col(`value at ${high}`),
        col(`gap at ${low} (FTE)`, 'fte'),
        col(`gap at ${high} (FTE)`, 'fte'),
        col('swing (FTE)', 'fte'),
        col('Sobol first-order index', 'decimal'),
        col('Sobol total index', 'decimal'),
        col('source'),
      ],
      rows: ranking.drivers.map((driver) => [
        driver.label,
        driver.range,
        formatDriverValue(driver.lowValue, driver.valueKind),
        formatDriverValue(driver.highValue, driver.valueKind),
        driver.outputAtLow,
        driver.outputAtHigh,
        driver.swing,
        driver.firstOrder ?? '',
        driver.total ?? '',
        driver.source,
      ]),
    },
  ]
}

function benchmarkingTables(report: DemoReport): ReportTable[] {
  if (report.benchmarking.status !== 'ok') return []
  const data = report.benchmarking.data
  const funnels = data.funnels.map(
    (funnel): ReportTable => ({
      id: `funnel-${funnel.id}`,
      title: `${funnel.indicator}: ${funnel.peerGroup}, ${funnel.period}`,
      columns: [
        col('organisation'),
        col('code'),
        col(funnel.sizeLabel, 'fte'),
        ...(funnel.valueKind === 'ratio'
          ? [
              col('leavers ÷ expected (ratio)', 'decimal'),
              col('adjusted z', 'decimal'),
              col('99.8% lower (ratio)', 'decimal'),
              col('99.8% upper (ratio)', 'decimal'),
            ]
          : [
              col(`${funnel.indicator} (%)`, 'percent'),
              col('adjusted z', 'decimal'),
              col('99.8% lower (%)', 'percent'),
              col('99.8% upper (%)', 'percent'),
            ]),
        col('finding'),
      ],
      rows: [...funnel.points]
        .sort((a, b) => b.adjustedZ - a.adjustedZ)
        .map((point) => [
          point.label,
          point.unit,
          point.size,
          point.value,
          point.adjustedZ,
          point.lower998,
          point.upper998,
          point.outlier !== 'none'
            ? `outside 99.8%: ${point.outlier}`
            : point.outside95
              ? 'outside 95% only'
              : 'within limits',
        ]),
    }),
  )
  const spc = data.spc.flatMap((chart): ReportTable[] => [
    {
      id: `${chart.id}-phases`,
      title: `SPC ${chart.indicator}: phases`,
      columns: [
        col('phase'),
        col('months', 'integer'),
        col('mean (%)', 'percent'),
        col('lower limit (%)', 'percent'),
        col('upper limit (%)', 'percent'),
        col('special-cause months', 'integer'),
      ],
      rows: chart.phases.map((phase) => [
        `${phase.start} to ${phase.end}`,
        phase.points,
        phase.mean,
        phase.lowerLimit,
        phase.upperLimit,
        phase.specialCausePoints,
      ]),
    },
    {
      id: `${chart.id}-months`,
      title: `SPC ${chart.indicator}: every month`,
      columns: [
        col('month'),
        col(`${chart.indicator} (%)`, 'percent'),
        col('mean (%)', 'percent'),
        col('lower limit (%)', 'percent'),
        col('upper limit (%)', 'percent'),
        col('special cause'),
      ],
      rows: chart.points.map((point) => [
        point.month,
        point.value,
        point.mean,
        point.lowerLimit,
        point.upperLimit,
        point.flag === 'none' ? '' : point.flag,
      ]),
    },
  ])
  return [...funnels, ...spc]
}

function prioritisationTables(report: DemoReport): ReportTable[] {
  if (report.prioritisation.status !== 'ok') return []
  const data = report.prioritisation.data
  const titles = new Map(data.ranking.map((each) => [each.id, each.title]))
  return [
    {
      id: 'ranking',
      title: 'Initiatives ranked against the four tests',
      columns: [
        col('rank', 'integer'),
        col('initiative'),
        col('score (0-1)', 'score'),
        col('P(ranked first) (%)', 'percent'),
        col('cost (£)', 'gbp'),
        col('in portfolio'),
        ...(data.valueForMoney ? [col('value for money')] : []),
        col('stability'),
      ],
      rows: data.ranking.map((each) => [
        each.rank,
        each.title,
        each.score,
        each.firstRankShare ?? '',
        each.costGbp,
        each.inPortfolio ? 'yes' : 'no',
        ...(data.valueForMoney ? [each.inValueForMoney ? 'yes' : 'no'] : []),
        each.verdict?.replace(`${each.title}: `, '') ?? '',
      ]),
    },
    ...(data.opportunity
      ? [
          {
            id: 'opportunity-measured',
            title: `Size of the opportunity measured from the projection (${data.opportunity.year})`,
            columns: [
              col('initiative'),
              col(`gap closed ${data.opportunity.year} (FTE)`, 'fte'),
              col(`pay cost avoided ${data.opportunity.year} (£)`, 'gbp'),
              col('score (1-5)', 'decimal'),
              col('calculation'),
            ],
            rows: [
              ...data.opportunity.rows.map((row) => [
                titles.get(row.id) ?? row.id,
                row.fteGapClosed,
                row.costAvoidedGbp,
                row.score,
                row.calculation,
              ]),
              ...data.opportunity.unmeasured.map((id) => [
                titles.get(id) ?? id,
                '',
                '',
                '',
                'no lever in the projection: the panel’s scores are kept',
              ]),
            ],
          } satisfies ReportTable,
        ]
      : []),
    ...(data.leftOut && data.leftOut.length > 0
      ? [
          {
            id: 'left-out',
            title: 'What each portfolio left out, and why',
            columns: [col('initiative'), col('portfolio'), col('reason'), col('why')],
            rows: data.leftOut.map((each) => [each.title, each.portfolio, each.reason, each.why]),
          } satisfies ReportTable,
        ]
      : []),
  ]
}

/** Every table the report shows, in page order, ready for HTML and for export. */
export function reportTables(report: DemoReport): ReportTable[] {
  return [
    ...validationTables(report),
    ...projectionTables(report),
    ...uncertaintyTables(report),
    ...benchmarkingTables(report),
    ...prioritisationTables(report),
    {
      id: 'assumptions',
      title: 'Assumptions and their sources',
      columns: [col('area'), col('assumption'), col('value'), col('source'), col('flagged')],
      rows: report.assumptions.map((each) => [
        each.area,
        each.assumption,
        each.value,
        each.source,
        each.flagged ? 'yes: a default to review' : '',
      ]),
    },
  ]
}
