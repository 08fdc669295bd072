/** An incident moved in time (domain/incident/shift.ts) for `--determined-at`: every instant by the same amount, each in its own form. */
import { Incident, Instant, parseIncident } from '../../domain/incident/incident';
import { shiftIncident } from '../../domain/incident/shift';
import { INCIDENT_HAPPENED } from '../../domain/incident/time-sense';
import { main, type Io } from '../../client/cli';
import { exampleIncident } from '../helpers/fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every path of the incident schema that holds an Instant (`*` for each element or key). */
function instantPaths(schema: unknown, path: string[] = [], out: string[] = []): string[] {
  if (schema === Instant) return [...out, path.join('.')];
  const def = (schema as { _zod?: { def: Record<string, unknown> } })._zod?.def;
  if (!def) return out;
  const inner = (s: unknown, p = path) => instantPaths(s, p, []);
  const found =
    def.type === 'object' ? Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) => inner(v, [...path, k]))
    : def.type === 'optional' || def.type === 'nullable' ? inner(def.innerType)
    : def.type === 'array' ? inner(def.element, [...path, '*'])
    : def.type === 'record' ? inner(def.valueType, [...path, '*'])
    : def.type === 'union' ? (def.options as unknown[]).flatMap((o) => inner(o))
    : def.type === 'pipe' ? [...inner(def.in), ...inner(def.out)]
    : [];
  return [...out, ...found];
}

/** An incident with every instant the schema has set, in several forms. */
function everyInstant(): Incident {
  return {
    ...exampleIncident(),
    thirdParty: { provider: 'Northline', notifiedLicenseeAt: '2026-11-19T15:30:00-05:00', actualKnowledgeAt: '2026-11-20T08:00:00.250-05:00' },
    reinsurerNotice: { reinsurer: 'Ozark Re', notifiedAt: '2026-11-21T12:00:00Z' },
    eventDetails: {
      occurredAt: '2026-11-18T03:00:00+01:00',
      compromisedFrom: '2026-11-17T00:00:00-06:00',
      compromisedUntil: '2026-11-19T00:00:00-06:00',
      agencyNotices: [{ agency: 'FBI', notifiedAt: '2026-11-23T10:20:00-06:00' }, { agency: 'police', notifiedAt: '2026-11-22T09:00:00-06:00' }],
      investigation: { occurred: { doneAt: '2026-11-23T10:15:00-06:00' }, natureAndScope: { doneAt: '2026-11-23T11:00:00-06:00' } },
    },
  };
}

const instantsOf = (x: Incident): string[] => {
  const all: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string' && Instant.safeParse(v).success) all.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(x);
  return all;
};

test('every instant field of the incident schema is one the shift moves (a new one cannot be forgotten)', () => {
  expect(instantPaths(Incident).sort()).toEqual([...INCIDENT_HAPPENED].sort());
});

test('every instant moves by the same amount: determinedAt becomes the instant given, the others keep their distance from it', () => {
  const before = everyInstant();
  const after = shiftIncident(before, '2027-03-01T09:00:00-06:00');
  expect(after.determinedAt).toBe('2027-03-01T09:00:00-06:00');
  const delta = Date.parse(after.determinedAt) - Date.parse(before.determinedAt);
  const [was, is] = [instantsOf(before), instantsOf(after)];
  expect(is).toHaveLength(12);
  expect(is.map((v, i) => Date.parse(v) - Date.parse(was[i]))).toEqual(is.map(() => delta));
  expect(parseIncident(after).ok).toBe(true);
  // Nothing else changes, and the input is left as it was.
  expect({ ...after, determinedAt: 0, awareAt: 0, thirdParty: 0, reinsurerNotice: 0, eventDetails: 0 }).toEqual({ ...before, determinedAt: 0, awareAt: 0, thirdParty: 0, reinsurerNotice: 0, eventDetails: 0 });
  expect(before).toEqual(everyInstant());
});

test('each value keeps its form: Z stays Z, a fraction stays, an offset of none of its states stays as written', () => {
  const after = shiftIncident(everyInstant(), Date.parse('2026-12-07T16:15:00Z')); // two weeks later, both in standard time
  expect(after.determinedAt).toBe('2026-12-07T10:15:00-06:00');
  expect(after.awareAt).toBe('2026-12-04T16:40:00-06:00');
  expect(after.thirdParty).toEqual({ provider: 'Northline', notifiedLicenseeAt: '2026-12-03T15:30:00-05:00', actualKnowledgeAt: '2026-12-04T08:00:00.250-05:00' });
  expect(after.reinsurerNotice!.notifiedAt).toBe('2026-12-05T12:00:00Z');
  expect(after.eventDetails!.occurredAt).toBe('2026-12-02T03:00:00+01:00');
  expect(after.eventDetails!.agencyNotices![1].notifiedAt).toBe('2026-12-06T09:00:00-06:00');
  expect(after.eventDetails!.investigation!.natureAndScope!.doneAt).toBe('2026-12-07T11:00:00-06:00');
});

