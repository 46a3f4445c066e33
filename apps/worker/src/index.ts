export { startWorker, type WorkerOptions, type RunningWorker } from './worker';
export { EventRegistry, type EventHandler } from './events/registry';
export { startDomainEventConsumer } from './events/consumer';
export { handlers } from './handlers';
