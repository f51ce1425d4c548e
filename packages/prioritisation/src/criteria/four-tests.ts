import type { Criterion } from './criterion-schema'

/**
 * The codes of the four tests, in the order the SEL ICS People Strategy lists them.
 *
 * @example
 * ```ts
 * import { fourTestsCodes } from '@oneworkforce/prioritisation'
 *
 * fourTestsCodes[0] // 'size-of-opportunity'
 * ```
 */
export const fourTestsCodes = [
  'size-of-opportunity',
  'need-for-collaboration',
  'feasibility',
  'strategic-coherence',
] as const

/**
 * The default criteria: the South East London ICS's four tests ("the size of the opportunity,
 * the need for collaboration, feasibility and strategic coherence", SEL ICS Workforce Programme,
 * People Strategy 2023-2028), each a benefit criterion scored 1 to 5 with a plain-English
 * descriptor per level.
 *
 * When to use: the default of `rankInitiatives`; extend it with `safeDefineCriteria` when a
 * board wants another test (for example alignment with the London Workforce Strategic
 * Framework) or replace it entirely.
 *
 * Strategic coherence is judged against the SEL People Strategy's five priorities (workforce
 * planning; education and training; great place to work; inclusion and wellbeing; innovation),
 * the London Workforce Strategic Framework's eight themes and the NHS Long Term Workforce Plan's
 * Train / Retain / Reform actions.
 *
 * @example
 * ```ts
 * import { fourTestsCriteria } from '@oneworkforce/prioritisation'
 *
 * fourTestsCriteria.map((criterion) => criterion.label)
 * // ['Size of the opportunity', 'Need for collaboration', 'Feasibility', 'Strategic coherence']
 * ```
 */
export const fourTestsCriteria: readonly Criterion[] = [
  {
    code: 'size-of-opportunity',
    label: 'Size of the opportunity',
    description:
      'How much of the projected workforce gap, or how much cost (agency premium, turnover), the initiative could close across the system, and for how many people and services.',
    direction: 'benefit',
    scale: { min: 1, max: 5 },
    descriptors: [
      {
        level: 1,
        text: 'Marginal: a small local benefit for one team or organisation; no measurable effect on the system gap or on cost.',
      },
      {
        level: 2,
        text: 'Modest: helps one organisation or one staff group in one place; closes a small part of a known gap.',
      },
      {
        level: 3,
        text: 'Material: a measurable effect on a shortage staff group or on agency spend in several organisations or one sector across the ICS.',
      },
      {
        level: 4,
        text: 'Large: closes a substantial share of a projected gap for a shortage profession, or a sizeable recurring saving, across more than one sector.',
      },
      {
        level: 5,
        text: 'System-wide: among the biggest levers on the projected gap or on cost for the whole "one workforce" (health, care, voluntary), with evidence from a projection or comparable sites.',
      },
    ],
  },
  {
    code: 'need-for-collaboration',
    label: 'Need for collaboration',
    description:
      'How far the initiative needs organisations to act together at system level (collaboration, convening, commissioning at scale) rather than each acting alone: the case for the ICS doing it.',
    direction: 'benefit',
    scale: { min: 1, max: 5 },
    descriptors: [
      {
        level: 1,
        text: 'A single organisation can do this alone as well or better; system involvement adds little.',
      },
      {
        level: 2,
        text: 'Mostly for one organisation; sharing learning with partners would help a little.',
      },
      {
        level: 3,
        text: 'Works better with several partners in one sector or place (shared training, common approach, pooled resource).',
      },
      {
        level: 4,
        text: 'Needs partners across sectors or places to act together (economies of scale, staff moving across boundaries, a shared offer).',
      },
      {
        level: 5,
        text: 'Only possible at system level: needs NHS, local authority, social care and voluntary partners together, or regional and national partners, to work at all.',
      },
    ],
  },
  {
    code: 'feasibility',
    label: 'Feasibility',
    description:
      'How deliverable the initiative is with the money, people, data, governance and time available, including the stretched capacity of partners and of the workforce programme team.',
    direction: 'benefit',
    scale: { min: 1, max: 5 },
    descriptors: [
      {
        level: 1,
        text: 'Not deliverable now: no funding route, no delivery capacity, or major dependencies outside our control.',
      },
      {
        level: 2,
        text: 'Difficult: funding or capacity uncertain, new partnerships to forge, significant start-up risk.',
      },
      {
        level: 3,
        text: 'Deliverable with effort: a funding route and lead identified, some risks to manage, partners broadly willing.',
      },
      {
        level: 4,
        text: 'Readily deliverable: funding likely or agreed, an owner and governance in place, builds on existing work.',
      },
      {
        level: 5,
        text: 'Ready to go: funded, owned, proven elsewhere or in a pilot here, with partners committed and data to track it.',
      },
    ],
  },
  {
    code: 'strategic-coherence',
    label: 'Strategic coherence',
    description:
      'How well the initiative fits the SEL People Strategy priorities, the London Workforce Strategic Framework, the national Train / Retain / Reform actions and the needs of places and provider collaboratives, without duplicating other work.',
    direction: 'benefit',
    scale: { min: 1, max: 5 },
    descriptors: [
      {
        level: 1,
        text: 'Weak fit: not linked to a People Strategy priority or national requirement, or duplicates work already under way.',
      },
      {
        level: 2,
        text: 'Partial fit: touches one priority indirectly; overlaps with existing work.',
      },
      {
        level: 3,
        text: 'Clear fit: delivers one People Strategy priority and one of Train, Retain or Reform.',
      },
      {
        level: 4,
        text: 'Strong fit: delivers several People Strategy priorities and supports place or provider-collaborative plans and a national requirement.',
      },
      {
        level: 5,
        text: 'Central: a cornerstone of the People Strategy and the national plan, reinforcing other priorities (for example widening participation feeding apprenticeships and retention).',
      },
    ],
  },
]
