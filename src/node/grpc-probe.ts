// The gRPC check: grpc.health.v1.Health/Check with the check's service name
// ('' asks about the whole server), the deadline its timeoutMs. SERVING is
// passing; NOT_SERVING, UNKNOWN, SERVICE_UNKNOWN and any error status are
// critical, with the status in the output. It lives here, in the composition
// root, because src/health does no gRPC.
//
// Unlike Consul, which dials for every run, one channel per target is kept
// and reused: a check every few seconds costs a request, not a connection. The
// cache is bounded (MAX_GRPC_PROBE_CHANNELS, least recently used out first). A
// channel whose call failed on the transport (UNAVAILABLE, DEADLINE_EXCEEDED)
// is dropped, so the next run dials afresh, as Consul's would, instead of
// waiting out grpc-js's reconnect backoff; a target that is down thus costs
// one connection attempt per run and nothing in between. close() closes them all.

import { credentials, Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { grpc as grpcpb } from '../generated/proto.js';
import type { CheckResult } from '../health/check-state.js';
import { truncateCheckOutput } from '../health/check.js';
import type { ActiveCheckSpec, Probe } from '../health/active-checks.js';
import { parseHostPort } from '../health/probe-tcp.js';
import { HealthClient } from '../proto/services.js';

/** Channels kept at most, one per target. */
export const MAX_GRPC_PROBE_CHANNELS = 256;
/** A health answer is a few bytes; anything bigger is refused. */
const MAX_HEALTH_RESPONSE_BYTES = 64 * 1024;

const ServingStatus = grpcpb.health.v1.HealthCheckResponse.ServingStatus;

/** Transport failures: the channel is dropped and the next run dials again. */
const TRANSPORT_CODES: ReadonlySet<number> = new Set([GrpcStatus.UNAVAILABLE, GrpcStatus.DEADLINE_EXCEEDED]);

interface Channel {
  readonly target: string;
  readonly client: HealthClient;
  /** Calls under way on it. */
  active: number;
  /** Out of the cache; closed once its last call is done. */
  dropped: boolean;
}

export interface GrpcProbeOptions {
  /** Channels kept at most (MAX_GRPC_PROBE_CHANNELS by default). */
  maxChannels?: number;
}

export class GrpcProbe {
  private readonly maxChannels: number;
  /** By target; Map order is the use order, least recent first. */
  private readonly channels = new Map<string, Channel>();
  private closed = false;

  constructor(opts: GrpcProbeOptions = {}) {
    this.maxChannels = opts.maxChannels ?? MAX_GRPC_PROBE_CHANNELS;
  }

  /** Runs a gRPC check once. Never throws. */
  readonly probe: Probe = (spec, signal) => this.check(spec, signal);

  /** Channels open now. */
  get size(): number {
    return this.channels.size;
  }

  /** Closes every channel (calls under way end CANCELLED); later runs are critical. */
  close(): void {
    this.closed = true;
    for (const ch of this.channels.values()) ch.client.close();
    this.channels.clear();
  }

  private check(spec: ActiveCheckSpec, signal: AbortSignal): Promise<CheckResult> {
    const head = `gRPC check ${spec.target}${spec.grpcService === '' ? '' : `/${spec.grpcService}`}`;
    if (parseHostPort(spec.target) === undefined) return Promise.resolve(critical(`${head}: not host:port`));
    if (this.closed) return Promise.resolve(critical(`${head}: the prober is closed`));
    if (signal.aborted) return Promise.resolve(critical(`${head}: aborted`));
    let ch: Channel;
    try {
      ch = this.channelFor(spec.target);
    } catch (err) {
      return Promise.resolve(critical(`${head}: ${err instanceof Error ? err.message : String(err)}`));
    }
    ch.active++;
    return new Promise<CheckResult>((resolve) => {
      const call = ch.client.Check(
        { service: spec.grpcService },
        new Metadata(),
        { deadline: Date.now() + spec.timeoutMs },
        (err: ServiceError | null, res) => {
          signal.removeEventListener('abort', onAbort);
          ch.active--;
          if (err !== null && TRANSPORT_CODES.has(err.code)) this.drop(ch);
          else if (ch.dropped && ch.active === 0) ch.client.close();
          if (err !== null || res === undefined) {
            const code = err?.code ?? GrpcStatus.UNKNOWN;
            resolve(critical(`${head}: ${GrpcStatus[code] ?? String(code)}: ${err?.details ?? 'no answer'}`));
            return;
          }
          const s = res.status;
          const name = ServingStatus[s] ?? String(s);
          resolve({ status: s === ServingStatus.SERVING ? 'passing' : 'critical', output: truncateCheckOutput(`${head}: ${name}`) });
        },
      );
      const onAbort = (): void => call.cancel();
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private channelFor(target: string): Channel {
    const cached = this.channels.get(target);
    if (cached !== undefined) {
      this.channels.delete(target);
      this.channels.set(target, cached);
      return cached;
    }
    const client = new HealthClient(target, credentials.createInsecure(), {
      'grpc.max_receive_message_length': MAX_HEALTH_RESPONSE_BYTES,
      'grpc.enable_retries': 0,
      'grpc.service_config_disable_resolution': 1,
      // Our own connections: dropping a channel closes its connection.
      'grpc.use_local_subchannel_pool': 1,
    });
    const ch: Channel = { target, client, active: 0, dropped: false };
    this.channels.set(target, ch);
    for (const old of this.channels.values()) {
      if (this.channels.size <= this.maxChannels) break;
      this.drop(old);
    }
    return ch;
  }

  /** Takes a channel out of the cache; it is closed now, or when its last call is done. */
  private drop(ch: Channel): void {
    if (this.channels.get(ch.target) === ch) this.channels.delete(ch.target);
    ch.dropped = true;
    if (ch.active === 0) ch.client.close();
  }
}

function critical(output: string): CheckResult {
  return { status: 'critical', output: truncateCheckOutput(output) };
}
