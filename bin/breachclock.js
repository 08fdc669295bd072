#!/usr/bin/env node
// The package's bin: runs the compiled CLI (dist/, made by `npm run build`; npm start and npm test build it).
const path = require('node:path');
const cli = path.join(__dirname, '../dist/client/cli.js');
if (!require('node:fs').existsSync(cli)) {
  console.error('breachclock is not built: run `npm run build` (npm start and npm test build it too).');
  process.exit(1);
}
// `breachclock ... | head`: a closed pipe ends the command quietly, with no stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
