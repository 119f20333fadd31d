import { connect, createServer, type Server, type Socket } from 'node:net';
import { startTestPlatform, type TestPlatform } from '../harness.js';

/**
 * A TCP proxy in front of a shared server (PostgreSQL, Redis), so a test can take that server
 * away from the platform without stopping it for everyone else on the machine.
 *
 * - `cut()`: an outage. Every proxied connection is reset and the port stops listening, so new
 *   connections are refused (ECONNREFUSED), as when the server process is down.
 * - `blackhole()`: a network partition. Open connections are reset and new ones are accepted
 *   but never answered, so only the client's own timeouts end its wait.
 * - `restore()`: the server is back on the same port.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private mode: 'forward' | 'blackhole' = 'forward';
  /** Connections accepted over the proxy's life, to tell that a client reconnected. */
  accepted = 0;

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
    private listenPort: number,
  ) {}

  static async start(targetHost: string, targetPort: number): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetHost, targetPort, 0);
    await proxy.listen();
    return proxy;
  }

  get port(): number {
    return this.listenPort;
  }

  /** The target's URL with host and port swapped for the proxy's. */
  urlFor(targetUrl: string): string {
    const url = new URL(targetUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.listenPort);
    return url.toString();
  }

  private async listen(): Promise<void> {
    const server = createServer((client) => this.accept(client));
    // Re-listening on the port freed by `cut()`: the kernel may briefly refuse the address.
    for (let attempt = 0; ; attempt++) {
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(this.listenPort, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
          });
        });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    const address = server.address();
    if (typeof address === 'object' && address) this.listenPort = address.port;
    this.server = server;
  }

  private accept(client: Socket) {
    this.accepted++;
    this.track(client);
    client.on('error', () => {});
    if (this.mode === 'blackhole') return;
    const upstream = connect(this.targetPort, this.targetHost);
    this.track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  }

  private track(socket: Socket) {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }

  private dropConnections() {
    for (const socket of this.sockets) {
      if (socket.connecting) socket.destroy();
      else socket.resetAndDestroy();
    }
    this.sockets.clear();
  }

  /** The server goes down: open connections are reset, new ones refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.dropConnections();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The network goes silent: open connections are reset, new ones hang unanswered. */
  async blackhole(): Promise<void> {
    this.mode = 'blackhole';
    this.dropConnections();
    if (!this.server) await this.listen();
  }

  /** The server is back on the same port; connections left hanging by `blackhole()` are reset. */
  async restore(): Promise<void> {
    if (this.mode === 'blackhole') this.dropConnections();
    this.mode = 'forward';
    if (!this.server) await this.listen();
  }

  async close(): Promise<void> {
    await this.cut();
  }
}

/**
 * The harness's PostgreSQL platform, connected through `proxy`: the harness reads the server from
 * TEST_DATABASE_URL when it starts, so that is pointed at the proxy for the (synchronous) start of
 * the call and put back at once. Creating and dropping the test database go through the proxy too.
 */
export function startPostgresPlatformBehind(
  proxy: TcpProxy,
  serverUrl: string,
  env: Record<string, string> = {},
): Promise<TestPlatform> {
  const previous = process.env.TEST_DATABASE_URL;
  process.env.TEST_DATABASE_URL = proxy.urlFor(serverUrl);
  try {
    return startTestPlatform('postgres', env);
  } finally {
    process.env.TEST_DATABASE_URL = previous;
  }
}
