/**
 * Who the CLI acts as. The CLI talks to Temporal directly, so breachclock cannot verify this identity: it is
 * whatever the operator configured (--as, or BREACHCLOCK_ACTOR, or the OS user), marked `cli-configured`.
 * Temporal's own access control (mTLS, API keys, namespace permissions) is what guards the CLI.
 */
import os from 'node:os';
import type { Actor } from '../domain/incident/actor';

/** "Dana Reyes <dana@example.com>" → subject the address, name the words; a bare name is both. */
export function cliActor(as: string | undefined, env: NodeJS.ProcessEnv = process.env): Actor {
  const configured = (as ?? env.BREACHCLOCK_ACTOR ?? '').trim() || osUser();
  const m = /^(.*?)\s*<([^<>\s]+)>\s*$/.exec(configured);
  const displayName = (m ? m[1] || m[2] : configured).slice(0, 200);
  const subject = (m ? m[2].toLowerCase() : configured).slice(0, 200);
  return { subject, displayName, authenticatedBy: 'cli-configured', role: 'admin' };
}

function osUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
