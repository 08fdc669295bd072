/**
 * The audit trail as a regulator reads it (RSMo 375.1407, RSA 420-P:5; 20 CSR 100-6.110): each event's time
 * in the regulator's zone (the obligation's own regulator where the event concerns one obligation, else the
 * licensee's domicile state), the zone named, who acted and how they were authenticated, what changed, and
 * each email's Message-ID. As CSV (RFC 4180) and as PDF (pdfkit, as the notice drafts).
 */
import PDFDocument from 'pdfkit';
import type { AuditEvent } from '../domain/incident/status';
import { zoneNameOf } from '../domain/incident/time-words';
import { isoInZone } from '../domain/rules/zoned';

/** What the export is drawn from: the incident's trail, oldest first, with where it was read. */
export interface AuditTrail {
  incidentId: string;
  title: string;
  /** The licensee's domicile (or home) state: the zone of events that concern no single obligation. */
  domicileState: string;
  events: AuditEvent[];
  /** `workflow` (the running incident, with pages moved to the record store) or `record` (the kept record). */
  readFrom: 'workflow' | 'record';
  generatedAt: string;
}

export interface AuditRow {
  at: string;
  zone: string;
  atUtc: string;
  actor: string;
  authenticatedBy: string;
  role: string;
  channel: string;
  event: string;
  detail: string;
  messageId: string;
  count: string;
}

const COLUMNS: Array<[keyof AuditRow, string]> = [
  ['at', 'Time (regulator zone)'],
  ['zone', 'Zone'],
  ['atUtc', 'Time (UTC)'],
  ['actor', 'Actor'],
  ['authenticatedBy', 'Authenticated by'],
  ['role', 'Role'],
  ['channel', 'Channel'],
  ['event', 'Event'],
  ['detail', 'What changed'],
  ['messageId', 'Email Message-ID'],
  ['count', 'Times'],
];

const OBLIGATION = /\b([A-Z]{2})\/[a-z][a-z-]*/g;
const MESSAGE_ID = /<[^<>\s]+@breachclock>/;

/** The one state whose obligation the event names, or undefined (none, or several states). */
function stateOf(e: AuditEvent): string | undefined {
  const states = new Set([...e.detail.matchAll(OBLIGATION)].map((m) => m[1]));
  return states.size === 1 ? [...states][0] : undefined;
}

/** Who acted in words: the authenticated person, breachclock itself, or "not recorded" (before actors). */
export function actorWords(e: Pick<AuditEvent, 'actor' | 'by'>): string {
  if (e.by) return `${e.by.displayName} <${e.by.subject}>`;
  return e.actor === 'breachclock' ? 'breachclock (automatic)' : 'not recorded';
}

export function auditRows(trail: AuditTrail): AuditRow[] {
  return trail.events.map((e) => {
    const state = stateOf(e) ?? trail.domicileState;
    const zone = zoneNameOf(state) ?? 'UTC';
    return {
      at: isoInZone(Date.parse(e.at), zone),
      zone: `${zone} (${stateOf(e) ? `${state} regulator` : `${state}, licensee's domicile`})`,
      atUtc: e.at,
      actor: actorWords(e),
      authenticatedBy: e.by?.authenticatedBy ?? (e.actor === 'breachclock' ? 'system' : 'not recorded'),
      role: e.by?.role ?? '',
      channel: e.actor,
      event: e.type,
      detail: e.detail,
      messageId: MESSAGE_ID.exec(e.detail)?.[0] ?? '',
      count: String(e.count ?? 1),
    };
  });
}

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading formula character is defused. */
function cell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(trail: AuditTrail): string {
  const lines = [COLUMNS.map(([, h]) => cell(h)).join(','), ...auditRows(trail).map((r) => COLUMNS.map(([k]) => cell(r[k])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function auditPdf(trail: AuditTrail): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Uncompressed: the text stays searchable by any tool a reviewer has (and by the tests).
    const doc = new PDFDocument({ size: 'LETTER', margin: 50, compress: false, info: { Title: `Audit trail ${trail.incidentId}` } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(14).text(`Audit trail: ${trail.incidentId}`);
    doc.font('Helvetica').fontSize(9).text(`${trail.title} · ${trail.events.length} event(s) · read from the ${trail.readFrom} · generated ${trail.generatedAt}`);
    doc.text('Times are in the regulator\'s zone: the obligation\'s own regulator where an event concerns one obligation, else the licensee\'s domicile state (zone named on each entry).');
    doc.moveDown();
    for (const r of auditRows(trail)) {
      doc.font('Helvetica-Bold').fontSize(9).text(`${r.at}  ${r.zone}`);
      doc.font('Helvetica').text(`${r.event} by ${r.actor}${r.role ? ` (${r.role}, ${r.authenticatedBy})` : ` (${r.authenticatedBy})`} via ${r.channel}${r.count !== '1' ? `, ${r.count} times` : ''}`);
      doc.text(r.detail);
      if (r.messageId) doc.text(`Message-ID: ${r.messageId}`);
      doc.moveDown(0.5);
    }
    doc.end();
  });
}
