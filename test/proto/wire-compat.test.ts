// etcd wire compatibility: bytes computed by hand from the reference's field
// numbers and wire types (/work/shared/reference/etcd-v3-api.md), checked both
// ways against the generated code.
//
// A tag byte is (field number << 3) | wire type; wire type 0 = varint,
// 2 = length-delimited.
import { describe, expect, it } from 'vitest';
import { authpb, etcdserverpb, mvccpb, v3electionpb, v3lockpb } from '../../src/generated/proto.js';
import { longToBigInt, longToNumber, toInt64, toUint64 } from '../../src/proto/long.js';

const hex = (u: Uint8Array): string => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('hex');
const unhex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const str = (b: Uint8Array | null | undefined): string => Buffer.from(b ?? []).toString();

describe('etcdserverpb KV messages', () => {
  it('PutRequest key "foo" value "bar" lease 5', () => {
    const want = '0a 03 66 6f 6f 12 03 62 61 72 18 05';
    const b = etcdserverpb.PutRequest.encode({ key: Buffer.from('foo'), value: Buffer.from('bar'), lease: 5 }).finish();
    expect(hex(b)).toBe(unhex(want).toString('hex'));
    const d = etcdserverpb.PutRequest.decode(unhex(want));
    expect(str(d.key)).toBe('foo');
    expect(str(d.value)).toBe('bar');
    expect(longToNumber(d.lease)).toBe(5);
    expect(d.prevKv).toBe(false);
  });

  it('PutRequest booleans are fields 4, 5, 6', () => {
    const b = etcdserverpb.PutRequest.encode({ prevKv: true, ignoreValue: true, ignoreLease: true }).finish();
    expect(hex(b)).toBe('200128013001');
  });

  it('RangeRequest: negative int64 revision is a 10-byte varint; enums and flags by number', () => {
    const b = etcdserverpb.RangeRequest.encode({
      key: Buffer.from('a'), rangeEnd: Buffer.from([0]), limit: 10, revision: -1,
      sortOrder: etcdserverpb.RangeRequest.SortOrder.DESCEND, sortTarget: etcdserverpb.RangeRequest.SortTarget.MOD,
      serializable: true, keysOnly: true, countOnly: true, minModRevision: 1, maxModRevision: 2, minCreateRevision: 3, maxCreateRevision: 4,
    }).finish();
    expect(hex(b)).toBe(unhex(`
      0a 01 61   12 01 00   18 0a   20 ff ff ff ff ff ff ff ff ff 01
      28 02   30 03   38 01   40 01   48 01   50 01   58 02   60 03   68 04`).toString('hex'));
    expect(longToNumber(etcdserverpb.RangeRequest.decode(b).revision)).toBe(-1);
  });

  it('RangeResponse carries mvccpb.KeyValue in field 2 with all six fields', () => {
    // header{revision 9} | kvs[{key "k", create 2, mod 3, version 4, value "v", lease 5}] | more | count 1
    const want = '0a 02 18 09   12 0e 0a 01 6b 10 02 18 03 20 04 2a 01 76 30 05   18 01   20 01';
    const d = etcdserverpb.RangeResponse.decode(unhex(want));
    const kv = d.kvs[0]!;
    expect([str(kv.key), longToNumber(kv.createRevision), longToNumber(kv.modRevision), longToNumber(kv.version), str(kv.value), longToNumber(kv.lease)])
      .toEqual(['k', 2, 3, 4, 'v', 5]);
    expect(d.more).toBe(true);
    expect(longToNumber(d.count)).toBe(1);
    expect(longToNumber(d.header?.revision)).toBe(9);
  });

  it('Compare: oneof members keep presence (an explicit 0 is sent) and range_end is field 64', () => {
    // key "k" (1a 01 6b), version = 0 in target_union (20 00), range_end "\0": tag 64<<3|2 = 514 = 82 04
    const want = '1a 01 6b 20 00 82 04 01 00';
    const b = etcdserverpb.Compare.encode({ key: Buffer.from('k'), version: 0, rangeEnd: Buffer.from([0]) }).finish();
    expect(hex(b)).toBe(unhex(want).toString('hex'));
    const d = etcdserverpb.Compare.decode(unhex(want));
    expect(d.targetUnion).toBe('version');
    expect(d.result).toBe(etcdserverpb.Compare.CompareResult.EQUAL);
    expect(d.target).toBe(etcdserverpb.Compare.CompareTarget.VERSION);
    expect(str(d.rangeEnd)).toBe('\0');
    // Nothing in the oneof: targetUnion is unset.
    expect(etcdserverpb.Compare.decode(unhex('1a 01 6b')).targetUnion).toBeUndefined();
    // The other target_union members: create 5, mod 6, value 7, lease 8; result 1 and target 2 by enum number.
    expect(hex(etcdserverpb.Compare.encode({ createRevision: 1 }).finish())).toBe('2801');
    expect(hex(etcdserverpb.Compare.encode({ modRevision: 1 }).finish())).toBe('3001');
    expect(hex(etcdserverpb.Compare.encode({ value: Buffer.from('x') }).finish())).toBe('3a0178');
    expect(hex(etcdserverpb.Compare.encode({ lease: 1 }).finish())).toBe('4001');
    expect(hex(etcdserverpb.Compare.encode({
      result: etcdserverpb.Compare.CompareResult.NOT_EQUAL, target: etcdserverpb.Compare.CompareTarget.LEASE,
    }).finish())).toBe('08031004');
  });

  it('TxnRequest and RequestOp/ResponseOp oneofs', () => {
    // success[ RequestOp{ request_put (2) { key "a" } } ], failure[ RequestOp{ request_range (1) { key "a" } } ]
    const want = '12 05 12 03 0a 01 61   1a 05 0a 03 0a 01 61';
    const d = etcdserverpb.TxnRequest.decode(unhex(want));
    // Nested decoded messages are class instances, though pbts types them as the I* interfaces.
    expect((d.success[0] as etcdserverpb.RequestOp).request).toBe('requestPut');
    expect((d.failure[0] as etcdserverpb.RequestOp).request).toBe('requestRange');
    expect(hex(etcdserverpb.TxnRequest.encode(d).finish())).toBe(unhex(want).toString('hex'));
    // ResponseOp: response_delete_range is 3, response_txn is 4.
    const r = etcdserverpb.ResponseOp.decode(unhex('1a 02 10 02'));
    expect(r.response).toBe('responseDeleteRange');
    expect(longToNumber(r.responseDeleteRange?.deleted)).toBe(2);
    expect(etcdserverpb.ResponseOp.decode(unhex('22 00')).response).toBe('responseTxn');
  });

  it('CompactionRequest', () => {
    expect(hex(etcdserverpb.CompactionRequest.encode({ revision: 300, physical: true }).finish())).toBe('08ac021001');
  });
});

