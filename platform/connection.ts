/** Connection options for a real cluster: address, namespace, TLS client cert or API key (docs/design.md §7). */
import { readFileSync } from 'node:fs';
import type { Config } from './config';

export function connectionOptions(config: Config) {
  const tls = config.TEMPORAL_TLS_CERT
    ? {
        clientCertPair: {
          crt: readFileSync(config.TEMPORAL_TLS_CERT),
          key: readFileSync(config.TEMPORAL_TLS_KEY!),
        },
      }
    : config.TEMPORAL_API_KEY
      ? true
      : undefined;
  return {
    address: config.TEMPORAL_ADDRESS,
    ...(tls ? { tls } : {}),
    ...(config.TEMPORAL_API_KEY ? { apiKey: config.TEMPORAL_API_KEY } : {}),
  };
}
