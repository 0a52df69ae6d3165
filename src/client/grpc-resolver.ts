// A grpc-js name resolver for regd: after `registerResolver(grpc, client)`,
// a channel to `regd:///web` resolves to the passing instances of the service
// `web` (as `address:port`), follows every change through a discovery set,
// and balances calls over them with round_robin.
//
// It registers into the grpc-js module the application passes in: a resolver
// registered in another copy of grpc-js (regd's own, say) is invisible to the
// application's channels. The module is typed structurally, with only what is
// used here, so any copy fits. grpc-js marks its resolver API experimental
// (the listener took its current shape in 1.14); regd tests it against the
// grpc-js version pinned in package.json.

import type { DiscoverySet } from './discovery.js';
import type { Instance, Registry } from './registry.js';

/** The URI scheme registered unless `scheme` says otherwise. */
export const DEFAULT_RESOLVER_SCHEME = 'regd';

/** A service config as grpc-js takes it from a resolver. */
export interface GrpcServiceConfig {
  loadBalancingConfig: Array<Record<string, object>>;
  /** None: the resolver sets no per-method configuration. */
  methodConfig: [];
}

/** The service config every resolution carries: round_robin over the instances. */
function serviceConfig(): GrpcServiceConfig {
  return { loadBalancingConfig: [{ round_robin: {} }], methodConfig: [] };
}

/** gRPC status UNAVAILABLE (the value is fixed by the gRPC protocol). */
const UNAVAILABLE = 14;

/** A target as grpc-js parses it: `regd:///web?tag=v2` has path `web?tag=v2`. */
export interface GrpcTarget {
  scheme?: string;
  authority?: string;
  path: string;
}

/** What a resolver reports: the endpoints, or an error status (grpc-js's StatusOr). */
export type ResolutionResult<T, M> =
  | { ok: true; value: T }
  | { ok: false; error: { code: number; details: string; metadata: M } };

/** One endpoint as grpc-js takes it. */
export interface GrpcEndpoint {
  addresses: Array<{ host: string; port: number }>;
}

/** grpc-js 1.14's resolver listener: (endpoints or error, attributes, service config or null, resolution note); M is grpc-js's Metadata. */
export type GrpcResolverListener<M> = (
  endpointList: ResolutionResult<GrpcEndpoint[], M>,
  attributes: Record<string, unknown>,
  serviceConfig: ResolutionResult<GrpcServiceConfig, M> | null,
  resolutionNote: string,
) => boolean;

/** The part of an application's `@grpc/grpc-js` module the resolver uses (M: its Metadata class). */
export interface GrpcModule<M> {
  /** grpc-js's Metadata class (an error status carries an empty one). */
  Metadata: new () => M;
  experimental: {
    registerResolver(scheme: string, resolverClass: GrpcResolverConstructor<M>): void;
  };
}

/** A resolver class as grpc-js registers it. */
export interface GrpcResolverConstructor<M> {
  new (target: GrpcTarget, listener: GrpcResolverListener<M>, channelOptions: object): { updateResolution(): void; destroy(): void };
  getDefaultAuthority(target: GrpcTarget): string;
}

/** Options of registerResolver. */
export interface ResolverOptions {
  /** The URI scheme to register (default DEFAULT_RESOLVER_SCHEME, `regd`). */
  scheme?: string;
}

/** The service and the tags a target names: `regd:///web?tag=v2&tag=eu` is web with tags v2 and eu. */
export function parseResolverTarget(target: GrpcTarget): { service: string; tags: string[] } {
  const path = target.path.replace(/^\/+/, '');
  const q = path.indexOf('?');
  const service = decodeURIComponent(q < 0 ? path : path.slice(0, q));
  const tags = q < 0 ? [] : new URLSearchParams(path.slice(q + 1)).getAll('tag');
  return { service, tags };
}

/** The endpoint of an instance (one address, `address:port`). */
function endpointOf(i: Instance): GrpcEndpoint {
  return { addresses: [{ host: i.address, port: i.port }] };
}

/**
 * Registers the `regd` scheme (or `options.scheme`) in the application's
 * grpc-js module: a channel to `regd:///<service>[?tag=<tag>...]` then
 * resolves to the passing instances of that service (with every tag given)
 * through `client.registry.discover()`, is told of every change, and
 * balances over them with round_robin. An empty set resolves to an
 * UNAVAILABLE error (`no passing instances of <service>`); while the cluster
 * cannot be reached, the last known instances stay in use. Registering the
 * same scheme again replaces the earlier registration (for channels created
 * after it).
 *
 * @param grpc the application's own `import * as grpc from '@grpc/grpc-js'`
 * @param client the regd client whose registry the resolvers watch
 */
export function registerResolver<M>(grpc: GrpcModule<M>, client: { readonly registry: Pick<Registry, 'discover'> }, options: ResolverOptions = {}): void {
  const scheme = options.scheme ?? DEFAULT_RESOLVER_SCHEME;

  class RegdResolver {
    private set: DiscoverySet | undefined;
    /** The current set applied its first snapshot. */
    private resolved = false;
    private readonly service: string;
    private readonly tags: string[];

    constructor(target: GrpcTarget, private readonly listener: GrpcResolverListener<M>, _channelOptions: object) {
      ({ service: this.service, tags: this.tags } = parseResolverTarget(target));
      this.open();
    }

    static getDefaultAuthority(target: GrpcTarget): string {
      return parseResolverTarget(target).service;
    }

    /** The channel asks for a resolution: report what the set holds (never synchronously), or open the set again after destroy(). */
    updateResolution(): void {
      if (this.set === undefined) return this.open();
      const set = this.set;
      setImmediate(() => {
        if (this.set === set && this.resolved) this.report(set);
      });
    }

    destroy(): void {
      this.set?.close();
      this.set = undefined;
      this.resolved = false;
    }

    private open(): void {
      let set: DiscoverySet;
      try {
        set = client.registry.discover(this.service, { passing: true, tags: this.tags });
      } catch (err) {
        setImmediate(() => this.fail(err));
        return;
      }
      this.set = set;
      set.on('change', () => {
        if (this.set === set && this.resolved) this.report(set);
      });
      set.ready.then(() => {
        if (this.set !== set) return;
        this.resolved = true;
        this.report(set);
      }, (err: unknown) => {
        if (this.set === set) this.fail(err);
      });
    }

    private report(set: DiscoverySet): void {
      const instances = set.instances();
      if (instances.length === 0) return this.fail(`no passing instances of ${this.service}`);
      this.listener({ ok: true, value: instances.map(endpointOf) }, {}, { ok: true, value: serviceConfig() }, '');
    }

    private fail(why: unknown): void {
      const details = typeof why === 'string' ? why : `resolving ${this.service}: ${why instanceof Error ? why.message : String(why)}`;
      this.listener({ ok: false, error: { code: UNAVAILABLE, details, metadata: new grpc.Metadata() } }, {}, null, '');
    }
  }

  grpc.experimental.registerResolver(scheme, RegdResolver);
}
