import * as benchmarking from '@oneworkforce/benchmarking'
import { formatGbp } from '@oneworkforce/schemas'
import type { Assumption, DemoReport } from './report-model'
import { illustrativeSpcTargets } from './spc'
import { demoUncertainDrivers } from './uncertainty'

type Parts = Omit<DemoReport, 'assumptions' | 'title' | 'generatedAt'>

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`

function projectionAssumptions(parts: Parts): Assumption[] {
  const data = parts.validation.status === 'ok' ? parts.validation.data : undefined
  const projection = parts.projection.status === 'ok' ? parts.projection.data : undefined
  const rows: Assumption[] = [
    {
      area: 'data',
      assumption: 'Dataset',
      value: data?.datasetName ?? 'none',
      source: data?.source ?? 'not read',
    },
  ]
  if (!projection) return rows
  rows.push(
    {
      area: 'projection',
      assumption: 'Start and horizon',
      value: `from ${projection.startMonth} to the end of ${projection.horizonYear}`,
      source: 'last month of the workforce history; the LTWP horizon (2036/37)',
    },
    {
      area: 'projection',
      assumption: 'Leaver, joiner and retirement rates',
      value: 'estimated from the history by organisation sector, staff group and age band',
      source: '@oneworkforce/projection projectionInputFromDataset (flows and snapshots tables)',
    },
    {
      area: 'projection',
      assumption: 'Demand',
      value:
        'staff in post at the start, grown with the population projection weighted by service use by age',
      source: 'population and serviceUse tables of the dataset',
    },
    {
      area: 'projection',
      assumption: 'Pay and temporary staffing costs',
      value:
        'annual pay per FTE with on-costs; the shortfall covered by bank and agency at their premiums',
      source: 'payRates table (2025/26 Agenda for Change midpoints in the sample)',
    },
    ...(projection.scenarioDescriptions ?? []).map((each) => ({
      area: 'scenarios',
      assumption: `Scenario: ${projection.scenarios.find((s) => s.id === each.id)?.name ?? each.id}`,
      value: each.description,
      source: 'scenarios table of the dataset, else @oneworkforce/projection presets',
    })),
  )
  return rows
}

function uncertaintyAssumptions(parts: Parts): Assumption[] {
  if (parts.uncertainty.status !== 'ok') return []
  const data = parts.uncertainty.data
  return [
    ...demoUncertainDrivers.map((driver) => ({
      area: 'uncertainty',
      assumption: `Uncertain input: ${driver.label}`,
      value: `${driver.range}, one independent draw per run`,
      source: driver.source,
      flagged: true,
    })),
    {
      area: 'uncertainty',
      assumption: 'Monte Carlo runs',
      value: `${data.runs} runs, seed ${data.seed}`,
      source: 'command line (--runs, --seed)',
    },
    ...(data.drivers
      ? [
          {
            area: 'uncertainty',
            assumption: 'Ranking of the drivers',
            value: `tornado (each driver at its P${Math.round(data.drivers.lowQuantile * 100)} and P${Math.round(data.drivers.highQuantile * 100)}, the others at their medians) and ${
              data.drivers.sobolSamples > 0
                ? `Sobol first-order and total indices (N = ${data.drivers.sobolSamples}, seed ${data.drivers.sobolSeed})`
                : 'no Sobol indices'
            } of the ${data.drivers.output}`,
            source:
              '@oneworkforce/projection workforceTornado and workforceSobolIndices (Saltelli et al. 2010, Comput. Phys. Commun. 181:259; Jansen 1999, Comput. Phys. Commun. 117:35); command line (--sobol-samples)',
          },
        ]
      : []),
  ]
}

function benchmarkingAssumptions(parts: Parts): Assumption[] {
  if (parts.benchmarking.status !== 'ok') return []
  const data = parts.benchmarking.data
  const definitions = benchmarking.INDICATOR_DEFINITIONS
  const rebases = data.spc.flatMap((chart) =>
    chart.rebasedAt.map((each) => ({
      area: 'benchmarking',
      assumption: `SPC rebased: ${chart.indicator}`,
      value: `new limits from ${each.month}`,
      source: each.reason,
    })),
  )
  return [
    {
      area: 'benchmarking',
      assumption: 'Peer groups',
      value: [...new Set(data.funnels.map((each) => each.peerGroup))].join('; '),
      source:
        'NHS Digital cluster group when the dataset gives one, else NHS trusts together and each other sector alone',
    },
    {
      area: 'benchmarking',
      assumption: 'Funnel limits',
      value:
        '95% and 99.8% Wilson limits around the pooled rate, widened for overdispersion (additive, DerSimonian-Laird τ² from 10%-Winsorised z-scores)',
      source: 'Spiegelhalter (2005), Statistics in Medicine 24:1185; NHS-R FunnelPlotR',
    },
    {
      area: 'benchmarking',
      assumption: 'Leaver rate',
      value: `${definitions['leaver-rate'].numerator} / ${definitions['leaver-rate'].denominator}, 12 months`,
      source: definitions['leaver-rate'].source,
    },
    {
      area: 'benchmarking',
      assumption: 'Vacancy rate',
      value: `${definitions['vacancy-rate'].numerator} / ${definitions['vacancy-rate'].denominator}`,
      source: definitions['vacancy-rate'].source,
    },
    {
      area: 'benchmarking',
      assumption: 'SPC rules',
      value:
        'XmR limits mean ± 2.66 × mean moving range; runs of 7, trends of 7, two of three beyond two-thirds',
      source: 'NHS England Making Data Count; NHSRplotthedots',
    },
    ...rebases,
    ...Object.entries(illustrativeSpcTargets).map(([indicator, target]) => ({
      area: 'benchmarking',
      assumption: `SPC target: ${indicator.replaceAll('-', ' ')}`,
      value: percent(target),
      source: 'illustrative: no published target for the ICS; set your own',
      flagged: true,
    })),
  ]
}

function prioritisationAssumptions(parts: Parts, weightsGiven: boolean): Assumption[] {
  if (parts.prioritisation.status !== 'ok') return []
  const data = parts.prioritisation.data
  return [
    {
      area: 'prioritisation',
      assumption: 'Criterion weights',
      value: data.weights.map((each) => `${each.criterion} ${percent(each.weight)}`).join(', '),
      source: weightsGiven
        ? 'given by the user'
        : 'default: equal weights, not elicited from the board (swing weights recommended)',
      flagged: !weightsGiven,
    },
    {
      area: 'prioritisation',
      assumption: 'Scores',
      value: 'each initiative scored 1-5 by three scorers per test; the mean score is used',
      source: 'initiatives table (scores and evidence)',
    },
    ...(data.opportunity
      ? [
          {
            area: 'prioritisation',
            assumption: 'Size of the opportunity',
            value: `measured: FTE of the ${data.opportunity.year} gap each initiative's scenario closes against the baseline; ${data.opportunity.formula}`,
            source:
              "each initiative's scenario (initiatives.scenario) projected by @oneworkforce/projection; scored by scoreOpportunityFromImpacts",
          },
          {
            area: 'prioritisation',
            assumption: 'Impact year',
            value: data.opportunity.year,
            source: 'demo choice: five years on, a usual ICS plan span',
            flagged: true,
          },
        ]
      : []),
    {
      area: 'prioritisation',
      assumption: 'Budget',
      value: formatGbp(data.budgetGbp, { unit: 'millions', decimalPlaces: 1 }),
      source: 'demo default for the sample ICS',
      flagged: true,
    },
    ...(data.smaaSamples
      ? [
          {
            area: 'prioritisation',
            assumption: 'Rank stability',
            value: `${data.smaaSamples.toLocaleString('en-GB')} weightings drawn uniformly (SMAA)`,
            source: 'Lahdelma and Salminen (2001), SMAA-2',
          },
        ]
      : []),
    ...(data.assumptions ?? []),
  ]
}

/** Every assumption behind the report's figures, each with its source, in report order. */
export function collectAssumptions(parts: Parts, weightsGiven = false): Assumption[] {
  return [
    ...projectionAssumptions(parts),
    ...uncertaintyAssumptions(parts),
    ...benchmarkingAssumptions(parts),
    ...prioritisationAssumptions(parts, weightsGiven),
  ]
}
