#!/usr/bin/env node
// The `ecograph` command (package.json "bin"): the TypeScript CLI run through tsx, as every
// project script is. `npx ecograph --help` from the clone.
require('tsx/cjs/api').register();
require('../ecograph.ts');
