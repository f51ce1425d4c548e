import type { Dataset } from '@oneworkforce/schemas'
import {
  agencyShare,
  ftePerHead,
  leaverRate,
  populationIn,
  sicknessRate,
  stabilityLowerBound,
  trainingAttrition,
  vacancyRate,
} from './indicators'

const nhs = ['acute', 'community', 'mental-health']
const nurses = ['registered-nurse']
const medical = ['consultant', 'resident-doctor', 'sas-doctor']
const year = '2025/26'

/** How each calibration indicator is measured from a dataset (see `sampleCalibration`). */
export const measures: Readonly<Record<string, (dataset: Dataset) => number>> = {
  'nhs-trust-turnover': (d) =>
    leaverRate(d, { sectors: nhs, financialYear: year }, { excludeMoves: false }),
  'nhs-nurse-leaver-rate': (d) =>
    leaverRate(
      d,
      { sectors: nhs, staffGroups: nurses, financialYear: year },
      { excludeMoves: true },
    ),
  'nhs-nurse-stability': (d) =>
    stabilityLowerBound(
      d,
      { sectors: nhs, staffGroups: nurses, financialYear: year },
      { excludeMoves: true },
    ),
  'nhs-vacancy-rate': (d) => vacancyRate(d, { sectors: nhs, financialYear: year }),
  'nhs-nurse-vacancy-rate': (d) =>
    vacancyRate(d, { sectors: nhs, staffGroups: nurses, financialYear: year }),
  'nhs-medical-vacancy-rate': (d) =>
    vacancyRate(d, { sectors: nhs, staffGroups: medical, financialYear: year }),
  'nhs-fte-per-head': (d) => ftePerHead(d, { sectors: nhs, financialYear: year }),
  'nhs-sickness-rate': (d) => sicknessRate(d, { sectors: nhs, financialYear: year }),
  'nhs-agency-share': (d) => agencyShare(d, { sectors: nhs, financialYear: year }),
  'social-care-turnover': (d) =>
    leaverRate(d, { sectors: ['social-care'], financialYear: year }, { excludeMoves: false }),
  'social-care-vacancy-rate': (d) =>
    vacancyRate(d, { sectors: ['social-care'], financialYear: year }),
  'nursing-training-attrition': (d) => trainingAttrition(d, nurses),
  'population-2024': (d) => populationIn(d, 2024),
}
