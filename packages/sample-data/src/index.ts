/** Types of `calibration`, each documented where it is defined. */
export type { CalibrationTarget } from './calibration'
export { sampleCalibration } from './calibration'
/** Types of `planted-signals`, each documented where it is defined. */
export type { PlantedSignal } from './planted-signals'
export { samplePlantedSignals } from './planted-signals'
export { SAMPLE_SEED, sampleDataset } from './sample-dataset'
