import type { TrainingPipelineRow } from '@oneworkforce/schemas'

/**
 * Training programmes feeding the ICS's workforce (intakes at local universities, colleges and
 * training schemes). Nursing attrition 24-36% (UK and England cohorts 2014-2019, DOMAIN.md).
 * The history's newly qualified joiners come from these rows (see `workforce-history.ts`), so
 * the history and the pipelines agree.
 */
export const trainingPipelines: readonly TrainingPipelineRow[] = [
  {
    programme: 'bsc-adult-nursing',
    staffGroup: 'registered-nurse',
    durationMonths: 36,
    annualIntake: 1_050,
    attritionRate: 0.28,
    localUptakeShare: 0.55,
    entryMonth: 9,
  },
  {
    programme: 'bsc-mental-health-nursing',
    staffGroup: 'registered-nurse',
    sector: 'mental-health',
    durationMonths: 36,
    annualIntake: 260,
    attritionRate: 0.32,
    localUptakeShare: 0.6,
    entryMonth: 9,
  },
  {
    programme: 'bsc-childrens-nursing',
    staffGroup: 'registered-nurse',
    sector: 'acute',
    durationMonths: 36,
    annualIntake: 180,
    attritionRate: 0.25,
    localUptakeShare: 0.5,
    entryMonth: 9,
  },
  {
    programme: 'nurse-degree-apprenticeship',
    staffGroup: 'registered-nurse',
    durationMonths: 48,
    annualIntake: 90,
    attritionRate: 0.2,
    localUptakeShare: 0.9,
    entryMonth: 9,
  },
  {
    programme: 'bsc-midwifery',
    staffGroup: 'midwife',
    durationMonths: 36,
    annualIntake: 160,
    attritionRate: 0.26,
    localUptakeShare: 0.55,
    entryMonth: 9,
  },
  {
    programme: 'nursing-associate-apprenticeship',
    staffGroup: 'nursing-associate',
    durationMonths: 24,
    annualIntake: 240,
    attritionRate: 0.2,
    localUptakeShare: 0.92,
    entryMonth: 3,
  },
  {
    programme: 'ahp-degrees',
    staffGroup: 'ahp',
    durationMonths: 36,
    annualIntake: 520,
    attritionRate: 0.15,
    localUptakeShare: 0.45,
    entryMonth: 9,
  },
  {
    programme: 'paramedic-science',
    staffGroup: 'ahp',
    durationMonths: 36,
    annualIntake: 90,
    attritionRate: 0.18,
    localUptakeShare: 0.4,
    entryMonth: 9,
  },
  {
    programme: 'healthcare-science-practitioner',
    staffGroup: 'healthcare-scientist',
    sector: 'acute',
    durationMonths: 36,
    annualIntake: 45,
    attritionRate: 0.12,
    localUptakeShare: 0.5,
    entryMonth: 9,
  },
  // The medical pipeline, scaled to the sample ICS (about 6,100 resident doctors, 3,800
  // consultants and 1,800 GPs; England has about 7,500 medical school places a year, LTWP 2023).
  // Medical school is a 5-year degree (GMC, standard entry); its graduates start the 2-year
  // Foundation Programme as resident doctors in August (UK Foundation Programme). About 5% of
  // students do not graduate (Medical Schools Council). Intake: the ICS's share of graduates
  // taking up F1 posts here, synthetic.
  {
    programme: 'medical-school',
    staffGroup: 'resident-doctor',
    durationMonths: 60,
    annualIntake: 420,
    attritionRate: 0.05,
    localUptakeShare: 0.7,
    entryMonth: 9,
  },
  // Specialty training to a Certificate of Completion of Training (CCT): higher specialty
  // training, typically 5 years after core training (5-8 years after foundation: NHS England,
  // specialty training). Trainees are resident doctors; completers move into consultant posts
  // (a transfer between staff groups, not a joiner: EMPLOYMENT_BASED_PROGRAMMES in
  // @oneworkforce/projection). Intake and the local uptake of consultant posts are synthetic.
  {
    programme: 'specialty-training-cct',
    staffGroup: 'consultant',
    durationMonths: 60,
    annualIntake: 160,
    attritionRate: 0.1,
    localUptakeShare: 0.8,
    entryMonth: 8,
  },
  // GP specialty training: 3 years after foundation (RCGP; NHS England, GP training). GP
  // registrars are resident doctors; completers move into GP posts (a transfer).
  {
    programme: 'gp-specialty-training',
    staffGroup: 'gp',
    sector: 'primary-care',
    durationMonths: 36,
    annualIntake: 130,
    attritionRate: 0.1,
    localUptakeShare: 0.6,
    entryMonth: 8,
  },
  {
    programme: 'physician-associate-msc',
    staffGroup: 'physician-associate',
    durationMonths: 24,
    annualIntake: 40,
    attritionRate: 0.1,
    localUptakeShare: 0.5,
    entryMonth: 9,
  },
  {
    programme: 'social-work-degree',
    staffGroup: 'social-worker',
    sector: 'social-care',
    durationMonths: 36,
    annualIntake: 140,
    attritionRate: 0.2,
    localUptakeShare: 0.55,
    entryMonth: 9,
  },
  {
    programme: 'adult-care-worker-apprenticeship',
    staffGroup: 'care-worker',
    sector: 'social-care',
    durationMonths: 12,
    annualIntake: 600,
    attritionRate: 0.3,
    localUptakeShare: 0.95,
    entryMonth: 1,
  },
]

/**
 * The employment-based programmes and the staff group their trainees are in while they train:
 * completers move from that group into the programme's staff group (a transfer, not a joiner).
 * The same table as `EMPLOYMENT_BASED_PROGRAMMES` in @oneworkforce/projection, which reads the
 * dataset. A programme training people into the group they are already in (care-worker
 * apprentices) moves nobody.
 */
export const employmentBasedSources: Readonly<Record<string, string>> = {
  'nursing-associate-apprenticeship': 'clinical-support',
  'nurse-degree-apprenticeship': 'clinical-support',
  'specialty-training-cct': 'resident-doctor',
  'gp-specialty-training': 'resident-doctor',
  'adult-care-worker-apprenticeship': 'care-worker',
}
