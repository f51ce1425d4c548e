import type { PayRateRow } from '@oneworkforce/schemas'
import type { StaffProfile } from './staff-profiles'

/** One pay rate row per staff group for 2025/26, from the staff profiles. */
export function payRates(profiles: readonly StaffProfile[]): PayRateRow[] {
  return profiles.map((profile) => ({
    financialYear: '2025/26',
    staffGroup: profile.code,
    ...(profile.payBand === undefined ? {} : { payBand: profile.payBand }),
    annualPayGbp: profile.annualPayGbp.toFixed(2),
    onCostRate: profile.onCostRate,
    bankPremiumRate: profile.bankPremiumRate,
    agencyPremiumRate: profile.agencyPremiumRate,
  }))
}
