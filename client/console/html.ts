/** The ops console's page frame, styles and countdowns; templating comes from reports/html.ts. */
import { escapeHtml, type Raw } from '../../reports/html';

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#0f172a;background:#f8fafc}
header{background:#0f172a;color:#fff;padding:10px 20px;display:flex;gap:20px;align-items:center}
header a{color:#e2e8f0;text-decoration:none}header strong{margin-right:auto}
main{padding:16px 20px;max-width:1200px}
table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0 16px}
th,td{border-bottom:1px solid #e2e8f0;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f1f5f9;font-weight:600}
.state-overdue{color:#b91c1c;font-weight:600}.state-done{color:#15803d}.state-pending{color:#b45309}
.error{color:#b91c1c;font-size:12px;display:block}
.notice{background:#ecfdf5;border:1px solid #15803d;padding:8px;margin:8px 0}
.problem{background:#fef2f2;border:1px solid #b91c1c;padding:8px;margin:8px 0}
form.msg{background:#fff;border:1px solid #e2e8f0;padding:10px;margin:8px 0;display:inline-block;vertical-align:top;width:360px}
form.msg label{display:block;margin:4px 0}form.msg input,form.msg select{width:100%;box-sizing:border-box}
form.msg textarea{min-height:0}
#incident{width:100%;min-height:240px;font-family:monospace}
form.open{background:#fff;border:1px solid #e2e8f0;padding:12px;max-width:900px}
form.open label{display:block;margin:6px 0}form.open input:not([type=checkbox]),form.open select{min-width:320px}
fieldset{border:1px solid #e2e8f0;margin:8px 0;padding:6px}fieldset legend{font-weight:600}
table.rows{margin:0;background:transparent}table.rows td,table.rows th{border:0;padding:2px 4px}
table.rows label{font-size:12px;margin:0}form.msg table.rows input,form.msg table.rows select{width:100%}
#problems a{color:#b91c1c;font-weight:600}
pre.mail-text{white-space:pre-wrap;background:#fff;border:1px solid #e2e8f0;padding:12px;font:13px/1.5 ui-monospace,monospace}
.muted{color:#64748b}
`;

export function page(title: string, body: Raw, opts: { mail?: boolean; csrf?: string } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · breachclock</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><header><strong>breachclock</strong><a href="/">Incidents</a><a href="/?overdue=1">Overdue</a><a href="/open" data-needs="responder">Open incident</a>${opts.mail ? '<a href="/mail">Mail</a>' : ''}${opts.csrf ? `<form method="post" action="/logout" style="display:inline;margin-left:auto"><input type="hidden" name="_csrf" value="${escapeHtml(opts.csrf)}"><button>Sign out</button></form>` : ''}</header>
<main>${body.html}</main></body></html>`;
}
