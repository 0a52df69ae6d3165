import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/node/config.js';

const base = [
  '--name', 'n1',
  '--initial-advertise-peer-urls', 'http://127.0.0.1:9001',
  '--initial-cluster', 'n1=http://127.0.0.1:9001,n2=http://127.0.0.1:9002,n3=http://127.0.0.1:9003',
];

describe('--peer-url-override', () => {
  it('changes where peers are dialed, not the member or cluster ids', () => {
    const plain = parseConfig(base);
    const proxied = parseConfig([...base, '--peer-url-override', 'n2=http://127.0.0.1:7002,n3=http://127.0.0.1:7003']);
    expect(plain.peerUrlOverrides.size).toBe(0);
    expect(proxied.peerUrlOverrides.get('n2')).toBe('http://127.0.0.1:7002');
    expect(proxied.peerUrlOverrides.get('n3')).toBe('http://127.0.0.1:7003');
    expect(proxied.memberId).toBe(plain.memberId);
    expect(proxied.clusterId).toBe(plain.clusterId);
    expect(proxied.initialCluster).toEqual(plain.initialCluster);
  });

  it('rejects names outside --initial-cluster and malformed entries', () => {
    expect(() => parseConfig([...base, '--peer-url-override', 'n9=http://127.0.0.1:7009'])).toThrow(/not in --initial-cluster/);
    expect(() => parseConfig([...base, '--peer-url-override', 'http://127.0.0.1:7002'])).toThrow(/name=peer-url/);
  });
});
