/** The Temporal server's configuration for the cluster: four history shards, each service on its own loopback port. */

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

export function serverConfig(p: ClusterPorts): string {
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
${SINGLE_CLUSTER(p.frontend)}`;
}
