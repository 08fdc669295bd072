#!/usr/bin/env node
// The package's bin: runs the TypeScript CLI through tsx (a runtime dependency), so no build step is needed.
require('tsx/cjs');
// `breachclock ... | head`: a closed pipe ends the command quietly, with no stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = require('../client/cli.ts');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
