export * from './connection-url.js';
export * from './database.js';
export * from './migrate.js';
export * from './open.js';
export * as schema from './schema/index.js';
export * from './schema/index.js';
