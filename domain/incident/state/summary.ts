/** The Temporal UI's one-line summary of an incident (setCurrentDetails). */
import { isRecordRetention } from '../status';
import { ms, type IncidentState } from './state';

const KIND_WORDS: Record<string, string> = {
  'regulator-notice': 'regulator notice',
  'regulator-notice-bulletin': 'Department notice (Bulletin)',
  'consumer-notice': 'consumer notice',
  'consumer-notice-copy': 'copy of consumer notice',
  'attorney-general-notice': 'Attorney General notice',
  'consumer-reporting-agency-notice': 'credit bureau notice',
  'producer-notice': 'producer notice',
  'ceding-insurer-notice': 'ceding insurer notice',
  'regulator-update': 'supplement',
  'data-owner-notice': 'data owner notice',
  'record-retention': 'record retention',
};
const REGULATOR_WORD: Record<string, string> = { MO: 'director notice', NH: 'commissioner notice' };
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 30 Nov" from the local date an ISO string with offset carries. */
function localDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTHS[m - 1]}`;
}

/** The Temporal UI's summary line, e.g. "MO director notice due Mon 30 Nov; 1 overdue". */
export function summaryLine(state: IncidentState): string {
  const s = state.status;
  if (s.phase === 'closed') {
    const kept = s.obligations.filter((o) => isRecordRetention(o) && o.state === 'pending' && o.dueAt).map((o) => o.dueAt!).sort();
    return `${s.incidentId} closed${kept.length ? `; records kept until at least ${kept[kept.length - 1].slice(0, 10)}` : ''}`;
  }
  const next = s.obligations
    .filter((o) => o.state === 'pending' && o.dueAt && !isRecordRetention(o))
    .sort((a, b) => ms(a.dueAt!) - ms(b.dueAt!))[0];
  const what = next && (next.kind === 'regulator-notice' ? REGULATOR_WORD[next.jurisdiction] : undefined);
  const parts = [next ? `${next.jurisdiction} ${what ?? KIND_WORDS[next.kind] ?? next.kind} due ${localDay(next.dueAt!)}` : 'no dated deadline ahead'];
  if (s.overdue.length) parts.push(`${s.overdue.length} overdue`);
  return parts.join('; ');
}


