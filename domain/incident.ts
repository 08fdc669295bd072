/**
 * The incident record (design.md §2). This zod schema is the source of truth: the CLI, the console, the
 * worker and the workflow's update validators all parse with it, and a JSON Schema is exported from it.
 *
 * No consumer's nonpublic information belongs here (RSMo 375.1410.2 forbids releasing it to the state
 * without written authority): counts per state, never names or numbers.
 */
import { z } from 'zod';
import { NPI_REFUSAL, nonpublicInformationIn } from './npi';
import { STATE_CODES } from './states';

/** Free text, checked for consumers' nonpublic information (domain/npi.ts). */
export function freeText(min: number, max: number, emptyMessage = 'must not be empty') {
  return z
    .string()
    .trim()
    .min(min, emptyMessage)
    .max(max, `must be at most ${max} characters`)
    .superRefine((v, ctx) => {
      const what = nonpublicInformationIn(v);
      if (what) ctx.addIssue({ code: 'custom', message: `looks like ${what}: ${NPI_REFUSAL}` });
    });
}

/** ISO-8601 instant with an explicit offset or Z, e.g. 2026-11-23T10:15:00-06:00. */
export const Instant = z.iso.datetime({
  offset: true,
  error: 'must be an ISO-8601 date-time with an offset, e.g. 2026-11-23T10:15:00-06:00',
});

export const StateCode = z.enum(STATE_CODES, { error: 'must be a two-letter US state code (or DC)' });

export const Email = z.email({ error: 'must be an email address' });

export const LicenseeRole = z.enum(['insurer', 'producer', 'assuming-insurer'], {
  error: 'must be one of insurer, producer, assuming-insurer',
});

export const ThirdParty = z
  .strictObject({
    provider: freeText(1, 200, 'must name the third-party service provider'),
    notifiedLicenseeAt: Instant.optional(),
    actualKnowledgeAt: Instant.optional(),
    /**
     * States whose regulator the provider itself notified. New Hampshire then excuses the licensee's own
     * commissioner notice (RSA 420-P:6 IV(a)); Missouri has no such exception (RSMo 375.1410.4(1)).
     */
    providerNotifiedRegulators: z.array(StateCode).optional(),
  })
  .refine((t) => t.notifiedLicenseeAt !== undefined || t.actualKnowledgeAt !== undefined, {
    message: 'give notifiedLicenseeAt or actualKnowledgeAt (at least one)',
    path: ['notifiedLicenseeAt'],
  });

/** How breachclock reminds and escalates for this incident (company practice, not law). */
export const Notifications = z.strictObject({
  reminders: z
    .array(z.enum(['2-business-days-before', '1-business-day-before', 'due-day-09:00', '2-hours-before'], {
      error: 'must be one of 2-business-days-before, 1-business-day-before, due-day-09:00, 2-hours-before',
    }))
    .optional(),
  escalationIntervalHours: z.number({ error: 'must be a number' }).positive('must be more than 0').max(168, 'must be at most 168').optional(),
});

export const IncidentId = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1-64 characters of letters, digits, ".", "_" or "-"');

export const Incident = z.strictObject({
  incidentId: IncidentId,
  title: freeText(1, 200),
  licensee: z.strictObject({
    name: freeText(1, 200),
    role: LicenseeRole,
    domicileState: StateCode,
  }),
  determinedAt: Instant,
  awareAt: Instant.optional(),
  thirdParty: ThirdParty.optional(),
  residents: z.partialRecord(
    StateCode,
    z.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must not be negative'),
  ),
  nonpublicInformation: z.boolean({ error: 'must be true or false' }),
  materialHarmLikely: z.boolean({ error: 'must be true or false' }),
  otherGovernmentNoticeRequired: z.boolean({ error: 'must be true or false' }),
  breachOfSecurity: z.boolean({ error: 'must be true or false' }).optional(),
  producersOfRecord: z.boolean({ error: 'must be true or false' }).optional(),
  cedingInsurers: z.array(freeText(1, 200)).optional(),
  contacts: z.strictObject({
    owner: Email,
    escalation: z.array(Email),
  }),
  notifications: Notifications.optional(),
});

export type Incident = z.infer<typeof Incident>;
export type ThirdParty = z.infer<typeof ThirdParty>;
export type LicenseeRole = z.infer<typeof LicenseeRole>;

/** One refusal, named by its field path (`licensee.role`, `residents.TX`). */
export interface FieldProblem {
  path: string;
  message: string;
}

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    let p = issue.path.map(String).join('.');
    // A missing field reads better as "required" than as a type error about undefined.
    const message = issue.code === 'invalid_type' && /received undefined/.test(issue.message) ? 'required' : issue.message;
    if (issue.code === 'unrecognized_keys') {
      // Name each unknown field by its own path, so the operator sees exactly what to remove.
      const what = p === 'residents' ? 'not a two-letter US state code (or DC)' : 'unknown field';
      return issue.keys.map((k) => ({ path: p ? `${p}.${k}` : k, message: what }));
    }
    if (!p) p = '(root)';
    return [{ path: p, message }];
  }).flat();
}

export function formatProblems(problems: FieldProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export function parseWith<T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: fieldProblems(r.error) };
}

export const parseIncident = (input: unknown): ParseResult<Incident> => parseWith(Incident, input);

/** JSON Schema exported from the zod schema (design.md §2), for editors and other tools. */
export function incidentJsonSchema(): unknown {
  return z.toJSONSchema(Incident, { io: 'input', unrepresentable: 'any' });
}
