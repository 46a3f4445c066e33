import 'reflect-metadata';
import { createLogger, onShutdown, portFromEnv } from '@careplan/runtime';
import { startGateway } from './gateway';
import { subgraphUrlsFromEnv } from './subgraphs';
import { readSupergraph } from './supergraph';

// Before anything from Apollo is constructed: a care system must not phone home.
process.env.APOLLO_TELEMETRY_DISABLED = '1';
const logger = createLogger('gateway');

startGateway({
  supergraphSdl: readSupergraph(),
  subgraphUrls: subgraphUrlsFromEnv(),
  host: process.env.HOST ?? '127.0.0.1',
  port: portFromEnv('gateway'),
  logger,
})
  .then((running) => onShutdown(logger, [() => running.close()]))
  .catch((err: unknown) => {
    logger.fatal({ err }, 'gateway failed to start');
    process.exit(1);
  });
