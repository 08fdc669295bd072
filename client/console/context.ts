/** What the console's route groups share: the application service, the clock, the session's CSRF token, the mailbox. */
import type { FastifyRequest } from 'fastify';
import type { IncidentService, ListRequest, Outcome, RefusalKind } from '../../application/incidents';
import type { IncidentPage } from '../../application/incident-list';

/** The local mail sink's messages as the console's mail page shows them (`npm start` hands in its sink). */
export interface Mailbox {
  readonly messages: ReadonlyArray<{ receivedAt: Date; to: string[]; subject: string; messageId: string; text: string; attachments: ReadonlyArray<{ filename: string }> }>;
}

export interface ConsoleContext {
  service: IncidentService;
  now: () => number;
  csrfOf: (req: FastifyRequest) => string;
  mailbox?: Mailbox;
  /** One page of the incident list, shared for a few seconds between requests (console.ts). */
  listPage: (req: ListRequest) => Promise<Outcome<IncidentPage>>;
}

/** The HTTP status of a refusal from the service. */
export const HTTP_STATUS: Record<RefusalKind, number> = { invalid: 400, 'not-found': 404, 'already-exists': 409, unavailable: 503 };
