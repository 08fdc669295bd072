/**
 * Issue 24, done means: over random multi-state incidents, news never takes an owed notice away or makes a date later,
 * and the plan is a fixed point of its own triggers. fast-check, every covered state.
 */
import fc from 'fast-check';
import type { Incident } from '../../domain/incident/incident';
import { BusinessCalendar } from '../../domain/rules/calendar';
import { coverage } from '../../domain/rules/coverage';
import { planIncident, type Plan } from '../../domain/rules/planner';

type State = Incident['licensee']['domicileState'];
const COVERED = [...coverage().full, ...coverage().regulatorNoticeOnly] as State[];
const calendar = new BusinessCalendar();
const instant = fc.integer({ min: Date.parse('2026-01-02T00:00:00Z'), max: Date.parse('2028-12-31T00:00:00Z') }).map((ms) => new Date(ms).toISOString());
const count = fc.constantFrom(0, 3, 249, 250, 300, 501, 1001, 1500);

const incidentArb = fc
  .record({
    determinedAt: instant,
    role: fc.constantFrom('insurer', 'insurer', 'producer', 'assuming-insurer', 'other-licensee' as const),
    dom: fc.constantFrom(...COVERED, 'TX' as State),
    residents: fc.array(fc.tuple(fc.constantFrom(...COVERED), count), { maxLength: 8 }),
    harm: fc.oneof(fc.boolean(), fc.subarray(COVERED)),
    npi: fc.boolean(),
    producers: fc.boolean(),
    provider: fc.option(fc.integer({ min: -5 * 86_400_000, max: 2 * 86_400_000 }), { nil: undefined }),
    providerFiled: fc.subarray(COVERED, { maxLength: 2 }),
  })
  .map((x): Incident => ({
    incidentId: 'P', title: 't', licensee: { name: 'L', role: x.role, domicileState: x.dom }, determinedAt: x.determinedAt,
    residents: Object.fromEntries(x.residents), nonpublicInformation: x.npi,
    materialHarmLikely: typeof x.harm === 'boolean' ? x.harm : Object.fromEntries(COVERED.map((s) => [s, (x.harm as State[]).includes(s)])),
    otherGovernmentNoticeRequired: false, producersOfRecord: x.producers, cedingInsurers: ['C'],
    ...(x.provider !== undefined ? { thirdParty: { provider: 'V', notifiedLicenseeAt: new Date(Date.parse(x.determinedAt) + x.provider).toISOString(), providerNotifiedRegulators: x.providerFiled } } : {}),
    contacts: { owner: 'o@example.com', escalation: [] },
  }));

/** Where an owed notice went: still owed under its id, or merged into another state's (an assuming insurer's one notice). */
function whereOwed(p: Plan, id: string) {
  const o = p.obligations.find((x) => x.id === id);
  if (o) return o;
  const merged = /^Evaluated with ([A-Z]{2}\/[a-z-]+)/.exec(p.notApplicable.find((n) => n.id === id)?.reason ?? '');
  return merged ? p.obligations.find((x) => x.id === merged[1]) : undefined;
}

function neverLess(before: Plan, after: Plan): void {
  for (const o of before.obligations) {
    const now = whereOwed(after, o.id);
    expect([o.id, !!now]).toEqual([o.id, true]);
    if (o.dueAt && o.kind !== 'record-retention') {
      expect([o.id, now!.dueAt !== null && Date.parse(now!.dueAt) <= Date.parse(o.dueAt)]).toEqual([o.id, true]);
    }
  }
}

describe('news never takes an owed notice away or makes a date later (never later than the law)', () => {
  test('more residents in a state (a residentsUpdate)', () => {
    fc.assert(
      fc.property(incidentArb, fc.constantFrom(...COVERED), fc.integer({ min: 1, max: 1200 }), (x, s, more) => {
        const after = { ...x, residents: { ...x.residents, [s]: (x.residents[s] ?? 0) + more } };
        neverLess(planIncident(x, calendar), planIncident(after, calendar));
      }),
      { numRuns: 300 },
    );
  });
  test('a provider\'s notice (thirdPartyNotice), at any time around the determination', () => {
    fc.assert(
      fc.property(incidentArb, fc.integer({ min: -10 * 86_400_000, max: 10 * 86_400_000 }), (x, delta) => {
        const at = new Date(Date.parse(x.determinedAt) + delta).toISOString();
        const after = { ...x, thirdParty: { provider: 'V', ...x.thirdParty, notifiedLicenseeAt: x.thirdParty?.notifiedLicenseeAt && Date.parse(x.thirdParty.notifiedLicenseeAt) < Date.parse(at) ? x.thirdParty.notifiedLicenseeAt : at } };
        neverLess(planIncident(x, calendar), planIncident(after, calendar));
      }),
      { numRuns: 300 },
    );
  });
  test('a notice owed to another government body (otherGovernmentNoticeRequired)', () => {
    fc.assert(
      fc.property(incidentArb, (x) => neverLess(planIncident(x, calendar), planIncident({ ...x, otherGovernmentNoticeRequired: true }, calendar))),
      { numRuns: 300 },
    );
  });
});

describe('the plan is the least fixed point of its own triggers', () => {
  const owedDates = (p: Plan) => Object.fromEntries(p.obligations.map((o) => [o.id, o.dueAt]));
  test('where the plan owes any government body a notice, planning again with "a government notice is owed" changes no notice and no date', () => {
    fc.assert(
      fc.property(incidentArb, (x) => {
        const p = planIncident(x, calendar);
        if (!p.obligations.some((o) => o.kind === 'regulator-notice' || o.kind === 'attorney-general-notice')) return;
        expect(owedDates(planIncident({ ...x, otherGovernmentNoticeRequired: true }, calendar))).toEqual(owedDates(p));
      }),
      { numRuns: 400 },
    );
  });
  test('every trigger is owed in the same plan (or given by the provider itself), on its own grounds, and is never the notice itself', () => {
    fc.assert(
      fc.property(incidentArb, (x) => {
        const p = planIncident(x, calendar);
        for (const o of p.obligations) {
          for (const t of o.triggeredBy ?? []) {
            const trigger = p.obligations.find((y) => y.id === t);
            const givenByProvider = / the notice itself, which excuses the licensee/.test(p.notApplicable.find((n) => n.id === t)?.reason ?? '');
            expect([o.id, t, !!trigger || givenByProvider, trigger?.triggeredBy, t === o.id]).toEqual([o.id, t, true, undefined, false]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