describe('Watch messages', () => {
  it('WatchResponse events are field 11 (tag 0x5a)', () => {
    // header{revision 3} | events[ {PUT, kv{key "a", mod_revision 3}}, {DELETE, kv{key "b", mod_revision 4}} ]
    const want = '0a 02 18 03   5a 07 12 05 0a 01 61 18 03   5a 09 08 01 12 05 0a 01 62 18 04';
    const b = etcdserverpb.WatchResponse.encode({
      header: { revision: 3 },
      events: [
        { kv: { key: Buffer.from('a'), modRevision: 3 } },
        { type: mvccpb.Event.EventType.DELETE, kv: { key: Buffer.from('b'), modRevision: 4 } },
      ],
    }).finish();
    expect(hex(b)).toBe(unhex(want).toString('hex'));
    const d = etcdserverpb.WatchResponse.decode(unhex(want));
    expect(d.events.map((e) => [e.type, str(e.kv?.key), longToNumber(e.kv?.modRevision)])).toEqual([[0, 'a', 3], [1, 'b', 4]]);
  });

  it('WatchResponse scalar fields 2-7', () => {
    const b = etcdserverpb.WatchResponse.encode({ watchId: 7, created: true, canceled: true, compactRevision: 5, cancelReason: 'x', fragment: true }).finish();
    expect(hex(b)).toBe('1007180120012805320178' + '3801');
  });

  it('filters (field 5) are written packed and read packed or unpacked', () => {
    const { NOPUT, NODELETE } = etcdserverpb.WatchCreateRequest.FilterType;
    const packed = '0a 01 61 2a 02 00 01';
    const unpacked = '0a 01 61 28 00 28 01';
    expect(hex(etcdserverpb.WatchCreateRequest.encode({ key: Buffer.from('a'), filters: [NOPUT, NODELETE] }).finish()))
      .toBe(unhex(packed).toString('hex'));
    expect(etcdserverpb.WatchCreateRequest.decode(unhex(packed)).filters).toEqual([NOPUT, NODELETE]);
    expect(etcdserverpb.WatchCreateRequest.decode(unhex(unpacked)).filters).toEqual([NOPUT, NODELETE]);
  });

  it('WatchCreateRequest fields 1-8', () => {
    const b = etcdserverpb.WatchCreateRequest.encode({
      key: Buffer.from('a'), rangeEnd: Buffer.from('b'), startRevision: 2, progressNotify: true, prevKv: true, watchId: 3, fragment: true,
    }).finish();
    expect(hex(b)).toBe(unhex('0a 01 61 12 01 62 18 02 20 01 30 01 38 03 40 01').toString('hex'));
  });

  it('WatchRequest: the oneof tells create, cancel and an empty progress request apart', () => {
    expect(etcdserverpb.WatchRequest.decode(unhex('0a 03 0a 01 61')).requestUnion).toBe('createRequest');
    const cancel = etcdserverpb.WatchRequest.decode(unhex('12 02 08 05'));
    expect(cancel.requestUnion).toBe('cancelRequest');
    expect(longToNumber(cancel.cancelRequest?.watchId)).toBe(5);
    // An empty message in a oneof is still present on the wire: 1a 00.
    expect(hex(etcdserverpb.WatchRequest.encode({ progressRequest: {} }).finish())).toBe('1a00');
    expect(etcdserverpb.WatchRequest.decode(unhex('1a 00')).requestUnion).toBe('progressRequest');
  });
});

