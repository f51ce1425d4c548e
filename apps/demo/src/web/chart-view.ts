import Chart, { type Plugin } from 'chart.js/auto'
import type { ChartSpec } from '../report/charts'

const charts = new Map<string, Chart>()

Chart.defaults.font.size = 14
Chart.defaults.color = '#212b32'

/** Draws `pointLabels` beside points (organisation codes on a funnel plot), as the report does. */
const pointLabels: Plugin = {
  id: 'pointLabels',
  afterDatasetsDraw(chart) {
    const ctx = chart.ctx
    ctx.save()
    ctx.font = 'bold 13px system-ui, Arial, sans-serif'
    ctx.fillStyle = '#212b32'
    chart.data.datasets.forEach((dataset, index) => {
      const labels = (dataset as { pointLabels?: readonly string[] }).pointLabels
      if (!labels) return
      chart.getDatasetMeta(index).data.forEach((point, at) => {
        const text = labels[at]
        if (text) ctx.fillText(text, point.x + 8, point.y - 7)
      })
    })
    ctx.restore()
  },
}

/** Draws a chart spec on a canvas, replacing whatever was drawn there before. */
export function drawChart(canvasId: string, spec: ChartSpec | undefined): void {
  charts.get(canvasId)?.destroy()
  charts.delete(canvasId)
  const canvas = document.getElementById(canvasId)
  if (!(canvas instanceof HTMLCanvasElement)) return
  canvas.hidden = spec === undefined
  if (!spec) return
  canvas.setAttribute('role', 'img')
  canvas.setAttribute('aria-label', spec.description)
  const options = structuredClone(spec.options ?? {}) as Record<string, unknown> & {
    plugins?: { legend?: { labels?: Record<string, unknown> } }
  }
  options.plugins ??= {}
  options.plugins.legend ??= {}
  options.plugins.legend.labels ??= {}
  options.plugins.legend.labels.filter = (
    item: { datasetIndex?: number },
    data: { datasets: { hideInLegend?: boolean }[] },
  ) => !data.datasets[item.datasetIndex ?? 0]?.hideInLegend
  charts.set(
    canvasId,
    new Chart(canvas, {
      type: spec.type,
      data: spec.data,
      options,
      plugins: [pointLabels],
    } as never),
  )
}
