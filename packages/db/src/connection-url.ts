import postgres from 'postgres';

/**
 * A postgres.js client for a connection URL, honouring libpq's `host` query parameter for a
 * server on the same machine: `postgres://qms_app@localhost:5432/qms?host=/var/run/postgresql`
 * connects through the Unix socket in that directory (as `psql` does with the same URL).
 * postgres.js itself would send `host` to the server as a setting, which refuses it. A local
 * socket costs much less per statement than loopback TCP, whose every write also runs the
 * receiving side of the network stack.
 */
export function postgresClient(
  url: string,
  options: postgres.Options<Record<string, never>> = {},
): postgres.Sql {
  const { url: withoutHost, socketPath } = socketOf(url);
  return postgres(withoutHost, socketPath ? { ...options, path: socketPath } : options);
}

/** Splits libpq's `host=/directory` parameter off a URL into the socket's path. */
export function socketOf(url: string): { url: string; socketPath: string | undefined } {
  const parsed = new URL(url);
  const host = parsed.searchParams.get('host');
  if (!host?.startsWith('/')) return { url, socketPath: undefined };
  parsed.searchParams.delete('host');
  return { url: parsed.toString(), socketPath: `${host.replace(/\/$/, '')}/.s.PGSQL.${parsed.port || 5432}` };
}
