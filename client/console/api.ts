/** The console's JSON API (for scripts and tests): the application service's answers, refusals as `{ errors }`. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Outcome } from '../../application/incidents';
import { HTTP_STATUS, type ConsoleContext } from './context';
import { actorOf } from './identity';

function answer<T>(reply: FastifyReply, outcome: Outcome<T>, created = false) {
  if (!outcome.ok) return reply.code(HTTP_STATUS[outcome.kind]).send({ errors: outcome.problems });
  return reply.code(created ? 201 : 200).send(outcome.value);
}

const unwrapStatus = <T>(o: Outcome<T>): T | null => (o.ok ? o.value : null);

export function registerApi(app: FastifyInstance, ctx: ConsoleContext): void {
  const { service } = ctx;
  app.get<{ Querystring: { overdue?: string; limit?: string; pageToken?: string } }>('/api/incidents', async (req, reply) => {
    const limit = req.query.limit === undefined ? undefined : Number(req.query.limit);
    return answer(reply, await ctx.listPage({ overdueOnly: !!req.query.overdue, limit, pageToken: typeof req.query.pageToken === 'string' ? req.query.pageToken : null }));
  });
  app.post('/api/incidents', async (req, reply) => answer(reply, await service.open(actorOf(req), req.body), true));
  app.get<{ Params: { id: string } }>('/api/incidents/:id', async (req, reply) => answer(reply, await service.status(req.params.id)));
  app.post<{ Params: { id: string; name: string } }>('/api/incidents/:id/messages/:name', async (req, reply) => {
    const r = await service.send(actorOf(req), req.params.id, req.params.name, req.body);
    // An unknown message name is a route that does not exist.
    if (!r.ok && r.problems[0]?.path === 'message') return reply.code(404).send({ errors: [{ path: 'message', message: `unknown message ${req.params.name}; ${r.problems[0].message}` }] });
    if (!r.ok) return answer(reply, r);
    // The new status, as the update returns it; news already recorded says so beside the status it left unchanged.
    if (r.value.alreadyRecorded) return reply.send({ alreadyRecorded: r.value.alreadyRecorded, status: unwrapStatus(await service.status(req.params.id)) });
    return reply.send(r.value.status);
  });
  app.get<{ Params: { id: string } }>('/api/incidents/:id/report', async (req, reply) => answer(reply, await service.report(req.params.id)));
  // The kept record (RSMo 375.1407.4, RSA 420-P:5 IV): readable after the workflow's history is gone.
  app.get<{ Params: { id: string } }>('/api/incidents/:id/record', async (req, reply) => answer(reply, await service.record(req.params.id)));
}
