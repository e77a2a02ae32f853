/** `ecograph …` (the package's bin, `npx ecograph`) and every `npm run` alias of it. */
// First: commands load the API's decorated types (type-graphql needs the metadata polyfill).
import 'reflect-metadata';
import { runProgram } from './cli/program';

void runProgram(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
