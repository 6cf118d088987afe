import type { StorageLike } from '@/state/storage';

/** An in-memory Storage that can be told to fail like a full or broken browser storage. */
export class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  writes: string[] = [];
  /** Thrown by setItem when set (only for keys matching failKeys, if given). */
  failWith: unknown = null;
  failKeys: RegExp = /.*/;
  /** Stores something other than what was written (a storage that loses data). */
  mangle = false;

  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith !== null && this.failKeys.test(key)) throw this.failWith;
    this.writes.push(key);
    this.data.set(key, this.mangle ? value.slice(0, 10) : value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}
