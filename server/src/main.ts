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
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await running.stop().catch((err) => logger.error({ err }, 'error while stopping'));
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