describe('Lease, Cluster, Maintenance, Auth messages', () => {
  it('lease messages: TTL and ID field numbers', () => {
    expect(hex(etcdserverpb.LeaseGrantRequest.encode({ TTL: 60, ID: 7 }).finish())).toBe('083c1007');
    const g = etcdserverpb.LeaseGrantResponse.decode(unhex('10 07 18 3c 22 01 65'));
    expect([longToNumber(g.ID), longToNumber(g.TTL), g.error]).toEqual([7, 60, 'e']);
    const t = etcdserverpb.LeaseTimeToLiveResponse.decode(unhex('10 01 18 02 20 03 2a 01 6b 2a 01 6c'));
    expect([longToNumber(t.ID), longToNumber(t.TTL), longToNumber(t.grantedTTL), t.keys.map(str)]).toEqual([1, 2, 3, ['k', 'l']]);
    expect(hex(etcdserverpb.LeaseKeepAliveRequest.encode({ ID: 1 }).finish())).toBe('0801');
    expect(hex(etcdserverpb.LeaseTimeToLiveRequest.encode({ ID: 1, keys: true }).finish())).toBe('08011001');
    expect(etcdserverpb.LeaseLeasesResponse.decode(unhex('12 02 08 09')).leases.map((l) => longToNumber(l.ID))).toEqual([9]);
  });

  it('a lease ID near 2^63 survives as a bigint', () => {
    const id = 2n ** 63n - 1n;
    const d = etcdserverpb.LeaseRevokeRequest.decode(etcdserverpb.LeaseRevokeRequest.encode({ ID: toInt64(id) }).finish());
    expect(longToBigInt(d.ID)).toBe(id);
  });

  it('Member and member requests', () => {
    const m = etcdserverpb.Member.decode(unhex('08 2a 12 01 6e 1a 01 70 22 01 63 28 01'));
    expect([longToNumber(m.ID), m.name, m.peerURLs, m.clientURLs, m.isLearner]).toEqual([42, 'n', ['p'], ['c'], true]);
    expect(hex(etcdserverpb.MemberAddRequest.encode({ peerURLs: ['p'], isLearner: true }).finish())).toBe('0a01701001');
    expect(hex(etcdserverpb.MemberListRequest.encode({ linearizable: true }).finish())).toBe('0801');
  });

  it('AlarmType is a top-level enum in etcdserverpb: NONE 0, NOSPACE 1, CORRUPT 2', () => {
    expect(etcdserverpb.AlarmType.NONE).toBe(0);
    expect(etcdserverpb.AlarmType.NOSPACE).toBe(1);
    expect(etcdserverpb.AlarmType.CORRUPT).toBe(2);
    expect(Object.keys(etcdserverpb.AlarmType).sort()).toEqual(['CORRUPT', 'NONE', 'NOSPACE']);
    expect(etcdserverpb.AlarmRequest.AlarmAction.DEACTIVATE).toBe(2);
    // action ACTIVATE (08 01), memberID 2^63 (10 + 10-byte varint), alarm NOSPACE (18 01)
    const b = etcdserverpb.AlarmRequest.encode({ action: 1, memberID: toUint64(2n ** 63n), alarm: etcdserverpb.AlarmType.NOSPACE }).finish();
    expect(hex(b)).toBe('0801' + '10' + '80808080808080808001' + '1801');
    expect(hex(etcdserverpb.AlarmMember.encode({ memberID: 1, alarm: 2 }).finish())).toBe('08011002');
  });

  it('StatusResponse fields 1-13 and HashKV/Snapshot responses', () => {
    const s = etcdserverpb.StatusResponse.decode(unhex(
      '0a 00 12 01 76 18 02 20 03 28 04 30 05 38 06 42 01 65 48 07 50 01 5a 01 73 60 08 6a 02 08 01'));
    expect([s.version, longToNumber(s.dbSize), longToNumber(s.leader), longToNumber(s.raftIndex), longToNumber(s.raftTerm),
      longToNumber(s.raftAppliedIndex), s.errors, longToNumber(s.dbSizeInUse), s.isLearner, s.storageVersion,
      longToNumber(s.dbSizeQuota), s.downgradeInfo?.enabled]).toEqual(['v', 2, 3, 4, 5, 6, ['e'], 7, true, 's', 8, true]);
    const h = etcdserverpb.HashKVResponse.decode(unhex('10 ff ff ff ff 0f 18 02 20 03'));
    expect([h.hash, longToNumber(h.compactRevision), longToNumber(h.hashRevision)]).toEqual([0xffffffff, 2, 3]);
    const sn = etcdserverpb.SnapshotResponse.decode(unhex('10 05 1a 02 01 02'));
    expect([longToNumber(sn.remainingBytes), [...sn.blob]]).toEqual([5, [1, 2]]);
  });

  it('auth messages', () => {
    expect(hex(etcdserverpb.AuthUserAddRequest.encode({ name: 'u', password: 'p', options: { noPassword: true }, hashedPassword: 'h' }).finish()))
      .toBe('0a0175' + '120170' + '1a020801' + '220168');
    expect(hex(etcdserverpb.AuthUserGrantRoleRequest.encode({ user: 'u', role: 'r' }).finish())).toBe('0a0175120172');
    expect(hex(etcdserverpb.AuthRoleGrantPermissionRequest.encode({
      name: 'r', perm: { permType: authpb.Permission.Type.READWRITE, key: Buffer.from('a'), rangeEnd: Buffer.from('b') },
    }).finish())).toBe('0a0172' + '1208' + '0802' + '120161' + '1a0162');
    expect(etcdserverpb.AuthStatusResponse.decode(unhex('10 01 18 05')).enabled).toBe(true);
    expect(etcdserverpb.AuthenticateResponse.decode(unhex('12 01 74')).token).toBe('t');
  });
});

