/**
 * The incident record (docs/design.md §2). This zod schema is the source of truth: the CLI, the console, the
 * worker and the workflow's update validators all parse with it, and a JSON Schema is exported from it.
 *
 * No consumer's nonpublic information belongs here (RSMo 375.1410.2 forbids releasing it to the state
 * without written authority): counts per state, never names or numbers.
 */
import { z } from 'zod';
import { controlCharacterIn, NPI_REFUSAL, nonpublicInformationIn, nonpublicInformationInPhone } from './npi';
import { STATE_CODES } from './states';

/** Refuses what `screen` finds of a consumer's nonpublic information (RSMo 375.1410.2), saying what it looks like. */
const refuseNonpublic = (screen: (v: string) => string | null) => (v: string, ctx: z.core.$RefinementCtx<string>) => {
  const what = screen(v);
  if (what) ctx.addIssue({ code: 'custom', message: `looks like ${what}: ${NPI_REFUSAL}` });
};
const screenText = refuseNonpublic(nonpublicInformationIn);

/**
 * Free text, checked for consumers' nonpublic information (domain/incident/npi.ts) and for control characters and
 * bidirectional overrides (they forge terminal output and Markdown headings). Fields of 1,000 characters or
 * more are descriptions and may span lines; shorter ones are one line, and refuse invisible and line-separator
 * characters too (npi.ts controlCharacterIn).
 */
export function freeText(min: number, max: number, emptyMessage = 'must not be empty') {
  const multiline = max >= 1000;
  return z
    .string({ error: 'must be text' })
    .max(max * 4, `must be at most ${max} characters`) // a bound before any work on a hostile string
    .trim()
    .min(min, emptyMessage)
    .max(max, `must be at most ${max} characters`)
    .superRefine((v, ctx) => {
      const control = controlCharacterIn(v, multiline);
      if (control) return void ctx.addIssue({ code: 'custom', message: control });
      screenText(v, ctx);
    });
}

/**
 * The plausible range of every instant breachclock takes: a typo (year 1026, 9999) is refused at the door,
 * so planning, which counts business days from these dates, can always run to an end.
 */
export const EARLIEST_INSTANT = '2000-01-01T00:00:00Z';
export const LATEST_INSTANT = '2100-12-31T23:59:59Z';
const RANGE = [Date.parse(EARLIEST_INSTANT), Date.parse(LATEST_INSTANT)] as const;

