// Service watches and discovery sets against scripted regd.v1.Registry servers
// (real grpc-js on loopback): resumeFromSnapshot reopens from revision 0 and
// the set is replaced wholesale by that snapshot (an instance deleted while the
// stream was down is gone, none is duplicated); onBroken / onReopened; the
// stale flag and its events; resync(); a watch error before the first
// snapshot rejects `ready`.
import { Server, ServerCredentials, status, type ServerWritableStream } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, PermissionDeniedError, type Client } from '../../src/client/index.js';
import { regd } from '../../src/generated/proto.js';
import { addService, RegistryService, type RegistryServer } from '../../src/proto/services.js';
import { waitFor } from '../integration/harness/wait-for.js';

import pb = regd.v1;

type WatchCall = ServerWritableStream<pb.WatchRequest, pb.IWatchResponse>;

const servers: Server[] = [];
const clients: Client[] = [];

afterEach(() => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) s.forceShutdown();
});

const header = (revision: number) => ({ clusterId: 1, memberId: 2, revision, raftTerm: 3 });
const PASSING = pb.HealthStatus.HEALTH_STATUS_PASSING;
const put = (id: string, rev: number): pb.IInstanceEvent => ({
  type: pb.InstanceEvent.EventType.PUT,
  instance: { service: 'web', id, address: '127.0.0.1', port: 1, status: PASSING, createRevision: rev, modRevision: rev },
});

async function serve(impl: Partial<RegistryServer>): Promise<string> {
  const server = new Server();
  addService(server, RegistryService, impl);
  servers.push(server);
  return new Promise<string>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(`127.0.0.1:${port}`)));
  });
}

function client(endpoints: string[]): Client {
  const c = createClient({ endpoints, retry: { initialDelayMs: 1, maxDelayMs: 10 } });
  clients.push(c);
  return c;
}

/** A member whose watches are driven by the test: `calls` are the open ones, `starts` their start revisions. */
async function scriptedMember() {
  const calls: WatchCall[] = [];
  const starts: number[] = [];
  const address = await serve({
    Watch: (call: WatchCall) => {
      starts.push(Number(call.request.startRevision));
      calls.push(call);
    },
  });
  return { address, calls, starts };
}

const del = (id: string): pb.IInstanceEvent => ({ type: pb.InstanceEvent.EventType.DELETE, instance: { service: 'web', id } });

const breakStream = (call: WatchCall) => call.emit('error', { code: status.UNAVAILABLE, details: 'going away' });

describe('ServiceWatch: resumeFromSnapshot, onBroken, onReopened, resync', () => {
  it('reopens from revision 0 after every break, and tells of the break and the reopening', async () => {
    const m = await scriptedMember();
    const seen: string[] = [];
    const w = client([m.address]).registry.watch('web', {
      resumeFromSnapshot: true,
      onUpdate: (u) => seen.push(`${u.snapshot ? 'snapshot' : 'update'} ${u.revision}`),
      onBroken: (e) => seen.push(`broken ${e.code}`),
      onReopened: () => seen.push('reopened'),
    });
    await waitFor('the first stream', () => m.calls.length === 1);
    m.calls[0]!.write({ header: header(5), snapshot: true, events: [put('a', 4)] });
    m.calls[0]!.write({ header: header(6), events: [put('b', 6)] });
    await waitFor('two updates', () => seen.length === 2);
    breakStream(m.calls[0]!);
    await waitFor('the second stream', () => m.calls.length === 2);
    m.calls[1]!.write({ header: header(9), snapshot: true, events: [put('b', 6)] });
    await waitFor('the snapshot after the break', () => seen.length === 5);
    expect(m.starts).toEqual([0, 0]);
    expect(seen).toEqual(['snapshot 5', 'update 6', `broken ${status.UNAVAILABLE}`, 'reopened', 'snapshot 9']);

    // resync: a new stream from 0 at once, not counted as a break.
    w.resync();
    await waitFor('the third stream', () => m.calls.length === 3);
    expect(m.starts).toEqual([0, 0, 0]);
    expect(w.resumes).toBe(1);
    w.close();
    await w.done;
  });

  it('without it, a watch still resumes from the revision after the last message', async () => {
    const m = await scriptedMember();
    const w = client([m.address]).registry.watch('web', { onUpdate: () => undefined });
    await waitFor('the first stream', () => m.calls.length === 1);
    m.calls[0]!.write({ header: header(5), snapshot: true, events: [put('a', 4)] });
    await waitFor('delivered', () => w.nextRevision === 6);
    breakStream(m.calls[0]!);
    await waitFor('the second stream', () => m.calls.length === 2);
    expect(m.starts).toEqual([0, 6]);
    w.close();
  });
});

