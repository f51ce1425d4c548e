/** Types of `calibration`, each documented where it is defined. */
export type { CalibrationTarget } from './calibration'
export { sampleCalibration } from './calibration'
export { SAMPLE_SEED, sampleDataset } from './sample-dataset'
