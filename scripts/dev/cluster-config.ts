/** The Temporal server's configuration for the cluster: four history shards, each service on its own loopback port. */

/**
 * Dynamic configuration: worker deployment versions and the workflow APIs that pin and move workflows (on by
 * default in server 1.29.1, set here so the cluster does not depend on that default), and how soon a version
 * that is no longer current reports whether pinned workflows still run on it (server default 3 minutes each).
 */
export interface DynamicConfigOptions {
  /** How often a draining version asks visibility for its open pinned workflows (a Go duration, e.g. "5s"). */
  drainageRefresh?: string;
  /** How long a version that stopped being current counts as in use regardless (visibility lags). */
  drainageGracePeriod?: string;
}

export function dynamicConfig(o: DynamicConfigOptions = {}): string {
  const values: Array<[string, string | boolean]> = [
    ['system.enableDeploymentVersions', true],
    ['frontend.workerVersioningWorkflowAPIs', true],
    ...(o.drainageRefresh ? [['matching.wv.VersionDrainageStatusRefreshInterval', o.drainageRefresh] as [string, string]] : []),
    ...(o.drainageGracePeriod ? [['matching.wv.VersionDrainageStatusVisibilityGracePeriod', o.drainageGracePeriod] as [string, string]] : []),
  ];
  return values.map(([k, v]) => `${k}:\n  - value: ${typeof v === 'string' ? JSON.stringify(v) : v}\n`).join('');
}

export interface ClusterPorts {
  pg: number;
  frontend: number;
  history: number;
  matching: number;
  worker: number;
  /** Below 32768: Temporal stores membership ports as a PostgreSQL smallint. */
  membership: number[];
  http: number;
}

const store = (pg: number, db: string, conns: number) => `      sql:
        pluginName: "postgres12"
        databaseName: "${db}"
        connectAddr: "127.0.0.1:${pg}"
        connectProtocol: "tcp"
        user: "postgres"
        password: ""
        maxConns: ${conns}
        maxIdleConns: ${conns}
        maxConnLifetime: "1h"`;

const service = (name: string, grpc: number, membership: number, extra = '') => `  ${name}:
    rpc:
      grpcPort: ${grpc}
      membershipPort: ${membership}
      bindOnLocalHost: true${extra}`;

/** One cluster of one server: no global namespaces, no archival. */
const SINGLE_CLUSTER = (frontend: number) => `clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: "127.0.0.1:${frontend}"
dcRedirectionPolicy:
  policy: "noop"
archival:
  history:
    state: "disabled"
  visibility:
    state: "disabled"
namespaceDefaults:
  archival:
    history:
      state: "disabled"
    visibility:
      state: "disabled"
`;

export function serverConfig(p: ClusterPorts, dynamicConfigFile: string): string {
  return `log:
  stdout: true
  level: warn
persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: 4
  datastores:
    postgres-default:
${store(p.pg, 'temporal', 20)}
    postgres-visibility:
${store(p.pg, 'temporal_visibility', 4)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
services:
${service('frontend', p.frontend, p.membership[0], `\n      httpPort: ${p.http}`)}
${service('matching', p.matching, p.membership[1])}
${service('history', p.history, p.membership[2])}
${service('worker', p.worker, p.membership[3])}
${SINGLE_CLUSTER(p.frontend)}dynamicConfigClient:
  filepath: "${dynamicConfigFile}"
  pollInterval: "10s"
`;
}
