#!/usr/bin/env node
// The package's bin: runs the TypeScript CLI through tsx (a runtime dependency), so no build step is needed.
require('tsx/cjs');
const { main } = require('../client/cli.ts');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