/** ISO-8601 instant with an explicit offset or Z, e.g. 2026-11-23T10:15:00-06:00, between 2000 and 2100. */
export const Instant = z
  .string({ error: 'must be an ISO-8601 date-time with an offset, e.g. 2026-11-23T10:15:00-06:00' })
  .max(40, 'must be an ISO-8601 date-time with an offset, e.g. 2026-11-23T10:15:00-06:00')
  .pipe(z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date-time with an offset, e.g. 2026-11-23T10:15:00-06:00' }))
  // A value that is not a date-time at all was refused above: say that once, not also "out of range".
  .refine((v) => Number.isNaN(Date.parse(v)) || (Date.parse(v) >= RANGE[0] && Date.parse(v) <= RANGE[1]), { message: 'must be between the years 2000 and 2100' });

export const StateCode = z.enum(STATE_CODES, { error: 'must be a two-letter US state code (or DC)' });

/** An address goes into headers, history and reports like free text: its local part may not carry an SSN or a card number. */
export const Email = z
  .string({ error: 'must be an email address' })
  .max(254, 'must be at most 254 characters')
  .pipe(z.email({ error: 'must be an email address' }))
  .superRefine(screenText);

/**
 * `other-licensee`: an adjuster, TPA, MGA or any other licensee that is neither an insurer nor a producer;
 * only the residents criterion (RSMo 375.1410.1(2), RSA 420-P:6 I(b)) can reach it.
 */
export const LicenseeRole = z.enum(['insurer', 'producer', 'assuming-insurer', 'other-licensee'], {
  error: 'must be one of insurer, producer, assuming-insurer, other-licensee',
});

/**
 * Reasonable likelihood of material harm to a consumer residing in a state or to a material part of the
 * licensee's operations: one answer for every state, or one per state (a state not listed is taken as
 * likely harmed, the reading that owes the notice earlier).
 */
export const MaterialHarm = z.union(
  [z.boolean(), z.partialRecord(z.enum(STATE_CODES), z.boolean({ error: 'must be true or false' }))],
  { error: 'must be true or false, or an object of state code to true or false' },
);

/** The four determinations of the investigation (RSMo 375.1407.2, RSA 420-P:5 II), each as it is made. */
export const INVESTIGATION_ITEMS = ['occurred', 'natureAndScope', 'nonpublicInformation', 'securityRestored'] as const;
export const InvestigationItem = z.strictObject({
  doneAt: Instant,
  note: freeText(0, 1000).optional(),
});

/** A provider's event starts a clock only from a date: its notice or the licensee's actual knowledge (one at least). */
export const hasProviderDate = (t: { notifiedLicenseeAt?: string; actualKnowledgeAt?: string }): boolean =>
  t.notifiedLicenseeAt !== undefined || t.actualKnowledgeAt !== undefined;
export const PROVIDER_DATE_PROBLEM = { message: 'give notifiedLicenseeAt or actualKnowledgeAt (at least one)', path: ['notifiedLicenseeAt'] };

export const ThirdParty = z
  .strictObject({
    provider: freeText(1, 200, 'must name the third-party service provider'),
    notifiedLicenseeAt: Instant.optional(),
    actualKnowledgeAt: Instant.optional(),
    /**
     * States whose regulator the provider itself notified. New Hampshire then excuses the licensee's own
     * commissioner notice (RSA 420-P:6 IV(a)); Missouri has no such exception (RSMo 375.1410.4(1)).
     */
    providerNotifiedRegulators: z.array(StateCode).max(51, 'must list at most 51 states').optional(),
  })
  .refine(hasProviderDate, PROVIDER_DATE_PROBLEM);

/** How breachclock reminds and escalates for this incident (company practice, not law). */
export const Notifications = z.strictObject({
  reminders: z
    .array(z.enum(['2-business-days-before', '1-business-day-before', 'due-day-09:00', '2-hours-before'], {
      error: 'must be one of 2-business-days-before, 1-business-day-before, due-day-09:00, 2-hours-before',
    }))
    .max(4, 'must list at most the 4 reminder slots')
    .refine((xs) => new Set(xs).size === xs.length, { message: 'must not list a slot twice' })
    .optional(),
  escalationIntervalHours: z.number({ error: 'must be a number' }).positive('must be more than 0').max(168, 'must be at most 168').optional(),
});

/**
 * What the regulator notice reports about the event (RSMo 375.1410.2 items (1)-(13), RSA 420-P:6 II (a)-(m),
 * Bulletin 23-04's list). All optional: the licensee provides "as much of the following information as
 * practicable", and a draft marks what is still unknown as missing. Free text is checked for nonpublic
 * information; none of it may name or number a consumer.
 */
export const AgencyNotice = z.strictObject({
  agency: freeText(1, 200, 'must name the agency (police, regulator, government or law enforcement body)'),
  notifiedAt: Instant,
  reference: freeText(0, 200).optional(),
});

const PHONE = /^\+?[0-9 ().-]{7,25}$/;
const screenPhone = refuseNonpublic(nonpublicInformationInPhone);

export const ContactPerson = z.strictObject({
  name: freeText(1, 200, 'must name the contact person'),
  title: freeText(0, 200).optional(),
  email: Email.optional(),
  phone: z
    .string()
    .trim()
    .regex(PHONE, 'must be a telephone number')
    .superRefine((v, ctx) => {
      if (PHONE.test(v)) screenPhone(v, ctx); // one refusal at a time: the shape first
    })
    .optional(),
});

export const EventDetails = z
  .strictObject({
    /** (1) / II(a): the date of the cybersecurity event. */
    occurredAt: Instant.optional(),
    /** (2) / II(b): how the information was exposed, lost, stolen or breached; third-party roles. */
    exposure: freeText(1, 4000).optional(),
    /** (3) / II(c): how the event was discovered. */
    discovery: freeText(1, 4000).optional(),
    /** (4) / II(d): whether information was recovered, and how. */
    recovery: freeText(1, 4000).optional(),
    /** (5) / II(e): the identity of the source of the event. */
    source: freeText(1, 1000).optional(),
    /** (6) / II(f): police report filed, or regulatory, government or law-enforcement agencies notified, and when. */
    agencyNotices: z.array(AgencyNotice).max(50, 'must list at most 50 notices').optional(),
    /** (7) / II(g): the specific types of information (data elements), never the data itself. */
    informationTypes: z.array(freeText(1, 200)).max(50, 'must list at most 50 types').optional(),
    /** (8) / II(h): the period during which the information system was compromised. */
    compromisedFrom: Instant.optional(),
    compromisedUntil: Instant.optional(),
    /** (10) / II(j): results of the internal review (lapse found, or controls and procedures followed). */
    internalReview: freeText(1, 4000).optional(),
    /** (11) / II(k): efforts to remediate the situation that permitted the event. */
    remediation: freeText(1, 4000).optional(),
    /** (12) / II(l): the privacy policy (a link or document reference to attach) ... */
    privacyPolicy: freeText(1, 1000).optional(),
    /** ... and the steps the licensee will take to investigate and notify affected consumers. */
    investigationSteps: freeText(1, 4000).optional(),
    /** Bulletin 23-04: steps to mitigate damage to consumers (notices, credit monitoring). */
    consumerMitigation: freeText(1, 4000).optional(),
    /** (13) / II(m): a person familiar with the event and authorized to act for the licensee. */
    contactPerson: ContactPerson.optional(),
    /** The investigation's four determinations as they are made (RSMo 375.1407.2, RSA 420-P:5 II). */
    investigation: z.partialRecord(z.enum(INVESTIGATION_ITEMS), InvestigationItem).optional(),
  })
  .refine((d) => !d.compromisedFrom || !d.compromisedUntil || Date.parse(d.compromisedUntil) >= Date.parse(d.compromisedFrom), {
    message: 'must not be before compromisedFrom',
    path: ['compromisedUntil'],
  });
export type EventDetails = z.infer<typeof EventDetails>;
export type EventDetailKey = keyof EventDetails;

/**
 * The kinds of data involved, never the data itself: each state's breach law defines "personal information" as a
 * name with one of these (Ala. Code § 8-38-2(6), Conn. Gen. Stat. § 36a-701b(a)(2), ...), so the kinds decide which
 * laws apply. List the kinds that were unencrypted, or encrypted with the key taken. Absent: every law is taken to
 * apply (the reading that owes the notice).
 */
export const DATA_KINDS = [
  'social-security-number', 'taxpayer-id', 'drivers-license-or-state-id', 'passport-number', 'military-id', 'other-government-id',
  'account-number-with-code', 'account-or-card-number-alone', 'medical-information', 'health-insurance-information', 'biometric-data',
  'username-or-email-with-password', 'date-of-birth', 'mothers-maiden-name', 'employer-id-with-code', 'electronic-signature',
  'dna-profile', 'precise-geolocation',
] as const;
export const DataKind = z.enum(DATA_KINDS, { error: `must be one of ${DATA_KINDS.join(', ')}` });
export type DataKind = z.infer<typeof DataKind>;

/** A written finding that the breach is unlikely to harm (Ala. Code § 8-38-5(f), Iowa Code § 715C.2(6), AS 45.48.010(c) ...). */
export const NoHarmDetermination = z.strictObject({
  madeAt: Instant,
  inWriting: z.boolean({ error: 'must be true or false' }),
  /** AS 45.48.010(c): the Attorney General is told in writing before the determination is relied on. */
  attorneyGeneralNotifiedAt: Instant.optional(),
});

/** A law-enforcement agency's request to delay the consumer notice (Ala. Code § 8-38-5(c), Iowa Code § 715C.2(3) ...). */
export const LawEnforcementDelay = z
  .strictObject({
    requestedAt: Instant,
    inWriting: z.boolean({ error: 'must be true or false' }),
    /** When the agency said the notice no longer impedes its investigation. */
    liftedAt: Instant.optional(),
  })
  .refine((d) => !d.liftedAt || Date.parse(d.liftedAt) >= Date.parse(d.requestedAt), { message: 'must not be before requestedAt', path: ['liftedAt'] });

/**
 * The incident ID is the workflow ID: never encrypted (workflow ID, search attributes, email subjects,
 * Message-IDs, file names). A conservative shape (no dots, so no "." or ".." path parts) and the
 * nonpublic-information screen keep it safe to show everywhere.
 */
/** The shape of an incident ID, the one pattern every door, the record store's file names and the schema use. */
export const INCIDENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const IncidentId = z
  .string({ error: 'must be text' })
  .regex(INCIDENT_ID_PATTERN, 'must be 1-64 characters of letters, digits, "_" or "-", starting with a letter or digit')
  // An underscore stands for a space here: a number after it is screened as a bare number, not as glued to a word.
  .superRefine((v, ctx) => screenText(v.replace(/_/g, ' '), ctx));

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
  materialHarmLikely: MaterialHarm,
  otherGovernmentNoticeRequired: z.boolean({ error: 'must be true or false' }),
  breachOfSecurity: z.boolean({ error: 'must be true or false' }).optional(),
  producersOfRecord: z.boolean({ error: 'must be true or false' }).optional(),
  cedingInsurers: z.array(freeText(1, 200)).max(50, 'must list at most 50 ceding insurers').optional(),
  /**
   * The licensee holds the data for another, who owns or licenses it: that owner is notified immediately
   * after discovery (RSMo 407.1500.2(2), RSA 359-C:20 I(c)).
   */
  dataOwner: freeText(1, 200, 'must name the owner or licensee of the data').optional(),
  /**
   * A ceding insurer told of the event by its reinsurer (assuming insurer): it keeps its consumer and other
   * notice duties (RSMo 375.1410.5(1)(b), RSA 420-P:6 V(a)(2)); the notice gives it actual knowledge.
   */
  reinsurerNotice: z
    .strictObject({ reinsurer: freeText(1, 200, 'must name the reinsurer'), notifiedAt: Instant })
    .optional(),
  /** Governed by the HIPAA/HITECH rules and keeps nonpublic information as protected health information (RSMo 375.1417.1(2)). */
  hipaaCovered: z.boolean({ error: 'must be true or false' }).optional(),
  contacts: z.strictObject({
    owner: Email,
    escalation: z.array(Email).max(10, 'must list at most 10 escalation contacts'),
  }),
  notifications: Notifications.optional(),
  eventDetails: EventDetails.optional(),
  /** When the breach was discovered, for breach laws that count from discovery (Conn. Gen. Stat. § 36a-701b(b)(1)). */
  discoveredAt: Instant.optional(),
  /** Per state, when consumers were told: it starts clocks such as Iowa's five business days (Iowa Code § 715C.2(8)). */
  consumerNoticeGivenAt: z.partialRecord(StateCode, Instant).optional(),
  dataKinds: z
    .array(DataKind)
    .max(DATA_KINDS.length, `must list at most the ${DATA_KINDS.length} kinds`)
    .refine((xs) => new Set(xs).size === xs.length, { message: 'must not list a kind twice' })
    .optional(),
  /** Per state, a determination that the breach is unlikely to harm its residents, where that state's law lets it remove the notice. */
  noHarmDetermination: z.partialRecord(StateCode, NoHarmDetermination).optional(),
  lawEnforcementDelay: LawEnforcementDelay.optional(),
});

