export * from './logger';
export * from './http';
export * from './shutdown';
export * from './errors';
export * from './graph-client';
export * from './events';
export * from './defaults';
export * from './webhook-signature';
