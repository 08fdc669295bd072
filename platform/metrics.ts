/**
 * breachclock's own Prometheus metrics (docs/operations.md, "Metrics, health and logs"), with prom-client.
 * Labels are closed sets only (a kind, an outcome, a phase): never an incident ID, an address or any text of
 * an incident, for cardinality and because a metrics store is not encrypted.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/** What the activities count; an interface so they depend on no metrics library (activities/index.ts). */
export interface ActivityMetrics {
  emailSent(): void;
  /** `permanent`: the SMTP server refused (5xx), not retried; `transient`: retried by Temporal. */
  emailFailed(kind: 'permanent' | 'transient'): void;
  /** An email attempt after the first (the activity's attempt > 1). */
  emailRetried(): void;
  recordExported(what: 'record' | 'audit-page', outcome: 'written' | 'existing' | 'failed'): void;
  planFailed(): void;
}

export const NO_ACTIVITY_METRICS: ActivityMetrics = {
  emailSent() {},
  emailFailed() {},
  emailRetried() {},
  recordExported() {},
  planFailed() {},
};

/** Every metric name breachclock registers (ops/ alert rules and the dashboard are checked against them). */
export const METRIC_NAMES = {
  emailsSent: 'breachclock_emails_sent_total',
  emailsFailed: 'breachclock_emails_failed_total',
  emailsRetried: 'breachclock_emails_retried_total',
  recordExports: 'breachclock_record_exports_total',
  planFailures: 'breachclock_plan_failures_total',
  incidents: 'breachclock_incidents',
  overdueIncidents: 'breachclock_incidents_overdue',
  overdueObligations: 'breachclock_obligations_overdue',
  gaugeSampledAt: 'breachclock_incident_gauges_sampled_timestamp_seconds',
  gaugeSampleFailures: 'breachclock_incident_gauge_sample_failures_total',
  httpRequests: 'breachclock_console_http_requests_total',
  httpDuration: 'breachclock_console_http_request_duration_seconds',
  refusals: 'breachclock_console_refusals_total',
} as const;

/** The incident gauges, read from Temporal visibility (worker/incident-gauges.ts sets them). */
export interface IncidentGauges {
  incidents: Gauge<'phase'>;
  overdueIncidents: Gauge;
  overdueObligations: Gauge;
  sampledAt: Gauge;
  sampleFailures: Counter;
}

export interface WorkerMetrics {
  registry: Registry;
  activities: ActivityMetrics;
  gauges: IncidentGauges;
}

function activityCounters(registry: Registry): ActivityMetrics {
  const registers = [registry];
  const sent = new Counter({ name: METRIC_NAMES.emailsSent, help: 'Emails the SMTP server accepted.', registers });
  const failed = new Counter({ name: METRIC_NAMES.emailsFailed, help: 'Email attempts that failed, by kind (permanent: refused, not retried).', labelNames: ['kind'], registers });
  const retried = new Counter({ name: METRIC_NAMES.emailsRetried, help: 'Email attempts after the first.', registers });
  const recordExports = new Counter({ name: METRIC_NAMES.recordExports, help: 'Record and audit-page exports, by what and outcome.', labelNames: ['what', 'outcome'], registers });
  const planFailures = new Counter({ name: METRIC_NAMES.planFailures, help: 'Plans that failed (not retried).', registers });
  return {
    emailSent: () => sent.inc(),
    emailFailed: (kind) => failed.inc({ kind }),
    emailRetried: () => retried.inc(),
    recordExported: (what, outcome) => recordExports.inc({ what, outcome }),
    planFailed: () => planFailures.inc(),
  };
}

function incidentGauges(registry: Registry): IncidentGauges {
  const registers = [registry];
  return {
    incidents: new Gauge({ name: METRIC_NAMES.incidents, help: 'Running incidents by phase (Temporal visibility).', labelNames: ['phase'], registers }),
    overdueIncidents: new Gauge({ name: METRIC_NAMES.overdueIncidents, help: 'Running incidents with at least one overdue obligation.', registers }),
    overdueObligations: new Gauge({ name: METRIC_NAMES.overdueObligations, help: 'Overdue obligations over all running incidents.', registers }),
    sampledAt: new Gauge({ name: METRIC_NAMES.gaugeSampledAt, help: 'When the incident gauges were last read from visibility (Unix seconds).', registers }),
    sampleFailures: new Counter({ name: METRIC_NAMES.gaugeSampleFailures, help: 'Visibility reads for the incident gauges that failed.', registers }),
  };
}

/** A fresh registry with the process's default metrics (CPU, memory, event loop) and breachclock's. */
export function createWorkerMetrics(): WorkerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return { registry, activities: activityCounters(registry), gauges: incidentGauges(registry) };
}

/**
 * The SDK's metrics (its Prometheus exporter, `temporal_` prefix, counters without `_total`) that ops/ relies on;
 * test/integration/operable.test.ts checks each is in a real scrape.
 */
export const SDK_METRIC_NAMES = [
  'temporal_num_pollers',
  'temporal_worker_task_slots_available',
  'temporal_workflow_task_execution_latency',
  'temporal_activity_execution_latency',
  'temporal_request',
  'temporal_sticky_cache_size',
] as const;

/** prom-client's default process metrics the dashboard shows (createWorkerMetrics registers them). */
export const PROCESS_METRIC_NAMES = ['process_resident_memory_bytes', 'nodejs_eventloop_lag_p99_seconds'] as const;
