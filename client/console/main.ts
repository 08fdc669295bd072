/**
 * `npm run console`: the ops console alone, against TEMPORAL_ADDRESS. Needs BREACHCLOCK_CONSOLE_TOKEN;
 * listens on 127.0.0.1 unless BREACHCLOCK_CONSOLE_HOST says otherwise.
 */
import { codecFromConfig, ConfigError, consoleTls, loadConfig, oidcFromConfig, recordsDir, tokensFile, withDefaultKeyFile } from '../../platform/config';
import { jsonLogger } from '../../platform/log';
import { RecordStore } from '../../platform/record-store';
import { connectClient } from '../../application/temporal-client';
import { buildConsole, checkListen } from './server';

async function main() {
  const config = withDefaultKeyFile(loadConfig());
  const host = process.env.BREACHCLOCK_CONSOLE_HOST ?? '127.0.0.1';
  try {
    checkListen(host, config.BREACHCLOCK_CONSOLE_TOKEN);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  const client = await connectClient(config);
  const codec = codecFromConfig(config);
  const tls = consoleTls(config);
  const app = await buildConsole({
    client, taskQueue: config.TEMPORAL_TASK_QUEUE, token: config.BREACHCLOCK_CONSOLE_TOKEN!, codec, records: new RecordStore(recordsDir(config), codec), uiOrigin: config.BREACHCLOCK_UI_ORIGIN,
    tokensFile: tokensFile(config), oidc: oidcFromConfig(config), ...tls,
    logger: jsonLogger('breachclock-console', { level: config.BREACHCLOCK_LOG_LEVEL }), metricsToken: config.BREACHCLOCK_METRICS_TOKEN,
  });
  await app.listen({ host, port: config.BREACHCLOCK_CONSOLE_PORT });
  const base = `${tls.tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${config.BREACHCLOCK_CONSOLE_PORT}`;
  app.log.info({ url: `${base}/login` }, `console listening (sign in ${config.BREACHCLOCK_OIDC_ISSUER ? 'with your organisation\'s account or ' : 'with '}the token)`);
  if (codec) app.log.info({ url: `${base}/codec`, uiOrigin: config.BREACHCLOCK_UI_ORIGIN }, 'codec endpoint for the Temporal UI');
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `breachclock console: ${(err as Error).message}`);
  process.exit(err instanceof ConfigError ? 2 : 1);
});
