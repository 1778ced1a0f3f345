export { openDatabase, createPglite, isConnectionError, type Database, type DatabaseKind, type Listener } from './database.js';
export { withTenant, withSystem, type Tx, type TxOptions } from './transactions.js';
export { migrate, pendingMigrations, loadMigrations } from './migrate.js';
export type { DB } from './schema.js';
