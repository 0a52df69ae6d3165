// The peer transport over real gRPC on loopback: delivery, and refusal of
// streams stamped with another cluster or meant for another member.
import { credentials } from '@grpc/grpc-js';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { regd } from '../../src/generated/proto.js';
import { RaftTransportClient } from '../../src/proto/services.js';
import type { Message } from '../../src/raft/index.js';
import { PeerTransport } from '../../src/server/peer-transport.js';
import { batchToWire } from '../../src/server/raft-codec.js';
import { reservePort } from '../../src/launcher/index.js';
import { waitFor } from '../integration/harness/wait-for.js';

const log = pino({ level: 'silent' });
const CLUSTER = 0xfeedn;
const open: PeerTransport[] = [];

afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

function heartbeat(from: number, to: number): Message {
  return { type: 'heartbeat', from, to, term: 3, logTerm: 0, index: 0, entries: [], commit: 7, reject: false, rejectHint: 0, context: '' };
}

async function node(id: number, port: number, received: Message[]): Promise<PeerTransport> {
  const t = new PeerTransport(CLUSTER, id, {
    receive: (m) => received.push(...m),
    reportUnreachable: () => {},
    reportSnapshot: () => {},
  }, log);
  await t.listen([{ host: '127.0.0.1', port }]);
  open.push(t);
  return t;
}

function sendRaw(port: number, batch: regd.raftpb.IMessageBatch): Promise<regd.raftpb.SendReply> {
  const client = new RaftTransportClient(`127.0.0.1:${port}`, credentials.createInsecure());
  return new Promise((resolve, reject) => {
    const call = client.Send((err, reply) => {
      client.close();
      if (err) reject(err);
      else resolve(reply!);
    });
    call.write(batch);
    call.end();
  });
}

describe('PeerTransport', () => {
  it('delivers messages between two members, batched over one stream', async () => {
    const [p1, p2] = [await reservePort(), await reservePort()];
    const got1: Message[] = [];
    const got2: Message[] = [];
    const t1 = await node(1, p1, got1);
    await node(2, p2, got2);
    t1.setPeer(2, `127.0.0.1:${p2}`);
    t1.send([heartbeat(1, 2), { ...heartbeat(1, 2), commit: 8 }]);
    await waitFor('delivery', () => got2.length === 2);
    expect(got2.map((m) => m.commit)).toEqual([7, 8]);
    expect(got1).toEqual([]);
  });

  it('refuses a stream from another cluster and delivers nothing from it', async () => {
    const port = await reservePort();
    const got: Message[] = [];
    await node(2, port, got);
    const reply = await sendRaw(port, batchToWire({ clusterId: 0xbadn, from: 1n, to: 2n }, [heartbeat(1, 2)]));
    expect(reply.reason).toBe(regd.raftpb.RejectReason.REJECT_REASON_CLUSTER_MISMATCH);
    expect(reply.detail).toContain('is not this cluster');
    expect(got).toEqual([]);
  });

  it('refuses a stream meant for another member', async () => {
    const port = await reservePort();
    const got: Message[] = [];
    await node(2, port, got);
    const reply = await sendRaw(port, batchToWire({ clusterId: CLUSTER, from: 1n, to: 3n }, [heartbeat(1, 3)]));
    expect(reply.reason).toBe(regd.raftpb.RejectReason.REJECT_REASON_WRONG_MEMBER);
    expect(got).toEqual([]);
  });
});
