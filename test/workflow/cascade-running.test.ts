/**
 * In a running incident, news that makes a notice owed cascades at the next re-plan, and the owner is told at once
 * which notices became owed and why (issue 24): a South Carolina insurer with no likely harm learns that 300
 * Alabamians, not 100, are affected; Alabama's notice becomes owed through South Carolina's (Ala. Code
 * § 27-62-6(a)(2)a.). On the time-skipping server with a real SMTP sink.
 */
import type { Incident } from '../../domain/incident/incident';
import { statusQuery, updates } from '../../workflows/messages';
import { find, in2054, lifeHelpers } from '../helpers/lives';
import { timeSkippingWorker } from '../helpers/time-skipping';

const t = timeSkippingWorker('cascade-running');
const { advanceTo, start } = lifeHelpers(t);

test('residentsUpdate AL 300: Alabama\'s notice becomes owed through South Carolina\'s, and the "Now owed" email says why', async () => {
  const incident: Incident = in2054({
    incidentId: 'INC-CASCADE-RUNNING', title: 'test', licensee: { name: 'Palmetto Mutual', role: 'insurer', domicileState: 'SC' },
    determinedAt: '2026-11-23T10:15:00-05:00', residents: { AL: 100 }, nonpublicInformation: true, materialHarmLikely: false,
    otherGovernmentNoticeRequired: false, contacts: { owner: 'o@palmetto.example', escalation: [] },
  } as Incident);
  await advanceTo('2026-11-23T10:15:00-05:00');
  await t.runUntil(async () => {
    const h = await start(incident);
    expect(find(await h.query(statusQuery), 'AL/regulator-notice')).toBeUndefined();
    await advanceTo('2026-11-23T12:30:00-05:00');
    const s = await h.executeUpdate(updates.residentsUpdate, { args: [{ state: 'AL', count: 300, asOf: in2054('2026-11-23T12:00:00-05:00') }] });
    expect(find(s, 'AL/regulator-notice')!.dueAt).toBe('2054-11-26T23:59:59.999-06:00');
    const mail = await t.sink.waitFor((m) => m.subject.startsWith('Now owed: AL Commissioner of Insurance notice'));
    expect(mail.to).toEqual(['o@palmetto.example']);
    expect(mail.text).toContain('owed because SC/regulator-notice is owed');
    expect(mail.text).toContain('Ala. Code § 27-62-6(a)');
  });
}, 120_000);
