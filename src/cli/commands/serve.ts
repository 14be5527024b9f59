import type { Command } from 'commander';
import { boot } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { startCosigner } from '../../core/ledger/cosigning/cosigner.ts';
import { listen } from '../../core/http/server.ts';
import { modules } from '../../modules/index.ts';
import { action, CliError, fail } from '../run.ts';

export function serveCommand(program: Command) {
  program
    .command('serve')
    .description('serve the API, the web app and the log (PGlite under DATA_DIR, or DATABASE_URL)')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 8080)')
    .option('--host <host>', 'address to bind (env HOST, default 0.0.0.0)')
    .option('--data-dir <dir>', 'folder of the embedded database (env DATA_DIR, default ./data)')
    .option('--database-url <url>', 'use PostgreSQL instead of PGlite (env DATABASE_URL)')
    .action(
      action(async (opts: { port?: string; host?: string; dataDir?: string; databaseUrl?: string }) => {
        const config = loadConfig(opts);
        const { app, database, deps, firstAdmin } = await boot(config, modules);
        if (firstAdmin) {
          // Shown once, on the first start only; it is stored only as a scrypt hash.
          console.log(
            `First start: created the admin account\n  e-mail:   ${firstAdmin.email}\n  password: ${firstAdmin.password}\nKeep the password now; it will not be shown again.`,
          );
        }
        // Asks the log's witnesses to cosign its checkpoints, beside the requests, never in their path.
        const cosigner = startCosigner({ db: database.db, ...config, logger: deps.logger });
        const server = listen(app, config, (port) => {
          // Plain words for whoever started it; the JSON log follows on the same stream.
          console.log(`Concord listening on http://localhost:${port} (database: ${database.kind}; public URL ${config.publicUrl})`);
          deps.logger.info({ port, database: database.kind, publicUrl: config.publicUrl }, 'listening');
        });
        // A port in use or not ours to bind arrives as an 'error' event: one line, and the database closed.
        server.once('error', (err: NodeJS.ErrnoException) => {
          const reason = err.code === 'EADDRINUSE' ? 'the port is in use' : err.code === 'EACCES' ? 'permission denied' : err.message;
          void cosigner
            .stop()
            .then(() => database.close())
            .finally(() => fail(new CliError(`cannot listen on ${config.host}:${config.port}: ${reason}`)));
        });
        const stop = () =>
          server.close(
            () =>
              void cosigner
                .stop()
                .then(() => database.close())
                .then(() => process.exit(0), fail),
          );
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
    );
}