export type Incident = z.infer<typeof Incident>;
export type ThirdParty = z.infer<typeof ThirdParty>;
export type LicenseeRole = z.infer<typeof LicenseeRole>;

/** One refusal, named by its field path (`licensee.role`, `residents.TX`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** What the library says without a message of ours ("Invalid input: expected boolean, received string"), in the project's words. */
const TYPE_WORDS: Record<string, string> = {
  boolean: 'must be true or false',
  number: 'must be a number',
  int: 'must be a whole number',
  string: 'must be text',
  array: 'must be a list',
  object: 'must be an object',
  record: 'must be an object',
};

/** The value an issue's path points at in the input (undefined where the input has nothing there). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const k of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[k] : undefined;
  return at;
}

function projectWording(issue: z.core.$ZodIssue, input: unknown): string {
  // A missing field (an empty form field is left out) is "required", never a type error about nothing.
  const missing = issue.code === 'invalid_type' && (/received undefined/.test(issue.message) || (input !== NO_INPUT && valueAt(input, issue.path) === undefined));
  if (missing) return 'is required';
  if (!/^Invalid /.test(issue.message)) return issue.message; // one of ours
  if (issue.code === 'invalid_type') return TYPE_WORDS[issue.expected] ?? `must be ${issue.expected}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  return issue.message.replace(/^Invalid input:?\s*/, 'not valid: ') || 'not valid';
}

const NO_INPUT = Symbol('no input');

/** The issues as field problems; given the input, a field left out is said to be required whatever its type. */
export function fieldProblems(error: z.ZodError, input: unknown = NO_INPUT): FieldProblem[] {
  return error.issues.map((issue) => {
    let p = issue.path.map(String).join('.');
    const message = projectWording(issue, input);
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
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: fieldProblems(r.error, input) };
}

export const parseIncident = (input: unknown): ParseResult<Incident> => parseWith(Incident, input);

/** JSON Schema exported from the zod schema (docs/design.md §2), for editors and other tools. */
export function incidentJsonSchema(): unknown {
  return z.toJSONSchema(Incident, { io: 'input', unrepresentable: 'any' });
}
