export { startWorker, type WorkerOptions, type RunningWorker } from './worker';
export { DEFAULT_CONCURRENCY, concurrencyFromEnv, type WorkerConcurrency } from './concurrency';
export { EventRegistry, onEvent, type EventHandler, type HandlerContext } from './events/registry';
export { GraphRefused, ServiceGraph } from './events/service-graph';
export { processedMarker, startDomainEventConsumer } from './events/consumer';
export { handlers } from './handlers';
export { councilSweep, sweepAuthority } from './reminders/sweep';
export { reminderQueues, DEFAULT_REMINDER_TIMING, REVIEW_REMINDERS_QUEUE, NOTIFICATIONS_QUEUE, type ReminderTiming } from './reminders/queues';
