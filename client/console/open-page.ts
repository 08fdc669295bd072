/**
 * Opening an incident in the console: a form for the incident's fields (derived from the schema, event
 * details left for later), or, for power users, the incident as JSON. A refusal keeps what was typed and
 * lists each problem at the top, linked to its field.
 */
import type { FastifyInstance } from 'fastify';
import type { FieldProblem } from '../../domain/incident/incident';
import { html } from '../../reports/html';
import { HTTP_STATUS, type ConsoleContext } from './context';
import { actorOf } from './identity';
import { formPayload, INCIDENT_FIELDS, incidentFormFields, problemSummary, zoneChoices, zoneSelect } from './forms';
import { page } from './html';

type Values = Record<string, string>;

function openPage(ctx: ConsoleContext, csrf: string, values: Values = {}, problems: FieldProblem[] = []) {
  // The licensee's home state, once chosen (a refused form comes back with it), sets the default zone.
  const zones = zoneChoices([], values['licensee.domicileState'] || undefined);
  const json = values.incident ?? '';
  return page(
    'Open incident',
    html`${problemSummary('incident', INCIDENT_FIELDS, problems)}<h1>Open an incident</h1>
<p class="muted">Event details (what the regulator notice reports) are recorded afterwards on the incident's page.</p>
<form class="open" method="post" action="/open" id="open-form"><input type="hidden" name="_csrf" value="${csrf}">
${zoneSelect('incident', zones, values._zone)}
${incidentFormFields(INCIDENT_FIELDS, { values, problems })}
<details${json ? html` open` : ''}><summary>Power users: paste the incident as JSON instead (see examples/)</summary>
<label for="incident">Incident JSON <span class="muted">(when given, the fields above are ignored)</span></label>
<textarea id="incident" name="incident" rows="12">${json}</textarea></details>
<button id="open-incident">Open incident</button></form>`,
    { mail: !!ctx.mailbox },
  );
}

export function registerOpenPage(app: FastifyInstance, ctx: ConsoleContext): void {
  app.get('/open', async (req, reply) => reply.type('text/html').send(openPage(ctx, ctx.csrfOf(req))));
  app.post<{ Body: Values }>('/open', async (req, reply) => {
    const values = Object.fromEntries(Object.entries(req.body ?? {}).filter(([k]) => k !== '_csrf').map(([k, v]) => [k, String(v)]));
    let incident: unknown;
    if (values.incident?.trim()) {
      try {
        incident = JSON.parse(values.incident);
      } catch (err) {
        return reply.code(400).type('text/html').send(openPage(ctx, ctx.csrfOf(req), values, [{ path: '(json)', message: `not valid JSON: ${(err as Error).message}` }]));
      }
    } else incident = formPayload(INCIDENT_FIELDS, values);
    const r = await ctx.service.open(actorOf(req), incident);
    if (!r.ok) return reply.code(HTTP_STATUS[r.kind]).type('text/html').send(openPage(ctx, ctx.csrfOf(req), values, r.problems));
    return reply.redirect(`/incidents/${encodeURIComponent(r.value.incidentId)}`, 303);
  });
}
