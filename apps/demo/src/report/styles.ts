/**
 * The report's stylesheet: NHS colours, readable type (17px body, tables at 15px), full-width
 * charts, and an A4 print layout (each chapter on a new page, charts and table rows kept whole,
 * table headers repeated on every page, links' files named).
 */
export const reportStyles = `
:root{--blue:#005eb8;--text:#212b32;--grey:#4c6272;--line:#d8dde0;--pale:#f0f4f5}
*{box-sizing:border-box}
body{font-family:Arial,"Helvetica Neue",system-ui,sans-serif;font-size:17px;margin:0 auto;max-width:1200px;padding:1rem 2rem 3rem;color:var(--text);line-height:1.5}
h1{color:var(--blue);font-size:2rem;margin:.5rem 0 .2rem}h2{font-size:1.55rem;border-bottom:3px solid var(--blue);padding-bottom:.2rem;margin-top:2.5rem}
h3{font-size:1.2rem;margin:1.6rem 0 .4rem}
a{color:var(--blue)}
.meta,.note{color:var(--grey)}.note{font-size:.95rem}
nav.contents ol{columns:2;margin:.3rem 0 1rem;list-style:none;padding-left:0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:1rem;margin:1rem 0}
.card{border:1px solid var(--line);border-top:5px solid var(--blue);padding:.7rem 1rem;background:#fff}
.card-label{margin:0;color:var(--grey);font-size:.95rem}.card-value{margin:.2rem 0;font-size:1.5rem;font-weight:bold}.card-detail{margin:0;font-size:.95rem}
.summary-points li{margin:.5rem 0}
.table-block{margin:.6rem 0 1.4rem;overflow-x:auto}
table{border-collapse:collapse;font-size:15px;width:100%}
caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{padding:.35rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--pale)}.num{text-align:right;font-variant-numeric:tabular-nums}td.num{white-space:nowrap}
.exports{font-size:.9rem;margin:.2rem 0 0}
.chart{margin:1rem 0 1.5rem;border:1px solid var(--line);padding:.8rem;background:#fff;width:100%}
.chart figcaption{font-size:.95rem;color:var(--grey);margin-top:.4rem}
.chart canvas{width:100%!important;height:auto!important}
.unavailable,.failed{background:#fff9c4;padding:.5rem .8rem;border-left:5px solid #ffb81c}.failed{border-color:#da291c}
.issues li.error{color:#8a1538}.issues li.warning{color:#6b4e00}
.finding-worse{color:#8a1538;font-weight:bold}.finding-better{color:#006130;font-weight:bold}
.spc-icons{display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap;margin:.5rem 0}
.spc-icons figure{display:flex;gap:.6rem;align-items:center;margin:0}.spc-icons figcaption{max-width:22rem;font-size:.95rem}
tr.flagged td{background:#fff4e5}
@page{size:A4 portrait;margin:14mm 12mm 16mm}
@media print{
  body{font-size:10.5pt;max-width:none;padding:0}
  h1{font-size:20pt}h2{font-size:15pt;break-before:page;margin-top:0}
  #summary h2{break-before:avoid}
  h3{font-size:12pt;break-after:avoid}
  nav.contents,.exports{display:none}
  table{font-size:8.5pt}th,td{padding:.15rem .3rem}thead{display:table-header-group}tr,.card,.chart,.spc-icons{break-inside:avoid}
  .chart{border:none;padding:0;break-inside:avoid}
  .table-block{overflow:visible}
  a{color:inherit;text-decoration:none}
}
`
