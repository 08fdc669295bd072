/**
 * The audit export (reports/audit-export.ts): times in the regulator's zone (the obligation's own, else the
 * licensee's domicile), the zone named, the actor and how authenticated, what changed, email Message-IDs.
 */
import type { Actor } from '../../domain/incident/actor';
import { auditCsv, auditPdf, auditRows, type AuditTrail } from '../../reports/audit-export';

const dana: Actor = { subject: 'dana@example.com', displayName: 'Dana Reyes', authenticatedBy: 'oidc', role: 'responder' };
const trail: AuditTrail = {
  incidentId: 'INC-2026-0042',
  title: 'Phishing, claims mailbox',
  domicileState: 'MO',
  readFrom: 'workflow',
  generatedAt: '2026-11-30T12:00:00.000Z',
  events: [
    { at: '2026-11-23T16:15:00.000Z', actor: 'start', by: dana, type: 'opened', detail: 'incident opened by Dana Reyes' },
    { at: '2026-11-24T15:00:00.000Z', actor: 'update', by: dana, type: 'obligationCompleted', detail: 'NH/regulator-notice done at 2026-11-24T10:00:00-05:00 by "compliance", desk B' },
    { at: '2026-11-24T15:00:02.000Z', actor: 'breachclock', type: 'emailSent', detail: 'reminder 2-business-days-before for MO/regulator-notice: <INC-2026-0042.MO_regulator-notice.2-business-days-before@breachclock> to 1 recipient(s)' },
    { at: '2026-11-25T15:00:00.000Z', actor: 'update', type: 'residentsUpdate', detail: '=MO best estimate 1900', count: 2 },
  ],
};

describe('rows', () => {
  const rows = auditRows(trail);
  test("an event about one obligation is in that regulator's zone, named; others in the domicile state's", () => {
    expect(rows.map((r) => [r.at, r.zone])).toEqual([
      ['2026-11-23T10:15:00.000-06:00', "America/Chicago (MO, licensee's domicile)"],
      ['2026-11-24T10:00:00.000-05:00', 'America/New_York (NH regulator)'],
      ['2026-11-24T09:00:02.000-06:00', 'America/Chicago (MO regulator)'],
      ['2026-11-25T09:00:00.000-06:00', "America/Chicago (MO, licensee's domicile)"],
    ]);
  });
  test('the authenticated actor, breachclock itself, or "not recorded"; the Message-ID of an email', () => {
    expect(rows.map((r) => [r.actor, r.authenticatedBy, r.role])).toEqual([
      ['Dana Reyes <dana@example.com>', 'oidc', 'responder'],
      ['Dana Reyes <dana@example.com>', 'oidc', 'responder'],
      ['breachclock (automatic)', 'system', ''],
      ['not recorded', 'not recorded', ''],
    ]);
    expect(rows[2].messageId).toBe('<INC-2026-0042.MO_regulator-notice.2-business-days-before@breachclock>');
    expect(rows[3].count).toBe('2');
  });
});

test('CSV: a header, one line per event, quoted where needed, formulas defused', () => {
  const lines = auditCsv(trail).split('\r\n');
  expect(lines[0]).toBe('Time (regulator zone),Zone,Time (UTC),Actor,Authenticated by,Role,Channel,Event,What changed,Email Message-ID,Times');
  expect(lines).toHaveLength(trail.events.length + 2);
  expect(lines[2]).toBe(
    '2026-11-24T10:00:00.000-05:00,America/New_York (NH regulator),2026-11-24T15:00:00.000Z,Dana Reyes <dana@example.com>,oidc,responder,update,obligationCompleted,"NH/regulator-notice done at 2026-11-24T10:00:00-05:00 by ""compliance"", desk B",,1',
  );
  expect(lines[4]).toContain(",'=MO best estimate 1900,");
});

/** The text a PDF draws (uncompressed; pdfkit writes each run as hex glyph strings). */
function pdfText(pdf: Buffer): string {
  return [...pdf.toString('latin1').matchAll(/\[([^\]]*)\] TJ/g)].map((m) => [...m[1].matchAll(/<([0-9a-f]+)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join('')).join('\n');
}

test('PDF: every event with its zone, actor and Message-ID', async () => {
  const pdf = await auditPdf(trail);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(pdf);
  expect(text).toContain('Audit trail: INC-2026-0042');
  expect(text).toContain('2026-11-24T10:00:00.000-05:00  America/New_York (NH regulator)');
  expect(text).toContain('obligationCompleted by Dana Reyes <dana@example.com> (responder, oidc) via update');
  expect(text).toContain('Message-ID: <INC-2026-0042.MO_regulator-notice.2-business-days-before@breachclock>');
  expect(text).toContain('residentsUpdate by not recorded (not recorded) via update, 2 times');
});
