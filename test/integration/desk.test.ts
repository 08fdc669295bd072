/**
 * The desk as a new user meets it (issue #27): the incident list shows each incident's title, owner and next
 * deadline; workflows breachclock did not start (another type, or an ID that is no incident ID) never reach it.
 */
import { INCIDENT_WORKFLOW } from '../../workflows/messages';
import { exampleIncident, uniqueId } from '../helpers/fixtures';
import { runCli, startStack, type Stack } from '../helpers/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack('desk');
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

const cli = (args: string[], input?: string) => runCli(stack.cliEnv, args, input);
const auth = () => ({ authorization: `Bearer ${stack.token}` });
type Row = { incidentId: string; title: string | null; owner: string | null; nextDeadline: string | null };

describe('the incident list', () => {
  const incident = exampleIncident();
  incident.incidentId = uniqueId('DESK');
  incident.title = 'Claims portal credential stuffing <b>&amp;</b>';
  const foreignType = uniqueId('OTHERTYPE');
  const foreignId = `${uniqueId('X')}/<img src=x onerror=alert(1)>`;

  beforeAll(async () => {
    expect((await cli(['incident', 'open', '-', '--determined-at', 'now'], JSON.stringify(incident))).status).toBe(0);
    // Started beside breachclock on the same namespace: another workflow type with an incident-shaped ID, and
    // breachclock's own type under an ID no incident has, with a hostile memo. No worker polls their queue.
    await stack.client.workflow.start('SomeoneElsesWorkflow', { workflowId: foreignType, taskQueue: 'elsewhere', args: [] });
    await stack.client.workflow.start(INCIDENT_WORKFLOW, { workflowId: foreignId, taskQueue: 'elsewhere', args: [{}], memo: { title: '<script>alert(1)</script>' } });
    // Visibility is eventually consistent: wait until the list has the incident and the foreign runs are indexed.
    for (let i = 0; i < 60; i++) {
      const listed = (JSON.parse((await cli(['incident', 'list', '--all', '--json'])).stdout) as { incidents: Row[] }).incidents;
      const indexed = (await stack.client.workflow.count(`WorkflowId = '${foreignType}' OR WorkflowId = '${foreignId.replace(/'/g, "\\'")}'`)).count;
      if (listed.some((r) => r.incidentId === incident.incidentId && r.nextDeadline) && indexed === 2) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('the list never showed the incident');
  }, 120_000);

  test('the API: title, owner and next deadline beside the ID; nothing breachclock did not start', async () => {
    const api = (await (await fetch(`${stack.consoleUrl}/api/incidents?limit=1000`, { headers: auth() })).json()) as { incidents: Row[] };
    const row = api.incidents.find((r) => r.incidentId === incident.incidentId)!;
    expect(row).toMatchObject({ title: incident.title, owner: incident.contacts.owner });
    expect(Date.parse(row.nextDeadline!)).toBeGreaterThan(Date.now());
    const ids = api.incidents.map((r) => r.incidentId);
    expect(ids).not.toContain(foreignType);
    expect(ids).not.toContain(foreignId);
    expect(JSON.stringify(api)).not.toContain('<script>');
  });

  test('the console list: the title links the incident, with its owner and next deadline; markup escaped', async () => {
    const page = await (await fetch(`${stack.consoleUrl}/`, { headers: auth() })).text();
    const row = page.slice(page.indexOf(`data-incident="${incident.incidentId}"`)).split('</tr>')[0];
    expect(row).toContain(`<a href="/incidents/${incident.incidentId}">Claims portal credential stuffing &lt;b&gt;&amp;amp;&lt;/b&gt;</a>`);
    expect(row).toContain(incident.contacts.owner);
    expect(row).toMatch(/\w{3} \d{1,2} \w{3} \d{4}, 11:59 pm (EST|EDT) \(New Hampshire\)/);
    expect(page).not.toContain('onerror');
    expect(page).not.toContain(foreignType);
  });

  test('the CLI list: the title and owner under each incident', async () => {
    const text = (await cli(['incident', 'list', '--all'])).stdout;
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith(incident.incidentId));
    expect(lines[at]).toMatch(/next \w{3} \d{1,2} \w{3} \d{4}, 11:59 pm/);
    expect(lines[at + 1]).toBe(`  ${incident.title} — owner ${incident.contacts.owner}`);
    expect(text).not.toContain(foreignType);
    expect(text).not.toContain('onerror');
  });
});

test('a record not kept: "no record for <incident>", and no server path, at both doors', async () => {
  const id = uniqueId('NOREC');
  const r = await cli(['incident', 'record', id]);
  expect(r.status).toBe(3);
  expect(r.stderr).toContain(`no record for ${id}`);
  expect(r.stderr).not.toMatch(/\/(tmp|home|root|work|var)\/|records|\.breachclock/);
  const api = await fetch(`${stack.consoleUrl}/api/incidents/${id}/record`, { headers: auth() });
  expect(api.status).toBe(404);
  const body = await api.text();
  expect(body).toContain(`no record for ${id}`);
  expect(body).not.toMatch(/\/(tmp|home|root|work|var)\//);
});
