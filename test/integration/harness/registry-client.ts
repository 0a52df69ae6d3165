// The registry's protocol as the integration tests call it: raw grpc-js clients
// of regd.v1.Registry, one per member, and small helpers around them.
import { credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { regd } from '../../../src/generated/proto.js';
import { MaintenanceClient, RegistryClient } from '../../../src/proto/services.js';
import type { LocalCluster } from './local-cluster.js';
import { waitFor } from './wait-for.js';

export const { HealthStatus, CheckKind } = regd.v1;
export type Client = InstanceType<typeof RegistryClient>;

const clients: Client[] = [];

/** Closes every client made since the last call. */
export function closeRegistryClients(): void {
  for (const k of clients.splice(0)) k.close();
}

export function registry(c: LocalCluster, name: string): Client {
  const k = new RegistryClient(c.endpoint(name), credentials.createInsecure());
  clients.push(k);
  return k;
}

function call<Req, Res>(f: (req: Req, md: Metadata, opts: { deadline: number }, cb: (err: ServiceError | null, res?: Res) => void) => unknown, req: Req, timeoutMs = 5000): Promise<Res> {
  return new Promise((resolve, reject) => {
    f(req, new Metadata(), { deadline: Date.now() + timeoutMs }, (err, res) => (err !== null ? reject(err) : resolve(res!)));
  });
}

export const api = (k: Client) => ({
  register: (r: regd.v1.IRegistration) => call<regd.v1.IRegisterRequest, regd.v1.RegisterResponse>(k.Register.bind(k), { instance: r }),
  deregister: (service: string, id: string) => call<regd.v1.IDeregisterRequest, regd.v1.DeregisterResponse>(k.Deregister.bind(k), { service, id }),
  report: (service: string, id: string, checkId: string, s: regd.v1.HealthStatus, output = '') =>
    call<regd.v1.IReportCheckRequest, regd.v1.ReportCheckResponse>(k.ReportCheck.bind(k), { report: { service, id, checkId, status: s, output } }),
  list: (req: regd.v1.IListInstancesRequest) => call<regd.v1.IListInstancesRequest, regd.v1.ListInstancesResponse>(k.ListInstances.bind(k), req),
  services: () => call<regd.v1.IListServicesRequest, regd.v1.ListServicesResponse>(k.ListServices.bind(k), {}),
  status: () => call<regd.v1.IStatusRequest, regd.v1.StatusResponse>(k.Status.bind(k), {}),
  release: () => call<regd.v1.IReleaseSelfPreservationRequest, regd.v1.ReleaseSelfPreservationResponse>(k.ReleaseSelfPreservation.bind(k), {}),
  maintenance: (service: string, id: string, enable: boolean, reason = '') =>
    call<regd.v1.ISetMaintenanceRequest, regd.v1.SetMaintenanceResponse>(k.SetMaintenance.bind(k), { service, id, enable, reason }),
});

export async function grpcError(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (err) {
    return err as ServiceError;
  }
  throw new Error('expected the call to fail');
}

export function ttlInstance(service: string, id: string, ttlMs: number, extra: Partial<regd.v1.ICheckDefinition> = {}): regd.v1.IRegistration {
  return {
    service, id, address: '127.0.0.1', port: 8080,
    checks: [{ checkId: 'ttl', kind: CheckKind.CHECK_KIND_TTL, ttlMs, ...extra }],
  };
}

export async function leaderName(c: LocalCluster): Promise<string> {
  return waitFor('a leader', async () => {
    for (const n of c.names.filter((m) => c.isRunning(m))) {
      const m = new MaintenanceClient(c.endpoint(n), credentials.createInsecure());
      try {
        const s = await new Promise<{ leader: unknown; header: { memberId: unknown } }>((resolve, reject) =>
          m.Status({}, { deadline: Date.now() + 1000 }, (err, res) => (err ? reject(err) : resolve(res as never))));
        if (String(s.leader) !== '0' && String(s.leader) === String(s.header.memberId)) return n;
      } catch {
        // not answering: try the next one
      } finally {
        m.close();
      }
    }
    return undefined;
  }, { timeoutMs: 20_000 });
}

