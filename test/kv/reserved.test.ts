// The reserved keyspace's rules: which keys are reserved, and how an etcd
// API range is clamped so that it never reaches them.
import { describe, expect, it } from 'vitest';
import { KvError } from '../../src/kv/index.js';
import { clampUserRange, isReservedKey, RESERVED_KEY_MESSAGE, RESERVED_KEY_PREFIX } from '../../src/kv/reserved.js';
import { b, str } from './helpers.js';

describe('isReservedKey', () => {
  it.each([
    ['\xff\xff', true],
    ['\xff\xffregistry/i/web/1', true],
    ['\xff\xff\x00', true],
    ['\xff\xff\xff\xff', true],
    ['', false],
    ['\xff', false],
    ['\xff\xfe', false],
    ['\xff\xfe\xff\xff', false],
    ['a\xff\xff', false],
    ['\x00', false],
  ])('%j: %s', (key, reserved) => {
    expect(isReservedKey(b(key))).toBe(reserved);
  });

  it('is exactly "key >= RESERVED_KEY_PREFIX"', () => {
    expect(str(RESERVED_KEY_PREFIX)).toBe('\xff\xff');
    for (const k of ['\xfe\xff\xff', '\xff\xfe\xff', '\xff\xff', '\xff\xff\x01', 'zzz']) {
      expect(isReservedKey(b(k))).toBe(Buffer.compare(b(k), RESERVED_KEY_PREFIX) >= 0);
    }
  });
});

describe('clampUserRange', () => {
  // [key, range_end (undefined: absent), the range_end it runs with]
  it.each<[string, string | undefined, string | undefined]>([
    ['a', undefined, undefined], // single key
    ['a', '', ''], // empty range_end: single key
    ['a', 'b', 'b'], // a user range
    ['a', '\x00', '\xff\xff'], // from key: every user key >= a
    ['\x00', '\x00', '\xff\xff'], // etcdctl get "" --prefix: every user key
    ['', '\x00', '\xff\xff'], // empty key (the store refuses it later)
    ['a', '\xff\xff', '\xff\xff'], // ends exactly where the reserved part begins
    ['a', '\xff\xff\x00', '\xff\xff'], // reaches into it
    ['a', '\xff\xff\xff\xff', '\xff\xff'],
    ['\xff', '\xff\x00', '\xff\x00'], // "\xff" is a user key; its prefix range is below the reserved part
    ['\xff\xfe', '\xff\xff', '\xff\xff'], // prefix of "\xff\xfe" computed by a client
    ['\xff\xfe\xff', '\xff\xff\x00', '\xff\xff'],
    ['b', 'a', 'a'], // range_end <= key: an empty range, left as it is
    ['b', 'b', 'b'],
  ])('[%j, %j) runs as [key, %j)', (key, end, want) => {
    const got = clampUserRange(b(key), end === undefined ? undefined : b(end));
    expect(got === undefined ? undefined : str(got)).toBe(want);
  });

  it.each<[string, string | undefined]>([
    ['\xff\xff', undefined],
    ['\xff\xffregistry/i/web/1', undefined],
    ['\xff\xff', ''],
    ['\xff\xffregistry/', '\xff\xffregistry0'],
    ['\xff\xff', '\x00'],
    ['\xff\xff\x00', '\xff\xff\xff'],
    ['\xff\xffz', 'a'], // even an empty range may not start there
  ])('refuses a range whose key is reserved: [%j, %j)', (key, end) => {
    const call = () => clampUserRange(b(key), end === undefined ? undefined : b(end));
    expect(call).toThrow(KvError);
    expect(call).toThrow(RESERVED_KEY_MESSAGE);
    try {
      call();
    } catch (err) {
      expect((err as KvError).code).toBe('INVALID_ARGUMENT');
    }
  });
});
