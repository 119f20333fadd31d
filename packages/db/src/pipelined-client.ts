import type postgres from 'postgres';

/**
 * How the application talks to a PostgreSQL server through drizzle, in as few round trips as
 * the driver allows. Both measures below were found with `pnpm --filter @qms/gateway bench`
 * (docs/benchmarks.md): a tenant-scoped read went from six socket writes to PostgreSQL to three.
 */

/**
 * drizzle asks postgres.js not to prepare its queries, and postgres.js then describes every
 * parameterised query before running it: two round trips per statement. Prepared (cached per
 * connection), a statement is one round trip from its second use on. Statements with many
 * parameters (bulk inserts, whose text varies with the row count) stay unprepared so that the
 * per-connection cache stays small.
 */
const PREPARE_UP_TO_PARAMETERS = 64;
type Unsafe = postgres.Sql['unsafe'];
const preparing =
  (unsafe: Unsafe): Unsafe =>
  (query, parameters, options) =>
    unsafe(query, parameters, {
      ...options,
      prepare: (parameters?.length ?? 0) <= PREPARE_UP_TO_PARAMETERS,
    });

/** The parts of postgres.js's internal connection object this module relies on (3.4.x). */
interface DriverConnection {
  onclose: ((error: unknown) => void) | null;
}

/**
 * A transaction whose BEGIN is not awaited on its own: it leaves in the same socket write as the
 * transaction's first statement (which enters the tenant), one round trip instead of two.
 * postgres.js sends a query when it is awaited and coalesces the messages queued in one tick, so
 * BEGIN is started here and the first statement follows within the same tick. PostgreSQL runs
 * them in order; if BEGIN failed, nothing more is sent on that connection.
 *
 * postgres.js's own `begin` races the transaction against the connection closing; a reserved
 * connection does not, so this does the same through the `onexecute` hook its `begin` uses:
 * when the socket dies mid-transaction the work is abandoned with CONNECTION_CLOSED at once
 * (not left waiting for answers that will never come), nothing more is written to the dead
 * connection, and it is not handed back to the pool (postgres.js reconnects it itself).
 */
function pipelinedBegin(client: postgres.Sql) {
  return async <T>(fn: (sql: postgres.TransactionSql) => T | Promise<T>): Promise<T> => {
    const reserved = await client.reserve();
    let driverConnection: DriverConnection | undefined;
    let closed: unknown;
    let failedToBegin: unknown;
    let abandon: (error: unknown) => void = () => {};
    const abandoned = new Promise<never>((_, reject) => {
      abandon = reject;
    });
    abandoned.catch(() => undefined);
    const onexecute = (connection: DriverConnection) => {
      driverConnection = connection;
      connection.onclose = (error) => {
        closed = error ?? new Error('The database connection closed');
        abandon(closed);
      };
      return true; // go on pipelining
    };
    const begun = reserved.unsafe('begin', [], { onexecute } as postgres.UnsafeQueryOptions).execute();
    begun.catch((error: unknown) => {
      failedToBegin = error;
      abandon(error);
    });
    let savepoints = 0;
    const prepared = preparing(reserved.unsafe.bind(reserved));
    // Every statement of the transaction, its savepoints included, goes through `reserved` and
    // is refused once the connection is lost: postgres.js would write it to the closed
    // connection from a timer, where the error is uncaught and ends the process.
    const guarded =
      (unsafe: Unsafe): Unsafe =>
      (...args) => {
        const refusal = closed ?? failedToBegin;
        if (refusal) throw refusal;
        return unsafe(...args);
      };
    const unsafe = guarded(prepared);
    const plain = guarded(reserved.unsafe.bind(reserved));
    const scoped = new Proxy(reserved, {
      get(target, property, receiver) {
        if (property === 'unsafe') return unsafe;
        if (property === 'savepoint') {
          return async <S>(work: (sql: postgres.Sql) => Promise<S>) => {
            const name = `s${savepoints++}`;
            // Like BEGIN, the savepoint is not awaited on its own: started first, it leaves in
            // the same socket write as the work's first statements, and the server runs it
            // before them. If it fails, they fail too, and its error is the one reported.
            const saved = plain(`savepoint ${name}`).execute();
            saved.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
            try {
              const result = await work(receiver as postgres.Sql).catch(async (error: unknown) => {
                await saved;
                throw error;
              });
              await saved;
              return result;
            } catch (error) {
              await plain(`rollback to savepoint ${name}`);
              throw error;
            }
          };
        }
        return Reflect.get(target, property, receiver);
      },
    }) as unknown as postgres.TransactionSql;
    try {
      const result = await Promise.race([fn(scoped), abandoned]);
      await Promise.race([begun, abandoned]);
      await Promise.race([plain('commit'), abandoned]);
      return result;
    } catch (error) {
      if (!closed && !failedToBegin) {
        await Promise.race([plain('rollback'), abandoned]).catch(() => undefined);
      }
      throw error;
    } finally {
      if (driverConnection) driverConnection.onclose = null;
      if (!closed) reserved.release();
    }
  };
}

/** `client` as drizzle should use it: prepared statements, and BEGIN pipelined with the first statement. */
export function pipelinedClient(client: postgres.Sql): postgres.Sql {
  const begin = pipelinedBegin(client);
  const unsafe = preparing(client.unsafe.bind(client));
  return new Proxy(client, {
    get: (target, property, receiver) =>
      property === 'begin' ? begin : property === 'unsafe' ? unsafe : Reflect.get(target, property, receiver),
  });
}
