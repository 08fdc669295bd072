/** A "no record" answer names the incident, never the server's records folder. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IncidentService } from '../../application/incidents';
import { RecordStore } from '../../platform/record-store';

const noClient = () => Promise.reject(new Error('reading a kept record needs no server'));

test('an incident with no kept record is answered without the records folder', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'breachclock-records-'));
  const service = new IncidentService({ client: noClient, taskQueue: 'breachclock', records: new RecordStore(dir) });
  const outcome = await service.record('INC-NONE-1');
  expect(outcome).toEqual({ ok: false, kind: 'not-found', problems: [{ path: 'incidentId', message: 'no record for INC-NONE-1' }] });
  expect(JSON.stringify(outcome)).not.toContain(dir);
  expect(JSON.stringify(outcome)).not.toContain(os.tmpdir());
});

test('without a record store the answer is the same', async () => {
  const outcome = await new IncidentService({ client: noClient, taskQueue: 'breachclock' }).record('INC-NONE-2');
  expect(outcome).toMatchObject({ ok: false, kind: 'not-found', problems: [{ message: 'no record for INC-NONE-2' }] });
});
