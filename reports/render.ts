/**
 * Renders a regulator notice draft (domain/rules/report.ts) as Markdown, HTML or PDF. PDF comes from pdfkit,
 * which writes the file itself (no browser to download); its standard Helvetica keeps it dependency-free.
 */
import PDFDocument from 'pdfkit';
import { humanTime, writtenInStateOf } from '../domain/incident/time-words';
import { html, raw, type Raw } from './html';
import type { NoticeDraft, ReportDocument } from '../domain/rules/report';

export const REPORT_FORMATS = ['markdown', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const mdText = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');
const mdCell = (s: string) => mdText(s).replace(/\r?\n/g, '<br>');
const due = (d: NoticeDraft) => (d.dueAt ? `due ${humanTime(d.dueAt, d.jurisdiction)}` : `no date in law (${d.dueRule})`);
/** The drafts' own dates (targets, investigation) on the clock of the state they were written in (a target: the licensee's home). */
const when = (doc: ReportDocument, iso: string) => humanTime(iso, writtenInStateOf(iso, doc.drafts.map((d) => d.jurisdiction)));
/** The investigation's heading cites every state's section once the items do; a short label is enough here. */
const INVESTIGATION = 'Investigation (each state\'s investigation section, cited per item)';
/** With several regulators, an index first: who, when, how much is missing, so a reader finds a state's section. */
const withIndex = (doc: ReportDocument) => doc.drafts.length > 2;
/** Who recorded a filing, as authenticated (absent for filings recorded before actors). */
const recorder = (f: { recordedBy?: string }) => (f.recordedBy ? `, recorded by ${f.recordedBy}` : '');

export function reportMarkdown(doc: ReportDocument): string {
  const out: string[] = [
    `# Regulator notice drafts: ${mdText(doc.incidentId)}`,
    '',
    `${mdText(doc.title)} · licensee ${mdText(doc.licensee)} · generated ${humanTime(doc.generatedAt)}`,
    '',
    ...doc.notes.map((n) => `> ${mdText(n)}`),
    '',
  ];
  if (!doc.drafts.length) out.push('No regulator notice is owed for this incident, so there is nothing to draft.', '');
  if (withIndex(doc)) {
    out.push(`## ${doc.drafts.length} notices drafted, by due date`, '', '| Recipient | Due | Items missing |', '|---|---|---|');
    for (const d of doc.drafts) out.push(`| ${d.jurisdiction}: ${mdCell(d.recipient)} | ${mdCell(due(d))} | ${d.missingCount} of ${d.items.length} |`);
    out.push('');
  }
  for (const d of doc.drafts) {
    out.push(`## ${d.jurisdiction}: ${mdText(d.recipient)} — ${d.heading}`, '');
    out.push(`Owed under ${d.citation}, ${mdText(due(d))}; obligation ${d.obligationState}. Contents: ${d.contents.citation} (${mdText(d.contents.wording)}).`, '');
    if (d.supplementOwed) out.push(`**Supplement owed:** ${mdText(d.supplementOwed)}`, '');
    if (d.previousFilings.length) {
      out.push(`Filed so far: ${d.previousFilings.map((f) => `${f.label} on ${humanTime(f.filedAt, d.jurisdiction)}${f.reference ? ` (ref ${mdText(f.reference)})` : ''}${mdText(recorder(f))}`).join('; ')}.`, '');
    }
    if (d.changes) {
      out.push(`### Changes since ${d.previousFilings[d.previousFilings.length - 1]?.label ?? 'the last filing'}`, '');
      if (!d.changes.length) out.push('No item has changed since the last filing.', '');
      else {
        out.push('| Item | Before | Now |', '|---|---|---|');
        for (const c of d.changes) out.push(`| ${c.item} ${mdCell(c.citation)} | ${c.before === null ? '*missing*' : mdCell(c.before)} | ${c.after === null ? '*missing*' : mdCell(c.after)} |`);
        out.push('');
      }
    }
    out.push(`### Contents (${d.items.length - d.missingCount} of ${d.items.length} items known; ${d.missingCount} missing)`, '');
    out.push('| Item | Required | Draft |', '|---|---|---|');
    for (const it of d.items) {
      const value = [it.value ? mdCell(it.value) : '', it.missing.length ? `**MISSING**: ${mdCell(it.missing.join('; '))}` : ''].filter(Boolean).join('<br>');
      out.push(`| ${it.item} | ${mdCell(it.text)} (${mdCell(it.citation)}) | ${value} |`);
    }
    out.push('');
  }
  if (doc.followUps.length) {
    out.push('## Close-out follow-ups (company targets, not law)', '', '| Follow-up | State | Target | Outcome |', '|---|---|---|---|');
    for (const f of doc.followUps) out.push(`| ${mdCell(f.title)} (${f.citation}) | ${f.state} | ${when(doc, f.target)} | ${f.outcome ? mdCell(f.outcome) : ''} |`);
    out.push('');
  }
  if (doc.investigation.length) {
    out.push(`## ${INVESTIGATION}`, '', '| Determination | Made | Note |', '|---|---|---|');
    for (const i of doc.investigation) out.push(`| ${mdCell(i.text)} (${i.citations.join('; ')}) | ${i.doneAt ? when(doc, i.doneAt) : 'open'} | ${i.note ? mdCell(i.note) : ''} |`);
    out.push('');
  }
  return out.join('\n');
}

const multiline = (s: string): Raw => raw(s.split(/\r?\n/).map((l) => html`${l}`.html).join('<br>'));

export function reportHtmlBody(doc: ReportDocument): Raw {
  return html`<h1>Regulator notice drafts: ${doc.incidentId}</h1>
<p>${doc.title} · licensee ${doc.licensee} · generated ${humanTime(doc.generatedAt)}</p>
<ul class="notes">${doc.notes.map((n) => html`<li>${n}</li>`)}</ul>
${doc.drafts.length ? '' : html`<p>No regulator notice is owed for this incident, so there is nothing to draft.</p>`}
${withIndex(doc) ? html`<h2>${doc.drafts.length} notices drafted, by due date</h2><table class="index"><thead><tr><th>Recipient</th><th>Due</th><th>Items missing</th></tr></thead><tbody>${doc.drafts.map((d) => html`<tr><td><a href="#draft-${d.obligationId.replace('/', '-')}">${d.jurisdiction}: ${d.recipient}</a></td><td>${due(d)}</td><td>${d.missingCount} of ${d.items.length}</td></tr>`)}</tbody></table>` : ''}
${doc.drafts.map((d) => html`<section class="draft" id="draft-${d.obligationId.replace('/', '-')}" data-obligation="${d.obligationId}">
<h2>${d.jurisdiction}: ${d.recipient} — <span class="heading">${d.heading}</span></h2>
<p>Owed under ${d.citation}, ${due(d)}; obligation ${d.obligationState}. Contents: ${d.contents.citation} (${d.contents.wording}).</p>
${d.supplementOwed ? html`<p class="problem"><strong>Supplement owed:</strong> ${d.supplementOwed}</p>` : ''}
${d.previousFilings.length ? html`<p>Filed so far: ${d.previousFilings.map((f) => `${f.label} on ${humanTime(f.filedAt, d.jurisdiction)}${f.reference ? ` (ref ${f.reference})` : ''}${recorder(f)}`).join('; ')}.</p>` : ''}
${d.changes ? html`<h3>Changes since ${d.previousFilings[d.previousFilings.length - 1]?.label ?? 'the last filing'}</h3>${d.changes.length ? html`<table class="changes"><thead><tr><th>Item</th><th>Before</th><th>Now</th></tr></thead><tbody>${d.changes.map((c) => html`<tr><td>${c.item} <span class="muted">${c.citation}</span></td><td>${c.before === null ? html`<em>missing</em>` : multiline(c.before)}</td><td>${c.after === null ? html`<em>missing</em>` : multiline(c.after)}</td></tr>`)}</tbody></table>` : html`<p>No item has changed since the last filing.</p>`}` : ''}
<h3>Contents (${d.items.length - d.missingCount} of ${d.items.length} items known; <span class="missing-count">${d.missingCount}</span> missing)</h3>
<table class="items"><thead><tr><th>Item</th><th>Required</th><th>Draft</th></tr></thead><tbody>
${d.items.map((it) => html`<tr data-item="${it.item}"><td>${it.item}</td><td>${it.text} <span class="muted">(${it.citation})</span></td><td>${it.value ? multiline(it.value) : ''}${it.missing.length ? html`${it.value ? raw('<br>') : ''}<strong class="state-overdue">MISSING</strong>: ${it.missing.join('; ')}` : ''}</td></tr>`)}
</tbody></table></section>`)}
${doc.followUps.length ? html`<h2>Close-out follow-ups <span class="muted">(company targets, not law)</span></h2><table><thead><tr><th>Follow-up</th><th>State</th><th>Target</th><th>Outcome</th></tr></thead><tbody>${doc.followUps.map((f) => html`<tr><td>${f.title} (${f.citation})</td><td>${f.state}</td><td>${when(doc, f.target)}</td><td>${f.outcome ? multiline(f.outcome) : ''}</td></tr>`)}</tbody></table>` : ''}
${doc.investigation.length ? html`<h2>${INVESTIGATION}</h2><table class="investigation"><thead><tr><th>Determination</th><th>Made</th><th>Note</th></tr></thead><tbody>${doc.investigation.map((i) => html`<tr><td>${i.text} <span class="muted">(${i.citations.join('; ')})</span></td><td>${i.doneAt ? when(doc, i.doneAt) : 'open'}</td><td>${i.note ?? ''}</td></tr>`)}</tbody></table>` : ''}`;
}

/** A standalone HTML file (for `breachclock incident report --format html`). */
export function reportHtml(doc: ReportDocument): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${html`${doc.incidentId}`.html} regulator notice drafts</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#0f172a;max-width:1100px}table{border-collapse:collapse;width:100%;margin:8px 0 16px}
th,td{border:1px solid #cbd5e1;padding:4px 8px;text-align:left;vertical-align:top}.muted{color:#64748b}.state-overdue{color:#b91c1c}.problem{color:#b91c1c}</style></head>
<body>${reportHtmlBody(doc).html}</body></html>`;
}

/** PDF bytes. Helvetica covers Latin-1; other characters are replaced so nothing fails to render. */
export function reportPdf(doc: ReportDocument): Promise<Buffer> {
  const latin1 = (s: string) => s.replace(/[—–]/g, '-').replace(/[^\x20-\x7e\xa0-\xff\n]/g, '?');
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: `${doc.incidentId} regulator notice drafts`, Creator: 'breachclock' } });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    const text = (s: string, size = 10, bold = false) => pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).text(latin1(s));
    text(`Regulator notice drafts: ${doc.incidentId}`, 16, true);
    text(`${doc.title} - licensee ${doc.licensee} - generated ${humanTime(doc.generatedAt)}`);
    pdf.moveDown(0.5);
    for (const n of doc.notes) text(`* ${n}`, 9);
    if (!doc.drafts.length) text('No regulator notice is owed for this incident, so there is nothing to draft.');
    for (const d of doc.drafts) {
      pdf.moveDown();
      text(`${d.jurisdiction}: ${d.recipient} - ${d.heading}`, 13, true);
      text(`Owed under ${d.citation}, ${due(d)}; obligation ${d.obligationState}. Contents: ${d.contents.citation}.`, 9);
      if (d.supplementOwed) text(`Supplement owed: ${d.supplementOwed}`, 10, true);
      if (d.previousFilings.length) text(`Filed so far: ${d.previousFilings.map((f) => `${f.label} on ${humanTime(f.filedAt, d.jurisdiction)}${recorder(f)}`).join('; ')}.`, 9);
      if (d.changes) {
        pdf.moveDown(0.5);
        text(`Changes since ${d.previousFilings[d.previousFilings.length - 1]?.label ?? 'the last filing'}`, 11, true);
        if (!d.changes.length) text('No item has changed since the last filing.');
        for (const c of d.changes) text(`${c.item}: was "${c.before ?? 'missing'}"; now "${c.after ?? 'missing'}"`);
      }
      pdf.moveDown(0.5);
      text(`Contents (${d.items.length - d.missingCount} of ${d.items.length} items known; ${d.missingCount} missing)`, 11, true);
      for (const it of d.items) {
        text(`${it.item} ${it.text} (${it.citation})`, 9, true);
        if (it.value) text(it.value);
        if (it.missing.length) text(`MISSING: ${it.missing.join('; ')}`, 10, true);
      }
    }
    if (doc.followUps.length) {
      pdf.moveDown();
      text('Close-out follow-ups (company targets, not law)', 13, true);
      for (const f of doc.followUps) text(`${f.title} (${f.citation}): ${f.state}, target ${when(doc, f.target)}${f.outcome ? `. Outcome: ${f.outcome}` : ''}`);
    }
    if (doc.investigation.length) {
      pdf.moveDown();
      text(INVESTIGATION, 13, true);
      for (const i of doc.investigation) text(`${i.text} (${i.citations.join('; ')}): ${i.doneAt ? `made ${when(doc, i.doneAt)}` : 'open'}${i.note ? `. ${i.note}` : ''}`);
    }
    pdf.end();
  });
}
