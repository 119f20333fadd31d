import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap growth allowed during a bulk upload before a full collection is asked for. */
export const HEAP_HEADROOM_BYTES = 32 * 1024 * 1024;

let collector: (() => void) | null | undefined;

/** V8's full collection, made reachable once (null where the runtime refuses). */
function fullCollection(): (() => void) | null {
  if (collector !== undefined) return collector;
  try {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (typeof exposed === 'function') collector = exposed;
    else {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
    }
  } catch {
    collector = null;
  }
  return collector;
}

/**
 * Keeps a long bulk upload's heap near its live size. Each chunk of a million-row upload is
 * promoted to the old generation (it lives across database round trips), and on a machine with
 * plenty of memory V8 lets the old generation grow to several times its live size before it
 * collects: 439 MB RSS for a 1,000,000-row CSV. The upload knows that what it allocated for a
 * written chunk is garbage, so when the heap has grown by `headroom` since the last check it
 * asks for a full collection (tens of milliseconds, every few tens of thousands of rows).
 */
export class HeapGuard {
  private ceiling: number;

  constructor(private readonly headroom = HEAP_HEADROOM_BYTES) {
    this.ceiling = getHeapStatistics().used_heap_size + headroom;
  }

  /** After a chunk: collects if the heap grew past the ceiling, then sets the next ceiling. */
  check(): void {
    if (getHeapStatistics().used_heap_size < this.ceiling) return;
    fullCollection()?.();
    this.ceiling = getHeapStatistics().used_heap_size + this.headroom;
  }
}
