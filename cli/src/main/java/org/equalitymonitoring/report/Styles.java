package org.equalitymonitoring.report;

/** The report's style sheet: readable on a phone, on a wide screen and printed on A4. */
final class Styles {
  static final String CSS =
      String.join(
          "\n",
          ":root{--blue:#005eb8;--dark:#212b32;--grey:#4c6272;--pale:#f0f4f5;--red:#d5281b;--amber:#ed8b00;--green:#007f3b}",
          "*{box-sizing:border-box}",
          "body{margin:0;font-family:Arial,Helvetica,sans-serif;color:var(--dark);line-height:1.5;background:#fff}",
          "header{background:var(--blue);color:#fff;padding:1rem 1.25rem}",
          "header h1{margin:0 0 .25rem;font-size:1.6rem}",
          ".meta{margin:0 0 .5rem;opacity:.95}",
          "nav ol{margin:.25rem 0 0;padding-left:1.25rem;columns:2;column-gap:2rem}",
          "nav a{color:#fff}",
          "main{max-width:1100px;margin:0 auto;padding:0 1.25rem 2rem}",
          "section{margin-top:2rem;break-inside:auto}",
          "h2{font-size:1.35rem;border-bottom:3px solid var(--blue);padding-bottom:.25rem}",
          "h3{font-size:1.1rem;margin-top:1.5rem}",
          ".cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}",
          ".card{flex:1 1 14rem;background:var(--pale);border-left:6px solid var(--blue);padding:.75rem 1rem}",
          ".card-label{font-size:.9rem;color:var(--grey)}",
          ".card-value{font-size:1.8rem;font-weight:bold}",
          ".card-detail{font-size:.9rem}",
          ".table-wrap{overflow-x:auto;margin:1rem 0}",
          "table{border-collapse:collapse;width:100%;font-size:.92rem}",
          "caption{text-align:left;font-weight:bold;padding:.25rem 0}",
          "th,td{border-bottom:1px solid #d8dde0;padding:.35rem .5rem;text-align:left;vertical-align:top}",
          "thead th{background:var(--pale)}",
          ".num{text-align:right;white-space:nowrap}",
          "figure{margin:1rem 0}",
          "svg.chart{width:100%;height:auto;max-width:900px;display:block}",
          "svg.chart-narrow{display:none;max-width:480px}",
          "figcaption{font-size:.9rem;color:var(--grey);margin-top:.25rem}",
          ".rag{display:inline-block;padding:0 .4rem;border-radius:3px;color:#fff;font-size:.85rem;white-space:nowrap}",
          ".rag-green{background:var(--green)}.rag-amber{background:var(--amber);color:#000}.rag-red{background:var(--red)}",
          ".sev{font-weight:bold}.sev-error{color:var(--red)}.sev-warning{color:#8a5300}.sev-info{color:var(--grey)}",
          ".note{font-size:.9rem;color:var(--grey)}",
          ".banner{margin:1rem 1.25rem;padding:.75rem 1rem;border:3px solid #d5281b;background:#fde8e6;color:#000;font-size:1.05rem}",
          ".finding{border-left:6px solid var(--red);padding:.5rem .75rem;background:#fdf1f0}",
          "dl.methods dt{font-weight:bold;margin-top:.5rem}dl.methods dd{margin:0 0 .25rem 0;overflow-wrap:anywhere}",
          "p,li,figcaption{overflow-wrap:break-word}",
          "footer{border-top:1px solid #d8dde0;padding:1rem 1.25rem;font-size:.85rem;color:var(--grey)}",
          "@media screen and (max-width:720px){svg.chart-wide{display:none}svg.chart-narrow{display:block}}",
          "@media (max-width:600px){header h1{font-size:1.3rem}nav ol{columns:1}main{padding:0 .75rem 2rem}.card-value{font-size:1.5rem}table{font-size:.85rem}}",
          "@media print{@page{size:A4;margin:15mm}body{font-size:10pt}header{background:none;color:#000;border-bottom:3px solid #000;padding:0 0 .5rem}",
          "nav{display:none}main{max-width:none;padding:0}.banner{margin:.5rem 0}",
          "figure,tr,.card,.finding,dl.methods dd{break-inside:avoid}h2,h3,caption{break-after:avoid}",
          "svg.chart-wide{display:block;max-width:100%}svg.chart-narrow{display:none}",
          ".table-wrap{overflow:visible}table{font-size:8pt}th,td{padding:.15rem .25rem}",
          ".num{white-space:normal}thead{display:table-header-group}.rag{border:1px solid #000}}");

  private Styles() {}
}
