import { buildProgram } from './program.ts';
import { fail } from './run.ts';

const program = buildProgram();

// Whatever escapes a command (a server's 'error' event, a stray rejection) still ends in one line.
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

await program.parseAsync().catch(fail);
