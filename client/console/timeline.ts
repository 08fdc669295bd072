/**
 * The deadline timeline picture for an incident page: a server-rendered SVG with the clock start, each
 * reminder sent, each deadline (red when overdue, green when done) and each completion, labelled in the
 * local time of the regulator each is owed to (reminders: of the obligation reminded; the clock start: of the
 * obligation whose clock starts first; now and the axis: the licensee's home state). Marks at the same moment share one label; labels are laid out in lanes so that
 * none overlaps another, however closely deadlines cluster. Pure.
 */
import { isRecordRetention, type IncidentStatus } from '../../domain/incident/status';
import { humanTime, jurisdictionIn } from '../../domain/incident/time-words';
import { escapeHtml } from '../../reports/html';

type Kind = 'start' | 'reminder' | 'deadline' | 'done' | 'overdue' | 'now';

interface Mark {
  at: number;
  label: string;
  kind: Kind;
  jurisdiction?: string;
}

const COLORS: Record<Kind, string> = {
  start: '#334155',
  reminder: '#2563eb',
  deadline: '#b45309',
  done: '#15803d',
  overdue: '#b91c1c',
  now: '#7c3aed',
};

const WIDTH = 960;
const LEFT = 20;
const RIGHT = WIDTH - 20;
const AXIS_Y = 40;
const LANE_HEIGHT = 18;
const FIRST_LANE_Y = 62;
/** An 11px system font is about 6.3 px a character: enough to keep boxes apart. */
const textWidth = (s: string) => Math.ceil(s.length * 6.3) + 8;

function marksOf(status: IncidentStatus, now: number, home?: string): Mark[] {
  const marks: Mark[] = [];
  // Record-retention periods run for years: listed in the obligations table, kept off this picture of deadlines.
  const obligations = status.obligations.filter((o) => !isRecordRetention(o));
  const first = obligations.filter((o) => o.clockStartsAt).sort((a, b) => Date.parse(a.clockStartsAt!) - Date.parse(b.clockStartsAt!))[0];
  if (first) marks.push({ at: Date.parse(first.clockStartsAt!), label: 'clock starts', kind: 'start', jurisdiction: first.jurisdiction });
  for (const o of obligations) {
    if (o.dueAt) marks.push({ at: Date.parse(o.dueAt), label: `${o.id} due`, kind: o.state === 'done' ? 'done' : o.state === 'overdue' ? 'overdue' : 'deadline', jurisdiction: o.jurisdiction });
    if (o.completedAt) marks.push({ at: Date.parse(o.completedAt), label: `${o.id} filed`, kind: 'done', jurisdiction: o.jurisdiction });
  }
  for (const e of status.events) if (e.type === 'reminderSent') marks.push({ at: Date.parse(e.at), label: 'reminder', kind: 'reminder', jurisdiction: jurisdictionIn(e.detail) ?? home });
  marks.push({ at: now, label: 'now', kind: 'now', jurisdiction: home });
  return marks;
}

/** Marks of one kind at the same moment become one: "MO/ceding-insurer-notice, MO/regulator-notice due". */
function grouped(marks: Mark[]): Mark[] {
  const groups = new Map<string, Mark[]>();
  for (const m of marks) groups.set(`${m.at}|${m.kind}`, [...(groups.get(`${m.at}|${m.kind}`) ?? []), m]);
  return [...groups.values()].map((g) => {
    if (g.length === 1) return g[0];
    const suffix = g[0].label.replace(/^\S+ /, '');
    const ids = g.map((m) => m.label.split(' ')[0]);
    return { ...g[0], label: ids.length > 3 ? `${ids.length} obligations ${suffix}` : `${ids.join(', ')} ${suffix}` };
  });
}

interface Placed {
  m: Mark;
  x: number;
  lane: number;
  text: string;
  anchor: 'start' | 'end';
}

/** Each label in the first lane where its box clears every label already there. */
function lanes(marks: Mark[], x: (t: number) => number): Placed[] {
  const used: Array<Array<[number, number]>> = [];
  return marks.map((m) => {
    const text = `${m.label} · ${humanTime(new Date(m.at).toISOString(), m.jurisdiction, { short: true })}`;
    const w = textWidth(text);
    const cx = x(m.at);
    const anchor: 'start' | 'end' = cx + w > RIGHT ? 'end' : 'start';
    const box: [number, number] = anchor === 'start' ? [cx, cx + w] : [cx - w, cx];
    let lane = used.findIndex((boxes) => boxes.every(([a, b]) => box[1] <= a || box[0] >= b));
    if (lane < 0) lane = used.push([]) - 1;
    used[lane].push(box);
    return { m, x: cx, lane, text, anchor };
  });
}

export function timelineSvg(status: IncidentStatus, now: number, home?: string): string {
  const marks = marksOf(status, now, home);
  const min = Math.min(...marks.map((m) => m.at));
  const max = Math.max(...marks.map((m) => m.at));
  const span = Math.max(max - min, 3_600_000);
  const x = (t: number) => LEFT + ((t - min) / span) * (RIGHT - LEFT);
  const placed = lanes(grouped(marks.filter((m) => m.kind !== 'reminder')).sort((a, b) => a.at - b.at), x);
  const laneCount = Math.max(1, ...placed.map((p) => p.lane + 1));
  const height = FIRST_LANE_Y + laneCount * LANE_HEIGHT + 10;
  const day = (t: number) => escapeHtml(humanTime(new Date(t).toISOString(), home).replace(/, \d.*$/, ''));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Deadline timeline">`,
    `<line x1="${LEFT}" y1="${AXIS_Y}" x2="${RIGHT}" y2="${AXIS_Y}" stroke="#94a3b8" stroke-width="2"/>`,
    `<text x="${LEFT}" y="20" font-size="11" fill="#475569">${day(min)}</text>`,
    `<text x="${RIGHT}" y="20" font-size="11" fill="#475569" text-anchor="end">${day(max)}</text>`,
  ];
  for (const m of marks.filter((k) => k.kind === 'reminder')) {
    parts.push(`<circle cx="${x(m.at).toFixed(1)}" cy="${AXIS_Y}" r="3" fill="${COLORS.reminder}"><title>reminder ${escapeHtml(humanTime(new Date(m.at).toISOString(), m.jurisdiction))}</title></circle>`);
  }
  for (const p of placed) {
    const cx = p.x.toFixed(1);
    const y = FIRST_LANE_Y + p.lane * LANE_HEIGHT;
    const color = COLORS[p.m.kind];
    parts.push(
      `<g class="mark ${p.m.kind}" data-lane="${p.lane}"><line x1="${cx}" y1="${AXIS_Y - 8}" x2="${cx}" y2="${y - 4}" stroke="${color}" stroke-width="${p.m.kind === 'now' ? 2 : 1}"/>`,
      `<circle cx="${cx}" cy="${AXIS_Y}" r="5" fill="${color}"/>`,
      `<text x="${cx}" y="${y + 6}" font-size="11" fill="${color}" stroke="#f8fafc" stroke-width="3" paint-order="stroke" text-anchor="${p.anchor}">${escapeHtml(p.text)}</text></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
