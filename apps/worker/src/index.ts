export { startWorker, type WorkerOptions, type RunningWorker } from './worker';
export { EventRegistry, type EventHandler, type HandlerContext } from './events/registry';
export { ServiceGraph } from './events/service-graph';
export { startDomainEventConsumer } from './events/consumer';
export { handlers } from './handlers';
