export * from './database';
export * from './tokens';
export * from './redis';
export * from './http';
export * from './subgraph';
export * from './wait';
export * from './frontend';
export * from './journey';
