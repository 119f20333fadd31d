import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export interface RateLimiter {
  readonly backend: 'memory' | 'redis';
  consume(key: string): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

/** Fixed windows per key, in this process only (one replica, or a fallback when Redis is down). */
export class MemoryRateLimiter implements RateLimiter {
  readonly backend = 'memory' as const;
  private readonly windows = new Map<string, { count: number; resetsAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {}

  async consume(key: string, now = Date.now()): Promise<RateLimitDecision> {
    let window = this.windows.get(key);
    if (!window || window.resetsAt <= now) {
      if (this.windows.size > 100_000) this.evictExpired(now);
      window = { count: 0, resetsAt: now + this.windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return {
      allowed: window.count <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetSeconds: Math.max(1, Math.ceil((window.resetsAt - now) / 1000)),
    };
  }

  private evictExpired(now: number) {
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }

  async close() {}
}

/**
 * Shared fixed windows in Redis, so every replica counts together. When Redis cannot answer
 * within 50 ms the request is counted in memory instead: rate limiting degrades to per-replica,
 * requests never fail because Redis is down.
 */
export class RedisRateLimiter implements RateLimiter {
  readonly backend = 'redis' as const;
  private readonly redis: Redis;
  private readonly fallback: MemoryRateLimiter;
  private degraded = false;

  constructor(
    url: string,
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly logger: Logger,
  ) {
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 500,
      commandTimeout: 50,
      lazyConnect: false,
    });
    this.redis.on('error', () => {});
    this.fallback = new MemoryRateLimiter(limit, windowSeconds);
  }

  async consume(key: string): Promise<RateLimitDecision> {
    const windowIndex = Math.floor(Date.now() / 1000 / this.windowSeconds);
    const redisKey = `qms:rl:${key}:${windowIndex}`;
    try {
      const result = await this.redis
        .multi()
        .incr(redisKey)
        .expire(redisKey, this.windowSeconds + 1)
        .exec();
      const count = Number(result?.[0]?.[1] ?? 0);
      if (this.degraded) {
        this.degraded = false;
        this.logger.info('rate limiting back on Redis');
      }
      const resetsAt = (windowIndex + 1) * this.windowSeconds * 1000;
      return {
        allowed: count <= this.limit,
        limit: this.limit,
        remaining: Math.max(0, this.limit - count),
        resetSeconds: Math.max(1, Math.ceil((resetsAt - Date.now()) / 1000)),
      };
    } catch {
      if (!this.degraded) {
        this.degraded = true;
        this.logger.warn('Redis unavailable: rate limiting falls back to this process');
      }
      return this.fallback.consume(key);
    }
  }

  async close() {
    this.redis.disconnect();
  }
}