describe('DiscoverySet over a scripted member', () => {
  it('stale while the stream is down, the last set kept; the snapshot after it replaces the set wholesale', async () => {
    const m = await scriptedMember();
    const set = client([m.address]).registry.discover('web');
    const events: string[] = [];
    set.on('stale', (s) => events.push(`stale ${s}`));
    set.on('change', (l) => events.push(`change ${l.map((i) => i.id).join(',')}`));
    await waitFor('the first stream', () => m.calls.length === 1);
    m.calls[0]!.write({ header: header(5), snapshot: true, events: [put('a', 3), put('b', 4), put('c', 5)] });
    await set.ready;
    expect(set.revision).toBe(5);
    const kept = set.instances();

    breakStream(m.calls[0]!);
    await waitFor('stale', () => set.stale);
    expect(set.instances()).toBe(kept);
    await waitFor('the second stream', () => m.calls.length === 2);
    // While down, b was deleted and d registered: the snapshot says so, and that is the set.
    m.calls[1]!.write({ header: header(8), snapshot: true, events: [put('a', 3), put('c', 5), put('d', 8)] });
    await waitFor('fresh', () => !set.stale);
    expect(set.instances().map((i) => i.id)).toEqual(['a', 'c', 'd']);
    expect(set.revision).toBe(8);
    expect(events).toEqual(['change a,b,c', 'stale true', 'change a,c,d', 'stale false']);

    // The same snapshot again (a reconnect where nothing changed): no change event.
    breakStream(m.calls[1]!);
    await waitFor('the third stream', () => m.calls.length === 3);
    m.calls[2]!.write({ header: header(8), snapshot: true, events: [put('a', 3), put('c', 5), put('d', 8)] });
    await waitFor('fresh again', () => !set.stale);
    expect(events.slice(4)).toEqual(['stale true', 'stale false']);
  });

  it('maxInstances: never holds an instance beyond the first N it knows of; asks for a snapshot when it falls below N', async () => {
    const m = await scriptedMember();
    const set = client([m.address]).registry.discover('web', { maxInstances: 3 });
    const ids = () => set.instances().map((i) => i.id).join();
    await waitFor('the first stream', () => m.calls.length === 1);
    m.calls[0]!.write({ header: header(5), snapshot: true, events: ['i5', 'i1', 'i4', 'i2', 'i3'].map((id, n) => put(id, n + 1)) });
    await set.ready;
    expect([ids(), set.truncated]).toEqual(['i1,i2,i3', true]);
    // i0 comes in first: i3 goes out, and the set holds the first three again.
    m.calls[0]!.write({ header: header(6), events: [put('i0', 6)] });
    await waitFor('i0 in', () => ids() === 'i0,i1,i2');
    // i1 leaves and i9 comes: i3 and i4 (let go) come before i9, so the set holds i0, i2 only and asks for a snapshot.
    m.calls[0]!.write({ header: header(8), events: [del('i1'), put('i9', 8)] });
    await waitFor('the resync', () => m.calls.length === 2);
    expect(ids()).toBe('i0,i2');
    expect(m.starts).toEqual([0, 0]);
    m.calls[1]!.write({ header: header(8), snapshot: true, events: ['i0', 'i2', 'i3', 'i4', 'i5', 'i9'].map((id, n) => put(id, n + 1)) });
    await waitFor('refilled', () => ids() === 'i0,i2,i3');
    expect(set.truncated).toBe(true);
    m.calls[1]!.write({ header: header(9), snapshot: false, events: [del('i4'), del('i5'), del('i9')] });
    await waitFor('still exact', () => ids() === 'i0,i2,i3');
    // Exactly three left: the set cannot know that nothing lies beyond i3 without a snapshot, so truncated stays set until one.
    expect(set.truncated).toBe(true);
    set.close();
    await set.done;
  });

  it('a watch error a retry cannot fix, before the first snapshot, rejects ready and done', async () => {
    const address = await serve({
      Watch: (call: WatchCall) => call.emit('error', { code: status.PERMISSION_DENIED, details: 'not allowed' }),
    });
    const set = client([address]).registry.discover('web');
    await expect(set.ready).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(set.done).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
