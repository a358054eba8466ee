import 'reflect-metadata';
import { boot } from './boot.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

const bootLogger = createLogger(process.env.LOG_LEVEL ?? 'info');

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const running = await boot(config, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: giving up the lead, finishing in-flight requests');
    const unfinished = await running.stop();
    // Still 0: the process was asked to stop and has; what was cut short is in the log.
    if (unfinished.length > 0) logger.error({ unfinished }, 'stopped, some steps cut short');
    else logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  if (err instanceof ConfigError) bootLogger.fatal(err.message);
  else bootLogger.fatal({ err }, 'failed to start');
  process.exit(1);
});
