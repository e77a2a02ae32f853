#!/usr/bin/env node
// The `ecograph` command (package.json "bin"): the TypeScript CLI run through tsx, as every
// project script is. `npx ecograph --help` from the clone. The repository's tsconfig is named
// explicitly: from another working directory tsx would not find it (decorators need it).
const path = require('node:path');

process.env.TSX_TSCONFIG_PATH ??= path.join(__dirname, '..', '..', 'tsconfig.json');
require('tsx/cjs/api').register();
require('../ecograph.ts');
