/**
 * A first build shows its own progress (issue 25: a new user waited 11 minutes behind one "go: downloading"
 * line): each line of the build's output is echoed as it comes, and what `go install -v` did is counted.
 */
import { goProgress, runWithProgress } from '../../scripts/dev/build-progress';
import { sdkDownloadUnavailable } from '../../scripts/dev/temporal-binaries';

test('each line of the build is echoed as it comes, and the last line sums up what was done', async () => {
  const lines: string[] = [];
  const progress = goProgress();
  const script = "for (const l of ['go: downloading go.temporal.io/api v1.53.0', 'go: downloading github.com/spf13/cobra v1.9.1', 'go.temporal.io/api/enums/v1', 'github.com/temporalio/cli/cmd/temporal']) console.error(l)";
  await runWithProgress('Building', process.execPath, ['-e', script], process.env, (l) => lines.push(l), { echo: true, ...progress });
  expect(lines).toContain('  go: downloading go.temporal.io/api v1.53.0');
  expect(lines).toContain('  github.com/temporalio/cli/cmd/temporal');
  expect(lines[lines.length - 1]).toMatch(/^Building: done in \d+s, 2 modules downloaded, 2 packages built$/);
});

test('a failed build says so with its last lines', async () => {
  await expect(runWithProgress('Building', process.execPath, ['-e', "console.error('no such module'); process.exit(1)"], process.env, () => undefined)).rejects.toThrow(
    /Building failed \(exit 1\)[\s\S]*no such module/,
  );
});

test('nothing to count when everything was cached', () => {
  expect(goProgress().summary()).toBe('');
});

test('BREACHCLOCK_SDK_DOWNLOAD=0 skips the SDK download without asking the network', async () => {
  const before = process.env.BREACHCLOCK_SDK_DOWNLOAD;
  process.env.BREACHCLOCK_SDK_DOWNLOAD = '0';
  try {
    expect(await sdkDownloadUnavailable()).toBe('BREACHCLOCK_SDK_DOWNLOAD=0');
  } finally {
    if (before === undefined) delete process.env.BREACHCLOCK_SDK_DOWNLOAD;
    else process.env.BREACHCLOCK_SDK_DOWNLOAD = before;
  }
});
