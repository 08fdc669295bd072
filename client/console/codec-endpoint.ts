/**
 * The codec endpoint for the Temporal UI and CLI (issue 6): {"payloads":[{"metadata":{k: base64},"data": base64}]}
 * both ways, as the remote codec protocol speaks it. Authenticated like every console route (auth.ts).
 */
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { FastifyInstance } from 'fastify';

type JsonPayload = { metadata?: Record<string, string>; data?: string };
const fromJson = (p: JsonPayload): Payload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(String(v), 'base64')])),
  data: Buffer.from(String(p.data ?? ''), 'base64'),
});
const toJson = (p: Payload): JsonPayload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? new Uint8Array()).toString('base64')])),
  data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
});

export function registerCodecEndpoint(app: FastifyInstance, codec: PayloadCodec): void {
  for (const op of ['encode', 'decode'] as const) {
    app.post<{ Body: { payloads?: JsonPayload[] } }>(`/codec/${op}`, async (req, reply) => {
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return reply.code(415).send({ errors: [{ path: '(content-type)', message: 'must be application/json' }] });
      }
      // A missing `payloads` is an empty list (the CLI opens with an encode of {} when a command has no arguments).
      const list = req.body?.payloads ?? [];
      if (!Array.isArray(list)) return reply.code(400).send({ errors: [{ path: 'payloads', message: 'must be an array of payloads' }] });
      if (list.length > 1000) return reply.code(400).send({ errors: [{ path: 'payloads', message: 'must hold at most 1000 payloads' }] });
      try {
        return { payloads: (await codec[op](list.map(fromJson))).map(toJson) };
      } catch (err) {
        return reply.code(400).send({ errors: [{ path: 'payloads', message: (err as Error).message }] });
      }
    });
  }
}
