import { getConnInfo } from '@hono/node-server/conninfo';
import { type AppEnv, ProblemError, problemResponse } from '@qms/platform';
import type { Context } from 'hono';

/**
 * Forwarding to services deployed as their own processes. Bodies stream both ways (a CSV upload
 * of a million rows is never held in the gateway), the caller's `Authorization` goes through
 * untouched (each service verifies tokens itself), and a service that is down or slow becomes a
 * problem document rather than a hung request.
 */

/** Problems only the gateway raises: the service behind it failed, not the request. */
export const gatewayProblemKinds = {
  'bad-gateway': { status: 502, title: 'Bad gateway' },
  'gateway-timeout': { status: 504, title: 'Gateway timeout' },
} as const;

type GatewayProblemKind = keyof typeof gatewayProblemKinds;

function gatewayProblem(c: Context<AppEnv>, kind: GatewayProblemKind, detail: string): Response {
  const known = gatewayProblemKinds[kind];
  return new Response(
    JSON.stringify({
      type: `/problems/${kind}`,
      title: known.title,
      status: known.status,
      detail,
      instance: c.var.requestId,
    }),
    { status: known.status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** RFC 9110 §7.6.1: meaningful for one connection only, never forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

function withoutHopByHop(source: Headers): Headers {
  const headers = new Headers();
  // Headers the Connection header names are hop-by-hop too.
  const named = new Set(
    (source.get('connection') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  source.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name) && !named.has(name)) headers.append(name, value);
  });
  return headers;
}

function clientAddress(c: Context<AppEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // Not served by Node's HTTP server (app.request in a script): no socket to ask.
    return undefined;
  }
}

/** Connection refused or no such host: nothing listens there now (stopped, restarting, scaled to 0). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The connection failed under the request (closed, reset) rather than refusing it. */
const STALE_CONNECTION = new Set(['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNRESET', 'EPIPE']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown; errors?: unknown[] };
    if (typeof candidate.code === 'string') return candidate.code;
    // Happy eyeballs tries several addresses and reports an AggregateError.
    if (Array.isArray(candidate.errors) && candidate.errors.length > 0) current = candidate.errors[0];
    else current = candidate.cause;
  }
  return undefined;
}

export interface Upstream {
  /** The service's name, for logs and problem details. */
  name: string;
  /** Its base URL, e.g. `http://measures:3002`. */
  url: string;
  /** How long to wait for the service to start answering. */
  timeoutMs: number;
}

/** A handler that sends the request to `upstream` and streams its answer back. */
export function forwardTo(upstream: Upstream) {
  const base = upstream.url.replace(/\/+$/, '');
  return async (c: Context<AppEnv>): Promise<Response> => {
    const incoming = c.req.raw;
    const url = new URL(incoming.url);
    const headers = withoutHopByHop(incoming.headers);
    headers.delete('host');
    // The service answers with the gateway's request id, so one id follows the request throughout.
    headers.set('request-id', c.var.requestId);
    const address = clientAddress(c);
    if (address) {
      const earlier = incoming.headers.get('x-forwarded-for');
      headers.set('x-forwarded-for', earlier ? `${earlier}, ${address}` : address);
    }
    headers.set('x-forwarded-proto', url.protocol.replace(':', ''));
    headers.set('x-forwarded-host', incoming.headers.get('host') ?? url.host);
    // fetch would decode a compressed answer but keep its Content-Encoding: ask for it plain.
    headers.set('accept-encoding', 'identity');

    // The timeout bounds how long the service may stay silent: neither taking more of the body
    // nor starting its answer. A long upload that keeps moving is never cut off; once the answer
    // starts, its body streams unhurried.
    const timeout = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let answered = false;
    const arm = () => {
      if (answered) return;
      clearTimeout(timer);
      timer = setTimeout(
        () => timeout.abort(new DOMException('The service did not answer in time', 'TimeoutError')),
        upstream.timeoutMs,
      );
    };
    arm();
    const signal = AbortSignal.any([timeout.signal, incoming.signal]);
    const body =
      incoming.body !== null && incoming.method !== 'GET' && incoming.method !== 'HEAD'
        ? incoming.body.pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({
              transform(chunk, controller) {
                arm();
                controller.enqueue(chunk);
              },
              flush: arm,
            }),
          )
        : null;
    const send = () =>
      fetch(`${base}${url.pathname}${url.search}`, {
        method: incoming.method,
        headers,
        body,
        redirect: 'manual',
        signal,
        ...(body ? { duplex: 'half' } : {}),
      } as RequestInit);
    let answer: Response;
    try {
      try {
        answer = await send();
      } catch (error) {
        // A kept-alive connection the service had just closed: a request without a body and with
        // a safe method is sent again once, on a fresh connection. Others cannot be replayed
        // (the body is gone, or the service may have acted): they get a 502.
        const retry = body === null && SAFE_METHODS.has(incoming.method) && !signal.aborted;
        if (!retry || !STALE_CONNECTION.has(causeCode(error) ?? '')) throw error;
        answer = await send();
      }
    } catch (error) {
      const { logger } = c.var.services;
      if (timeout.signal.aborted) {
        logger.warn({ requestId: c.var.requestId, service: upstream.name }, 'service timed out');
        return gatewayProblem(
          c,
          'gateway-timeout',
          `The ${upstream.name} service did not answer within ${upstream.timeoutMs} ms`,
        );
      }
      const code = causeCode(error);
      logger.warn({ requestId: c.var.requestId, service: upstream.name, code }, 'service unreachable');
      if (code && UNREACHABLE.has(code)) {
        return problemResponse(
          c,
          new ProblemError(
            'service-unavailable',
            `The ${upstream.name} service is not available; try again`,
            {
              headers: { 'Retry-After': '5' },
            },
          ),
        );
      }
      return gatewayProblem(
        c,
        'bad-gateway',
        `The ${upstream.name} service failed to answer${code ? ` (${code})` : ''}`,
      );
    } finally {
      answered = true;
      clearTimeout(timer);
    }
    // A fresh response: fetch's headers are immutable, and the gateway's middleware adds its own.
    return new Response(answer.body, {
      status: answer.status,
      statusText: answer.statusText,
      headers: withoutHopByHop(answer.headers),
    });
  };
}

/** Each forwarded service's own readiness (it answers and its database answers). */
export async function upstreamReadiness(
  upstreams: readonly Upstream[],
): Promise<Record<string, 'ok' | 'unavailable'>> {
  const entries = await Promise.all(
    upstreams.map(async (upstream) => {
      try {
        const response = await fetch(`${upstream.url.replace(/\/+$/, '')}/readyz`, {
          signal: AbortSignal.timeout(Math.min(upstream.timeoutMs, 2_000)),
        });
        await response.body?.cancel();
        return [upstream.name, response.ok ? 'ok' : 'unavailable'] as const;
      } catch {
        return [upstream.name, 'unavailable'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
