/** The `--format table` view of a plan: for people, sorted by due date. */
import { DateTime } from 'luxon';
import { JURISDICTIONS } from '../domain/rules/jurisdictions';
import type { Plan } from '../domain/rules/planner';
import { isRecordRetention } from '../domain/incident/status';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function formatDue(dueAt: string | null): string {
  if (!dueAt) return '(no date in law)';
  const dt = DateTime.fromISO(dueAt, { setZone: true });
  return dt.toFormat('ccc dd LLL yyyy HH:mm ZZ');
}

/** Basis lines that name a later reading breachclock did not use (docs/design.md §3). */
const LATER_READING = /^(Other reading, later|The start day read on|A directive|Under .* the same notice is due)/;

/**
 * An incident's next deadline in its regulator's local time, from the list's search attributes (an instant
 * and the incident's jurisdictions): the regulator is the one whose day ends at that instant (deadlines end
 * at 23:59:59.999 local), else the first. E.g. "Fri 27 Nov 2026 23:59 -05:00 (New Hampshire)".
 */
export function formatDeadlineFor(iso: string, jurisdictions: string[]): string {
  const zones = jurisdictions.map((s) => [s, JURISDICTIONS[s]?.holidays.timeZone] as const).filter((x): x is readonly [string, string] => !!x[1]);
  const endOfDay = zones.find(([, z]) => DateTime.fromISO(iso, { zone: z }).toFormat('HH:mm') === '23:59') ?? zones[0];
  if (!endOfDay) return formatDue(iso);
  return `${DateTime.fromISO(iso, { zone: endOfDay[1] }).toFormat('ccc dd LLL yyyy HH:mm ZZ')} (${JURISDICTIONS[endOfDay[0]].name})`;
}

export function planTable(plan: Plan): string {
  const retention = plan.obligations.filter(isRecordRetention);
  const rows = plan.obligations.filter((o) => !isRecordRetention(o)).map((o) => [formatDue(o.dueAt), o.id, o.citation, o.dueRule, o.recipient]);
  const head = ['DUE (regulator local time)', 'OBLIGATION', 'CITATION', 'RULE', 'TO'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const out: string[] = [`Incident ${plan.incidentId}: ${plan.obligations.length} obligation(s)`, ''];
  out.push(head.map((h, i) => pad(h, widths[i])).join('  ').trimEnd());
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out.push(r.map((c, i) => pad(cut(c, widths[i]), widths[i])).join('  ').trimEnd());
  const disputed = plan.obligations.flatMap((o) => o.basis.filter((b) => b.startsWith('If the disputed')).map((b) => `${o.id}: ${b}`));
  if (disputed.length) out.push('', 'Disputed days (earliest defensible date shown):', ...disputed.map((d) => `  ${d}`));
  const later = plan.obligations.flatMap((o) => o.basis.filter((b) => LATER_READING.test(b)).map((b) => `${o.id}: ${b}`));
  if (later.length) out.push('', 'Other readings (later, not used):', ...later.map((d) => `  ${d}`));
  if (retention.length) {
    out.push('', 'Records to keep (a minimum period, not a deadline to act):');
    for (const o of retention) out.push(`  ${o.id}: until at least ${formatDue(o.dueAt)} (${o.citation})`);
  }
  if (plan.notApplicable.length) {
    out.push('', 'Not owed:');
    for (const n of plan.notApplicable) out.push(`  ${n.id}: ${n.reason}`);
  }
  if (plan.uncovered.length) {
    out.push('', 'WARNING: states breachclock has no rules for:');
    for (const u of plan.uncovered) out.push(`  ${u.state} (${u.residents} residents): ${u.warning}`);
  }
  if (plan.notEvaluated?.length) {
    out.push('', 'Not evaluated (check these yourself; silence is not "not owed"):');
    for (const n of plan.notEvaluated) out.push(`  - ${n}`);
  }
  out.push('', 'Deadlines end at 23:59:59.999 regulator local time: a project convention, not law.');
  return out.join('\n');
}
