import type { Periodicity } from '@qms/db';
import { dayNumber } from './row-rules.js';

/**
 * The ordinal of a valid period start among its periodicity's periods (consecutive periods have
 * consecutive ordinals): weeks since 1970, months or quarters since year 0.
 */
export function periodOrdinal(isoDate: string, periodicity: Periodicity): number {
  if (periodicity === 'week') return Math.floor(dayNumber(isoDate) / 7);
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7)) - 1;
  return periodicity === 'month' ? year * 12 + month : year * 4 + Math.floor(month / 3);
}

/**
 * The periods seen of one series, as a bitmap over the range of ordinals seen (grown by
 * doubling): a series of 1,000 weekly periods takes about 128 bytes, where a Set of numbers
 * takes tens of kilobytes that the garbage collector has to trace on every full collection.
 */
export class PeriodSet {
  /** Ordinal of bit 0 of `bits[0]`. */
  private base = 0;
  private bits = new Uint8Array(0);

  /** Adds a period ordinal; false when it was already in the set. */
  add(ordinal: number): boolean {
    if (this.bits.length === 0) {
      this.base = ordinal - (((ordinal % 8) + 8) % 8);
      this.bits = new Uint8Array(8);
    }
    let offset = ordinal - this.base;
    if (offset < 0 || offset >= this.bits.length * 8) {
      this.grow(Math.floor(offset / 8));
      offset = ordinal - this.base;
    }
    const index = offset >> 3;
    const mask = 1 << (offset & 7);
    const byte = this.bits[index] ?? 0;
    if ((byte & mask) !== 0) return false;
    this.bits[index] = byte | mask;
    return true;
  }

  /** Bytes held (for tests and reports). */
  get byteLength(): number {
    return this.bits.length;
  }

  /** Makes room for byte `index` (relative to the current base), at least doubling the size. */
  private grow(index: number) {
    const length = this.bits.length;
    const needed = index < 0 ? length - index : index + 1;
    const next = new Uint8Array(Math.max(needed, length * 2));
    if (index < 0) {
      // Room below: the existing bytes move to the top of the new array.
      const shift = next.length - length;
      next.set(this.bits, shift);
      this.base -= shift * 8;
    } else next.set(this.bits, 0);
    this.bits = next;
  }
}