describe('ResponseHeader ids', () => {
  it('cluster_id 2^64-1 and member_id 2^63 encode as 10-byte varints and decode exactly', () => {
    const want = '08 ff ff ff ff ff ff ff ff ff 01   10 80 80 80 80 80 80 80 80 80 01   18 05   20 02';
    const b = etcdserverpb.ResponseHeader.encode({
      clusterId: toUint64(2n ** 64n - 1n), memberId: toUint64(2n ** 63n), revision: 5, raftTerm: 2,
    }).finish();
    expect(hex(b)).toBe(unhex(want).toString('hex'));
    const d = etcdserverpb.ResponseHeader.decode(unhex(want));
    expect(longToBigInt(d.clusterId)).toBe(2n ** 64n - 1n);
    expect(longToBigInt(d.memberId)).toBe(2n ** 63n);
    expect(longToNumber(d.revision)).toBe(5);
  });
});

describe('Lock and Election messages', () => {
  it('v3lockpb', () => {
    expect(hex(v3lockpb.LockRequest.encode({ name: Buffer.from('n'), lease: 5 }).finish())).toBe('0a016e1005');
    expect(str(v3lockpb.LockResponse.decode(unhex('0a 00 12 01 6b')).key)).toBe('k');
  });

  it('v3electionpb', () => {
    expect(hex(v3electionpb.CampaignRequest.encode({ name: Buffer.from('n'), lease: 5, value: Buffer.from('v') }).finish())).toBe('0a016e10051a0176');
    const k = v3electionpb.LeaderKey.decode(unhex('0a 01 6e 12 01 6b 18 03 20 04'));
    expect([str(k.name), str(k.key), longToNumber(k.rev), longToNumber(k.lease)]).toEqual(['n', 'k', 3, 4]);
    expect(hex(v3electionpb.ProclaimRequest.encode({ leader: { name: Buffer.from('n') }, value: Buffer.from('v') }).finish())).toBe('0a030a016e120176');
    expect(str(v3electionpb.LeaderResponse.decode(unhex('12 03 0a 01 6b')).kv?.key)).toBe('k');
  });
});

describe('unknown fields', () => {
  it('are skipped, so newer clients and servers interoperate', () => {
    // PutRequest with an unknown field 15 (varint) and 16 (bytes) around the key.
    const d = etcdserverpb.PutRequest.decode(unhex('78 01 0a 01 6b 82 01 02 00 00'));
    expect(str(d.key)).toBe('k');
  });
});
