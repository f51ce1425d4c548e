// Browser: projection + schemas from the published packages, bundled by Vite.
import { projectWorkforce } from '@oneworkforce/projection'
import { describeIssue, Money, safeIngestCsv } from '@oneworkforce/schemas'

const csv = 'month,organisation,staffGroup,headcount,fte\n2024-04,RJ1,ahp,*,3\n'
const ingested = safeIngestCsv(csv, { table: 'workforce', file: 'workforce.csv' })
const result = projectWorkforce({
  startMonth: '2025-04',
  horizonMonths: 24,
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
  stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 0.9 }],
  joiners: [{ staffGroup: 'ahp', reason: 'international', headcountPerYear: 12 }],
})
const fte = result.series.fte.at(-1)
const money = new Money('0.1').plus('0.2').toString()
document.querySelector('#result').textContent = JSON.stringify({
  months: result.series.fte.length,
  fte,
  money,
  issue: ingested.issues.map(describeIssue)[0] ?? null,
})
document.body.dataset.ready = 'true'
