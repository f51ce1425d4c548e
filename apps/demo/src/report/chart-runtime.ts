/**
 * The few chart behaviours a JSON spec cannot carry, as plain browser JavaScript inlined into
 * the HTML report: readable default type, legend entries hidden for band edges
 * (`hideInLegend`), and point labels drawn beside points (`pointLabels`, e.g. organisation codes
 * on a funnel plot). The web page applies the same in `web/chart-view.ts`.
 */
export const chartRuntimeScript = `
(function () {
  Chart.defaults.font.size = 14;
  Chart.defaults.color = '#212b32';
  var pointLabels = {
    id: 'pointLabels',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      ctx.save();
      ctx.font = 'bold 13px system-ui, Arial, sans-serif';
      ctx.fillStyle = '#212b32';
      chart.data.datasets.forEach(function (dataset, index) {
        if (!dataset.pointLabels) return;
        chart.getDatasetMeta(index).data.forEach(function (point, at) {
          var text = dataset.pointLabels[at];
          if (text) ctx.fillText(text, point.x + 8, point.y - 7);
        });
      });
      ctx.restore();
    }
  };
  var specs = JSON.parse(document.getElementById('chart-data').textContent);
  specs.forEach(function (spec) {
    var canvas = document.getElementById(spec.id);
    if (!canvas) return;
    var options = spec.options || {};
    options.plugins = options.plugins || {};
    options.plugins.legend = options.plugins.legend || {};
    options.plugins.legend.labels = options.plugins.legend.labels || {};
    options.plugins.legend.labels.filter = function (item, data) {
      return !data.datasets[item.datasetIndex].hideInLegend;
    };
    new Chart(canvas, { type: spec.type, data: spec.data, options: options, plugins: [pointLabels] });
  });
  window.addEventListener('beforeprint', function () {
    Object.values(Chart.instances).forEach(function (chart) { chart.resize(); });
  });
})();
`
