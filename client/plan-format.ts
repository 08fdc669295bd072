/**
 * How people read plans and lists on a terminal: times in the regulator's local time in words, and a plan
 * table that fits the terminal (80-200 columns; the rule and recipient columns only when there is room for them).
 */
import type { Plan } from '../domain/rules/planner';
import { isRecordRetention } from '../domain/incident/status';
import { humanDay, humanTime } from '../domain/incident/time-words';

/** An obligation's deadline in its regulator's local time, e.g. "Fri 27 Nov 2026, 11:59 pm EST". */
export function formatDue(dueAt: string | null, jurisdiction?: string): string {
  return dueAt ? humanTime(dueAt, jurisdiction).replace(/ \([^)]*\)$/, '') : '(no date in law)';
}

/** Basis lines that name a later reading breachclock did not use (docs/design.md §3). */
const LATER_READING = /^(Other reading, later|The start day read on|A directive|Under .* the same notice is due|The day after begins sooner|Across the change to)/;

/**
 * An incident's next deadline in its regulator's local time, from the list's search attributes (an instant
 * and the incident's jurisdictions): the regulator is the one whose day ends at that instant (deadlines end
 * at 11:59 pm local), else the first. E.g. "Fri 27 Nov 2026, 11:59 pm EST (New Hampshire)".
 */
export function formatDeadlineFor(iso: string, jurisdictions: string[]): string {
  const endOfDay = jurisdictions.find((j) => humanTime(iso, j, { short: true }).includes(', 11:59 pm '));
  return humanTime(iso, endOfDay ?? jurisdictions[0]);
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** Columns that fit `width`: the rule column only on a wide terminal; the last column takes what is left. */
function tableLines(head: string[], rows: string[][], width: number): string[] {
  // The rule column only on a wide terminal; the recipient only where the due time, the obligation and its citation fit beside it.
  const keep = head.map((_, i) => i).filter((i) => (head[i] !== 'RULE' || width >= 160) && (head[i] !== 'TO' || width >= 100));
  const h = keep.map((i) => head[i]);
  const r = rows.map((row) => keep.map((i) => row[i]));
  const widths = h.map((x, i) => Math.min(48, Math.max(x.length, ...r.map((row) => row[i].length))));
  // Too wide: narrow the column with the most room above its floor. The due time and the obligation id are never cut.
  const floor = h.map((x) => (x === 'TO' || x === 'RULE' ? 24 : x === 'CITATION' ? 16 : Infinity));
  const total = () => widths.reduce((n, w) => n + w, 0) + 2 * (widths.length - 1);
  for (let guard = 0; total() > width && guard < 500; guard++) {
    const room = widths.map((w, i) => w - floor[i]);
    const i = room.indexOf(Math.max(...room));
    if (room[i] <= 0) break;
    widths[i] -= 1;
  }
  const line = (cells: string[]) => cells.map((c, i) => pad(cut(c, widths[i]), widths[i])).join('  ').trimEnd();
  return [line(h), widths.map((w) => '-'.repeat(w)).join('  '), ...r.map(line)];
}

/** A prose line wrapped to `width`, continuation lines indented under its text (by `hang` more spaces). */
export function wrap(line: string, width: number, hang = 4): string {
  const lead = /^\s*/.exec(line)![0];
  const indent = `${lead}${' '.repeat(hang)}`;
  const out: string[] = [];
  let current = lead;
  for (const word of line.slice(lead.length).split(' ')) {
    if (current.trim() && current.length + 1 + word.length > width) {
      out.push(current);
      current = indent + word;
    } else current = current.trim() ? `${current} ${word}` : current + word;
  }
  out.push(current);
  return out.join('\n');
}

export function planTable(plan: Plan, width = Math.max(80, Math.min(process.stdout.columns || 120, 200))): string {
  const retention = plan.obligations.filter(isRecordRetention);
  const rows = plan.obligations.filter((o) => !isRecordRetention(o)).map((o) => [formatDue(o.dueAt, o.jurisdiction), o.id, o.citation, o.dueRule, o.recipient]);
  const out: string[] = [`Incident ${plan.incidentId}: ${plan.obligations.length} obligation(s)`, ''];
  out.push(...tableLines(['DUE (regulator local time)', 'OBLIGATION', 'CITATION', 'RULE', 'TO'], rows, width));
  const disputed = plan.obligations.flatMap((o) => o.basis.filter((b) => b.startsWith('If the disputed')).map((b) => `${o.id}: ${b}`));
  if (disputed.length) out.push('', 'Disputed days (earliest defensible date shown):', ...disputed.map((d) => `  ${d}`));
  // Issue 24: a notice owed to one government body meets the government-notice criterion of every other state's law.
  const triggered = plan.obligations.filter((o) => o.triggeredBy?.length).map((o) => `${o.id}: owed because ${o.triggeredBy!.join(', ')} ${o.triggeredBy!.length > 1 ? 'are' : 'is'} owed (${o.citation})`);
  if (triggered.length) out.push('', 'Owed because another notice is owed (a notice to another government body):', ...triggered.map((d) => `  ${d}`));
  const later = plan.obligations.flatMap((o) => o.basis.filter((b) => LATER_READING.test(b)).map((b) => `${o.id}: ${b}`));
  if (later.length) out.push('', 'Other readings (later, not used):', ...later.map((d) => `  ${d}`));
  if (retention.length) {
    out.push('', 'Records to keep (a minimum period, not a deadline to act):');
    for (const o of retention) out.push(`  ${o.id}: until at least ${o.dueAt ? humanDay(o.dueAt, o.jurisdiction) : '(no date)'} (${o.citation})`);
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
  out.push('', 'Deadlines end at 11:59 pm regulator local time (23:59:59.999): a project convention, not law.');
  return out.map((l) => (l.length > width ? wrap(l, width) : l)).join('\n');
}
