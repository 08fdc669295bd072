/**
 * The deadline timeline picture for an incident page: a server-rendered SVG with the clock start, each
 * reminder sent, each deadline (red when overdue, green when done) and each completion. Pure.
 */
import { isRecordRetention, type IncidentStatus } from '../../domain/incident/status';
import { escapeHtml } from '../../reports/html';

interface Mark {
  at: number;
  label: string;
  kind: 'start' | 'reminder' | 'deadline' | 'done' | 'overdue' | 'now';
}

const COLORS: Record<Mark['kind'], string> = {
  start: '#334155',
  reminder: '#2563eb',
  deadline: '#b45309',
  done: '#15803d',
  overdue: '#b91c1c',
  now: '#7c3aed',
};

export function timelineSvg(status: IncidentStatus, now: number): string {
  const marks: Mark[] = [];
  // Record-retention periods run for years: listed in the obligations table, kept off this picture of deadlines.
  const obligations = status.obligations.filter((o) => !isRecordRetention(o));
  const starts = obligations.map((o) => o.clockStartsAt).filter((x): x is string => !!x).map(Date.parse);
  if (starts.length) marks.push({ at: Math.min(...starts), label: 'clock starts', kind: 'start' });
  for (const o of obligations) {
    if (o.dueAt) marks.push({ at: Date.parse(o.dueAt), label: `${o.id} due`, kind: o.state === 'done' ? 'done' : o.state === 'overdue' ? 'overdue' : 'deadline' });
    if (o.completedAt) marks.push({ at: Date.parse(o.completedAt), label: `${o.id} filed`, kind: 'done' });
  }
  for (const e of status.events) if (e.type === 'reminderSent') marks.push({ at: Date.parse(e.at), label: 'reminder', kind: 'reminder' });
  marks.push({ at: now, label: 'now', kind: 'now' });
  const min = Math.min(...marks.map((m) => m.at));
  const max = Math.max(...marks.map((m) => m.at));
  const span = Math.max(max - min, 3_600_000);
  const width = 900;
  const left = 20;
  const right = width - 20;
  const x = (t: number) => left + ((t - min) / span) * (right - left);
  const labelled = marks.filter((m) => m.kind !== 'reminder').sort((a, b) => a.at - b.at);
  const rows = labelled.map((m, i) => ({ m, y: 60 + (i % 6) * 18 }));
  const height = 60 + 6 * 18 + 20;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Deadline timeline">`,
    `<line x1="${left}" y1="40" x2="${right}" y2="40" stroke="#94a3b8" stroke-width="2"/>`,
    `<text x="${left}" y="20" font-size="11" fill="#475569">${escapeHtml(day(min))}</text>`,
    `<text x="${right}" y="20" font-size="11" fill="#475569" text-anchor="end">${escapeHtml(day(max))}</text>`,
  ];
  for (const m of marks.filter((k) => k.kind === 'reminder')) {
    parts.push(`<circle cx="${x(m.at).toFixed(1)}" cy="40" r="3" fill="${COLORS.reminder}"><title>reminder ${escapeHtml(new Date(m.at).toISOString())}</title></circle>`);
  }
  for (const { m, y } of rows) {
    const cx = x(m.at).toFixed(1);
    const anchor = x(m.at) > width * 0.7 ? 'end' : 'start';
    parts.push(
      `<g class="mark ${m.kind}"><line x1="${cx}" y1="32" x2="${cx}" y2="${y - 4}" stroke="${COLORS[m.kind]}" stroke-width="${m.kind === 'now' ? 2 : 1}"/>`,
      `<circle cx="${cx}" cy="40" r="5" fill="${COLORS[m.kind]}"/>`,
      `<text x="${cx}" y="${y + 6}" font-size="11" fill="${COLORS[m.kind]}" text-anchor="${anchor}">${escapeHtml(m.label)} · ${escapeHtml(new Date(m.at).toISOString().slice(0, 16).replace('T', ' '))}Z</text></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
