/**
 * Starts the Temporal servers breachclock runs on, from the binaries `npm run setup` found or built
 * (scripts/dev/temporal-binaries.ts). Never downloads.
 */
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporal } from '@temporalio/proto';
import { SearchAttributeType } from '@temporalio/common';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { MissingTemporalBinaryError, resolveTemporalBinaries } from './temporal-binaries';

export interface DevServerOptions {
  /** SQLite file; in memory when absent. */
  dbFilename?: string;
  ip?: string;
  port?: number;
  /** Web UI port; no UI when absent. */
  uiPort?: number;
  uiCodecEndpoint?: string;
}

/**
 * Worker deployment versions and the workflow APIs that pin and move workflows (docs/operations.md): on by
 * default in the dev server of CLI 1.5.1 (server 1.29.1), named so a versioned worker never depends on it.
 */
export const VERSIONING_FLAGS = ['system.enableDeploymentVersions=true', 'frontend.workerVersioningWorkflowAPIs=true'].flatMap((v) => ['--dynamic-config-value', v]);

/** The Temporal CLI dev server: full server, SQLite, Web UI, our search attributes registered. */
export async function startDevServer(opts: DevServerOptions = {}): Promise<TestWorkflowEnvironment> {
  const { devServer } = resolveTemporalBinaries();
  const extraArgs = ['--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=NORMAL', ...VERSIONING_FLAGS];
  if (opts.uiCodecEndpoint) extraArgs.push('--ui-codec-endpoint', opts.uiCodecEndpoint);
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: devServer.executable,
      ...(opts.dbFilename ? { dbFilename: opts.dbFilename } : {}),
      ip: opts.ip ?? '127.0.0.1',
      ...(opts.port ? { port: opts.port } : {}),
      ...(opts.uiPort ? { ui: true, uiPort: opts.uiPort } : {}),
      searchAttributes: SEARCH_ATTRIBUTES,
      extraArgs,
    },
  });
}

/** The Java time-skipping test server, for workflow tests that cross days. */
export async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const { testServer } = resolveTemporalBinaries();
  if (!testServer) throw new MissingTemporalBinaryError('Missing: the time-skipping test server (set TEMPORAL_TEST_SERVER, or run `npm run setup`; the tests run it first)');
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: testServer.executable } });
  // The test server starts with no custom search attributes; the workflow upserts ours.
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(SEARCH_ATTRIBUTES.map((k) => [k.name, indexedValueType(k.type)])),
  });
  return env;
}

function indexedValueType(t: SearchAttributeType): temporal.api.enums.v1.IndexedValueType {
  const V = temporal.api.enums.v1.IndexedValueType;
  switch (t) {
    case SearchAttributeType.KEYWORD: return V.INDEXED_VALUE_TYPE_KEYWORD;
    case SearchAttributeType.KEYWORD_LIST: return V.INDEXED_VALUE_TYPE_KEYWORD_LIST;
    case SearchAttributeType.DATETIME: return V.INDEXED_VALUE_TYPE_DATETIME;
    case SearchAttributeType.INT: return V.INDEXED_VALUE_TYPE_INT;
    case SearchAttributeType.BOOL: return V.INDEXED_VALUE_TYPE_BOOL;
    case SearchAttributeType.DOUBLE: return V.INDEXED_VALUE_TYPE_DOUBLE;
    default: return V.INDEXED_VALUE_TYPE_TEXT;
  }
}
