/**
 * The signed-in actor of a console request. Authentication (auth.ts) sets it once the request is signed in;
 * every route that acts reads it from here, so a route can never act as nobody.
 */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/incident/actor';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new Error('no signed-in actor on this request (auth hook did not run)');
  return req.actor;
}