test('an offset of one of its states follows that state across a DST change (CST in November, CDT in July); other offsets do not', () => {
  const after = shiftIncident(everyInstant(), Date.parse('2027-07-05T15:30:00.500Z'));
  expect(after.determinedAt).toBe('2027-07-05T10:30:00.500-05:00'); // Missouri's CDT; milliseconds because the instant has them
  const awareMs = Date.parse(after.determinedAt) - (Date.parse('2026-11-23T10:15:00-06:00') - Date.parse('2026-11-20T16:40:00-06:00'));
  expect(after.awareAt).toBe('2027-07-02T16:55:00.500-05:00');
  expect(Date.parse(after.awareAt!)).toBe(awareMs);
  expect(after.thirdParty!.notifiedLicenseeAt).toMatch(/-04:00$/); // New Hampshire's EDT
  expect(after.reinsurerNotice!.notifiedAt).toMatch(/Z$/);
  expect(after.eventDetails!.occurredAt).toMatch(/\+01:00$/);
  // Across the spring change itself: 1:30 am CST, and 3:30 am CDT an hour later.
  const spring = shiftIncident({ ...exampleIncident(), awareAt: undefined }, '2027-03-14T01:30:00-06:00');
  expect(shiftIncident(spring, Date.parse(spring.determinedAt) + HOUR).determinedAt).toBe('2027-03-14T03:30:00-05:00');
});

test('a shift into the past or far ahead is the same arithmetic; the schema then judges the range', () => {
  const early = shiftIncident(exampleIncident(), Date.parse('2000-01-01T00:00:00Z'));
  expect(parseIncident(early).ok).toBe(false); // awareAt falls in 1999
  expect(shiftIncident(exampleIncident(), Date.parse(exampleIncident().determinedAt) + 28 * 365 * DAY).awareAt).toMatch(/^2054-/);
  expect(() => shiftIncident(exampleIncident(), 'soon')).toThrow(RangeError);
});

describe('--determined-at on plan', () => {
  const example = `${__dirname}/../../examples/incident-mo-nh.json`;
  const run = async (args: string[]) => {
    const out = { stdout: '', stderr: '' };
    const io: Io = { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), readStdin: () => '' };
    return { status: await main(args, io), ...out };
  };

  test('an ISO instant: the deadlines are the law\'s from that day (determined Mon 5 Jul 2027: the fourth business day after is Fri 9 Jul)', async () => {
    const r = await run(['plan', example, '--determined-at', '2027-07-05T10:30:00-05:00']);
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout);
    const mo = plan.obligations.find((o: { id: string }) => o.id === 'MO/regulator-notice');
    expect([mo.clockStartsAt, mo.dueAt]).toEqual(['2027-07-05T10:30:00.000-05:00', '2027-07-09T23:59:59.999-05:00']);
  });

  test('now: determined this second, every deadline with a date still ahead', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const r = await run(['plan', example, '--determined-at', 'now']);
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout) as { obligations: Array<{ id: string; clockStartsAt: string; dueAt: string | null; kind: string }> };
    const mo = plan.obligations.find((o) => o.id === 'MO/regulator-notice')!;
    expect(Date.parse(mo.clockStartsAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(mo.clockStartsAt)).toBeLessThanOrEqual(Date.now());
    const regulators = plan.obligations.filter((o) => o.kind.startsWith('regulator-notice'));
    expect(regulators.length).toBeGreaterThanOrEqual(3);
    for (const o of regulators) expect(Date.parse(o.dueAt!)).toBeGreaterThan(Date.now() + DAY);
  });

  test('an invalid value exits 2 naming --determined-at', async () => {
    for (const bad of ['tomorrow', '2026-11-23', '2026-11-23T10:15:00', '1026-11-23T10:15:00Z']) {
      const r = await run(['plan', example, '--determined-at', bad]);
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain('--determined-at: must be now or an ISO-8601 date-time with an offset');
    }
    const missing = await run(['plan', example, '--determined-at']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--determined-at');
  });
});
