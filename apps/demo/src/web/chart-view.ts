import Chart from 'chart.js/auto'
import type { ChartSpec } from '../report/charts'

const charts = new Map<string, Chart>()

/** Draws a chart spec on a canvas, replacing whatever was drawn there before. */
export function drawChart(canvasId: string, spec: ChartSpec | undefined): void {
  charts.get(canvasId)?.destroy()
  charts.delete(canvasId)
  const canvas = document.getElementById(canvasId)
  if (!(canvas instanceof HTMLCanvasElement)) return
  canvas.hidden = spec === undefined
  if (!spec) return
  charts.set(
    canvasId,
    new Chart(canvas, { type: spec.type, data: spec.data, options: spec.options } as never),
  )
}
