/**
 * The HTML part of an email: the deadlines it is about first, as a table (due on the regulator's clock, what, to
 * whom, under which rule; overdue ones marked), then the incident's console link as a button, then the plain text
 * as written. Every value escaped; inline styles only (mail clients drop style sheets). The plain text stays the
 * first alternative for clients that show only text.
 */
import type { EmailDeadline } from '../domain/incident/email';
import { escapeHtml } from './html';

const CELL = 'padding:6px 10px;border-bottom:1px solid #e2e8f0;text-align:left;vertical-align:top';

function deadlineTable(deadlines: EmailDeadline[]): string {
  if (!deadlines.length) return '';
  const head = ['Due (regulator\'s local time)', 'Notice', 'To', 'Rule'].map((h) => `<th scope="col" style="${CELL};background:#f1f5f9">${escapeHtml(h)}</th>`).join('');
  const rows = deadlines.map((d) => {
    const due = d.overdue ? `<strong style="color:#b91c1c">OVERDUE: ${escapeHtml(d.due)}</strong>` : `<strong>${escapeHtml(d.due)}</strong>`;
    return `<tr${d.overdue ? ' class="overdue"' : ''}><td style="${CELL};white-space:nowrap">${due}</td><td style="${CELL}">${escapeHtml(d.what)}</td><td style="${CELL}">${escapeHtml(d.to)}</td><td style="${CELL};color:#475569">${escapeHtml(d.rule)}</td></tr>`;
  });
  return `<table id="deadlines" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;margin:0 0 16px"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function emailHtml(text: string, link?: string, deadlines: EmailDeadline[] = []): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 12px">${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
  const button = link
    ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;background:#0f172a;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Open the incident in breachclock</a></p>`
    : '';
  return `<!doctype html><html><body style="font:14px/1.5 system-ui,sans-serif;color:#0f172a;max-width:720px">\n${deadlineTable(deadlines)}\n${button}\n${paragraphs}\n</body></html>`;
}
