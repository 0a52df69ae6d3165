// regctl service, check and registry: the service registry.
//
//   service register|deregister|list|show|maint|watch (and run, service-run.ts)
//   check pass|warn|fail      a TTL check's report
//   registry status           counts by status and the self-preservation state
//   registry preserve off     ends a self-preservation hold

import type { Command } from 'commander';
import { action, examples } from '../command.js';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import type { JsonValue } from '../output.js';
import { collect, parseChoice, parseDurationMs, parseHostPort, parsePairs, parsePort, parseAddress, parseRegistryName } from '../parse.js';
import { addServiceRunCommand } from './service-run.js';
import {
  TTL_CHECK_ID, type Check, type CheckDefinition, type HealthStatus, type Instance, type InstanceEvent, type RegistryHeader, type ServiceUpdate,
} from '../../src/client/index.js';

/** An active check's interval when --interval is absent (consul's examples use 10s). */
export const DEFAULT_CHECK_INTERVAL = '10s';

const HTTP_URL_PATTERN = /^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i;

const STATUS_ORDER: Record<HealthStatus, number> = { passing: 0, warning: 1, critical: 2 };

/** A duration that must be more than zero. */
function parsePositiveDurationMs(flag: string, text: string): number {
  const ms = parseDurationMs(flag, text);
  if (ms <= 0) throw new UsageError(`${flag} "${text}": want a duration above zero, such as 10s`);
  return ms;
}

// ---- views ------------------------------------------------------------------

/** The check that decides an instance's status: the first of the worst. */
function worstCheck(i: Instance): Check | undefined {
  let worst: Check | undefined;
  for (const c of i.checks) if (worst === undefined || STATUS_ORDER[c.status] > STATUS_ORDER[worst.status]) worst = c;
  return worst;
}

function hostPort(address: string, port: number): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]:${port}` : `${address}:${port}`;
}

function metaText(meta: Record<string, string>): string {
  return Object.entries(meta).map(([k, v]) => `${k}=${v}`).join(',');
}

/** The status a person reads: coloured, with maintenance and staleness. */
function statusText(ctx: Context, i: Instance): string {
  let s = ctx.out.status(i.status);
  if (i.maintenance) s += i.maintenanceReason !== '' ? ` maintenance=${JSON.stringify(i.maintenanceReason)}` : ' maintenance';
  if (i.stale) s += ` ${ctx.out.paint('yellow', 'stale')}`;
  return s;
}

/** `web-1 10.0.0.5:8080 passing tags=http,v2 meta=version=2 checks=ttl:passing`: one instance as `service show` prints it. */
function instanceLine(ctx: Context, i: Instance): string {
  const parts = [i.id, hostPort(i.address, i.port), statusText(ctx, i)];
  if (i.tags.length > 0) parts.push(`tags=${i.tags.join(',')}`);
  if (Object.keys(i.meta).length > 0) parts.push(`meta=${metaText(i.meta)}`);
  if (i.checks.length > 0) parts.push(`checks=${i.checks.map((c) => `${c.definition.checkId}:${ctx.out.status(c.status)}`).join(',')}`);
  const w = worstCheck(i);
  if (w !== undefined && w.status !== 'passing' && w.output !== '') parts.push(`output=${JSON.stringify(w.output)}`);
  return parts.join(' ');
}

function checkJson(c: Check): JsonValue {
  const d = c.definition;
  const active = d.kind !== 'ttl';
  return {
    id: d.checkId,
    kind: d.kind,
    status: c.status,
    output: c.output,
    status_changed: new Date(c.statusChangedMs).toISOString(),
    ttl_ms: active ? undefined : d.ttlMs,
    interval_ms: active ? d.intervalMs : undefined,
    timeout_ms: active ? d.timeoutMs : undefined,
    target: active ? d.target : undefined,
    grpc_service: d.kind === 'grpc' ? d.grpcService : undefined,
    deregister_critical_after_ms: d.deregisterCriticalAfterMs === 0 ? undefined : d.deregisterCriticalAfterMs,
  };
}

function instanceJson(i: Instance): JsonValue {
  return {
    id: i.id,
    address: i.address,
    port: i.port,
    tags: [...i.tags],
    meta: { ...i.meta },
    status: i.status,
    stale: i.stale,
    maintenance: i.maintenance,
    maintenance_reason: i.maintenanceReason,
    checks: i.checks.map(checkJson),
    create_revision: String(i.createRevision),
    mod_revision: String(i.modRevision),
  };
}

function revisionOf(h: RegistryHeader | null): string | null {
  return h === null ? null : String(h.revision);
}

// ---- service register / deregister / maint ------------------------------------

interface RegisterFlags {
  id: string;
  address: string;
  port: string;
  tag?: string[];
  meta?: string[];
  ttl?: string;
  http?: string;
  tcp?: string;
  grpc?: string;
  interval?: string;
  timeout?: string;
  deregisterAfter?: string;
}

/** The checks the flags ask for: a TTL check (--ttl) and at most one active check. */
function checksOf(f: RegisterFlags): CheckDefinition[] {
  const given = (['http', 'tcp', 'grpc'] as const).filter((k) => f[k] !== undefined);
  if (given.length > 1) throw new UsageError(`--${given.join(' and --')}: give at most one of --http, --tcp and --grpc`);
  const kind = given[0];
  if (kind === undefined && (f.interval !== undefined || f.timeout !== undefined)) {
    throw new UsageError(`--${f.interval !== undefined ? 'interval' : 'timeout'}: applies to an --http, --tcp or --grpc check`);
  }
  if (kind === undefined && f.ttl === undefined && f.deregisterAfter !== undefined) {
    throw new UsageError('--deregister-after: applies to a check (--ttl, --http, --tcp or --grpc)');
  }
  const deregister = f.deregisterAfter !== undefined ? { deregisterCriticalAfterMs: parsePositiveDurationMs('--deregister-after', f.deregisterAfter) } : {};
  const checks: CheckDefinition[] = [];
  if (f.ttl !== undefined) checks.push({ checkId: TTL_CHECK_ID, kind: 'ttl', ttlMs: parsePositiveDurationMs('--ttl', f.ttl), ...deregister });
  if (kind !== undefined) {
    const timing = {
      intervalMs: parsePositiveDurationMs('--interval', f.interval ?? DEFAULT_CHECK_INTERVAL),
      ...(f.timeout !== undefined ? { timeoutMs: parsePositiveDurationMs('--timeout', f.timeout) } : {}),
    };
    const value = f[kind]!;
    if (kind === 'http') {
      if (!HTTP_URL_PATTERN.test(value)) throw new UsageError(`--http "${value}": want an http:// or https:// URL`);
      checks.push({ checkId: 'http', kind, target: value, ...timing, ...deregister });
    } else if (kind === 'tcp') {
      parseHostPort('--tcp', value);
      checks.push({ checkId: 'tcp', kind, target: value, ...timing, ...deregister });
    } else {
      const slash = value.indexOf('/');
      const target = slash < 0 ? value : value.slice(0, slash);
      parseHostPort('--grpc', target);
      checks.push({ checkId: 'grpc', kind, target, ...(slash < 0 ? {} : { grpcService: value.slice(slash + 1) }), ...timing, ...deregister });
    }
  }
  return checks;
}

async function register(ctx: Context, name: string, f: RegisterFlags): Promise<void> {
  const service = parseRegistryName('NAME', name);
  const id = parseRegistryName('--id', f.id);
  const address = parseAddress(f.address);
  const port = parsePort('--port', f.port);
  const meta = parsePairs('--meta', f.meta ?? []);
  for (const k of Object.keys(meta)) parseRegistryName('--meta key', k);
  const checks = checksOf(f);
  const c = await ctx.client();
  const h = await c.registry.put({ service, id, address, port, tags: f.tag ?? [], meta, checks });
  if (ctx.out.json) {
    ctx.out.printJson({ revision: String(h.revision), service, id, address, port, checks: checks.map((x) => x.checkId) });
    return;
  }
  const how = checks.length === 0 ? 'no checks' : `checks ${checks.map((x) => x.checkId).join(', ')}`;
  ctx.out.line(`registered ${id} of ${service} at ${hostPort(address, port)} (${how})`);
}

async function deregister(ctx: Context, name: string, id: string): Promise<void> {
  const service = parseRegistryName('NAME', name);
  parseRegistryName('ID', id);
  const c = await ctx.client();
  const r = await c.registry.deregister(service, id);
  if (ctx.out.json) ctx.out.printJson({ revision: revisionOf(r.header), service, id });
  else ctx.out.line(`deregistered ${id} of ${service}`);
}

async function maint(ctx: Context, name: string, id: string, onOff: string, f: { reason?: string }): Promise<void> {
  const service = parseRegistryName('NAME', name);
  parseRegistryName('ID', id);
  const enable = parseChoice('maintenance', onOff, ['on', 'off'] as const) === 'on';
  if (!enable && f.reason !== undefined) throw new UsageError('--reason: applies to `maint … on`');
  const c = await ctx.client();
  const h = await c.registry.setMaintenance(service, id, enable, f.reason ?? '');
  if (ctx.out.json) {
    ctx.out.printJson({ revision: String(h.revision), service, id, maintenance: enable, maintenance_reason: f.reason ?? '' });
    return;
  }
  const reason = enable && f.reason !== undefined && f.reason !== '' ? ` (${f.reason})` : '';
  ctx.out.line(`${id} of ${service}: maintenance ${onOff}${reason}`);
}

// ---- service list / show -------------------------------------------------------

function notePreservation(ctx: Context, on: boolean): void {
  if (on) ctx.out.note(ctx.out.paint('yellow', 'self-preservation is on: stale instances keep their last known status (regctl registry status)'));
}

async function list(ctx: Context): Promise<void> {
  const c = await ctx.client();
  const r = await c.registry.listServices();
  const out = ctx.out;
  if (out.json) {
    out.printJson({
      revision: String(r.header.revision),
      self_preservation: r.selfPreservation,
      services: r.services.map((s) => ({
        name: s.name, instances: s.instances, passing: s.passing, warning: s.warning, critical: s.critical, tags: [...s.tags],
      })),
    });
    return;
  }
  notePreservation(ctx, r.selfPreservation);
  if (out.format === 'table') {
    out.table(['service', 'instances', 'passing', 'warning', 'critical', 'tags'], r.services.map((s) => [
      s.name, String(s.instances), String(s.passing), String(s.warning), String(s.critical), s.tags.join(','),
    ]));
    return;
  }
  for (const s of r.services) {
    const counts = (['passing', 'warning', 'critical'] as const).map((k) => `${k === 'passing' || s[k] === 0 ? k : out.status(k)}=${s[k]}`);
    const tags = s.tags.length > 0 ? ` tags=${s.tags.join(',')}` : '';
    out.line(`${s.name} ${s.instances} ${s.instances === 1 ? 'instance' : 'instances'} ${counts.join(' ')}${tags}`);
  }
}

async function show(ctx: Context, name: string, f: { passing?: boolean; tag?: string[]; meta?: string[] }): Promise<void> {
  const service = parseRegistryName('NAME', name);
  const meta = parsePairs('--meta', f.meta ?? []);
  const c = await ctx.client();
  const r = await c.registry.listInstances(service, {
    passingOnly: f.passing === true, ...(f.tag !== undefined ? { tags: f.tag } : {}), ...(f.meta !== undefined ? { meta } : {}),
  });
  const out = ctx.out;
  if (out.json) {
    out.printJson({ service, revision: String(r.header.revision), self_preservation: r.selfPreservation, instances: r.instances.map(instanceJson) });
    return;
  }
  notePreservation(ctx, r.selfPreservation);
  if (out.format === 'table') {
    out.table(['id', 'address', 'status', 'tags', 'meta', 'checks', 'output'], r.instances.map((i) => {
      const w = worstCheck(i);
      return [
        i.id, hostPort(i.address, i.port), statusText(ctx, i), i.tags.join(','), metaText(i.meta),
        i.checks.map((x) => `${x.definition.checkId}:${out.status(x.status)}`).join(','), w !== undefined && w.status !== 'passing' ? w.output : '',
      ];
    }));
    return;
  }
  for (const i of r.instances) out.line(instanceLine(ctx, i));
}

// ---- service watch -----------------------------------------------------------

/** One change a watch prints: an instance (now) or one that left (as it was last seen). */
type WatchChange = { type: 'put'; instance: Instance } | { type: 'delete'; id: string; last: Instance | undefined };

function clock(d: Date): string {
  return d.toTimeString().slice(0, 8);
}

/** `16:50:02 put web-1 10.0.0.5:8080 warning "disk 91%"`: one change as `service watch` prints it. */
function changeLine(ctx: Context, at: Date, ch: WatchChange): string {
  if (ch.type === 'delete') {
    const where = ch.last !== undefined ? ` ${hostPort(ch.last.address, ch.last.port)}` : '';
    return `${clock(at)} ${ctx.out.paint('dim', 'delete')} ${ch.id}${where}`;
  }
  const i = ch.instance;
  const w = worstCheck(i);
  const output = w !== undefined && w.output !== '' ? ` ${JSON.stringify(w.output)}` : '';
  return `${clock(at)} ${ctx.out.paint('bold', 'put')} ${i.id} ${hostPort(i.address, i.port)} ${statusText(ctx, i)}${output}`;
}

function changeJson(ch: WatchChange): JsonValue {
  return ch.type === 'put' ? { type: 'put', instance: instanceJson(ch.instance) } : { type: 'delete', id: ch.id };
}

/**
 * What a watch holds: the instances it has shown. A message is turned into the
 * changes to print; with `passingOnly`, an instance that stops passing leaves
 * (a delete) and one that starts passing comes (a put). A snapshot after a
 * reconnection is compared with what was shown, so only real changes print.
 */
class WatchView {
  readonly shown = new Map<string, Instance>();
  constructor(private readonly passingOnly: boolean) {}

  apply(u: ServiceUpdate, first: boolean): WatchChange[] {
    const changes: WatchChange[] = [];
    if (u.snapshot) {
      const now = new Map<string, Instance>();
      for (const e of u.events) if (e.type === 'put') now.set(e.instance.id, e.instance);
      if (!first) {
        for (const [id, last] of this.shown) if (!now.has(id) || !this.visible(now.get(id)!)) changes.push(this.remove(id, last));
      }
      for (const i of now.values()) {
        const last = this.shown.get(i.id);
        if (this.visible(i) && (last === undefined || last.modRevision !== i.modRevision)) changes.push(this.put(i));
      }
      return changes;
    }
    for (const e of u.events) {
      const change = this.event(e);
      if (change !== undefined) changes.push(change);
    }
    return changes;
  }

  private event(e: InstanceEvent): WatchChange | undefined {
    if (e.type === 'delete') {
      const last = this.shown.get(e.id);
      if (this.passingOnly && last === undefined) return undefined;
      return this.remove(e.id, last);
    }
    if (this.visible(e.instance)) return this.put(e.instance);
    const last = this.shown.get(e.instance.id);
    return last !== undefined ? this.remove(e.instance.id, last) : undefined;
  }

  private visible(i: Instance): boolean {
    return !this.passingOnly || i.status === 'passing';
  }

  private put(i: Instance): WatchChange {
    this.shown.set(i.id, i);
    return { type: 'put', instance: i };
  }

  private remove(id: string, last: Instance | undefined): WatchChange {
    this.shown.delete(id);
    return { type: 'delete', id, last };
  }
}

async function watch(ctx: Context, name: string, f: { passing?: boolean }): Promise<number> {
  const service = parseRegistryName('NAME', name);
  const interrupted = ctx.interrupted();
  const c = await ctx.client();
  const out = ctx.out;
  const view = new WatchView(f.passing === true);
  let first = true;
  let selfPreservation = false;
  const onUpdate = (u: ServiceUpdate): void => {
    const at = new Date();
    const wasFirst = first;
    first = false;
    const changes = view.apply(u, wasFirst);
    const preservationChanged = u.selfPreservation !== selfPreservation;
    selfPreservation = u.selfPreservation;
    if (wasFirst) {
      const which = f.passing === true ? 'passing instances of ' : '';
      out.note(`watching ${which}${service} from revision ${u.revision}… (Ctrl-C to stop)`);
    }
    if (preservationChanged && !out.json) {
      out.note(out.paint('yellow', `self-preservation ${u.selfPreservation ? 'on: statuses are held' : 'off'}`));
    }
    if (out.json) {
      if (wasFirst || changes.length > 0 || preservationChanged) {
        out.printJson({
          time: at.toISOString(), revision: String(u.revision), snapshot: wasFirst, self_preservation: u.selfPreservation, events: changes.map(changeJson),
        });
      }
      return;
    }
    if (wasFirst) {
      if (changes.length === 0) out.note(`no ${f.passing === true ? 'passing ' : ''}instances yet`);
      for (const ch of changes) if (ch.type === 'put') out.line(instanceLine(ctx, ch.instance));
      return;
    }
    for (const ch of changes) out.line(changeLine(ctx, at, ch));
  };
  // One note when the stream breaks (not one per failed attempt to reopen it), one when it is back.
  let broken = false;
  const w = c.registry.watch(service, {
    resumeFromSnapshot: true,
    onUpdate,
    onBroken: (e) => {
      if (!broken) out.note(out.paint('yellow', `watch stream broken (${e.message}); reconnecting…`));
      broken = true;
    },
    onReopened: () => {
      broken = false;
      out.note('watch stream reconnected');
    },
  });
  ctx.onClose(() => w.close());
  await Promise.race([interrupted, w.done]);
  return 0;
}

// ---- check pass|warn|fail ----------------------------------------------------

const REPORTS: ReadonlyArray<readonly [verb: string, status: HealthStatus]> = [['pass', 'passing'], ['warn', 'warning'], ['fail', 'critical']];

async function report(ctx: Context, status: HealthStatus, name: string, id: string, f: { output?: string; checkId: string }): Promise<void> {
  const service = parseRegistryName('NAME', name);
  parseRegistryName('ID', id);
  const checkId = parseRegistryName('--check-id', f.checkId);
  const c = await ctx.client();
  const h = await c.registry.report(service, id, checkId, status, f.output ?? '');
  if (ctx.out.json) {
    ctx.out.printJson({ revision: String(h.revision), service, id, check_id: checkId, status, output: f.output ?? '' });
    return;
  }
  ctx.out.line(`${id} of ${service}: check ${checkId} ${ctx.out.status(status)}`);
}

// ---- registry status / preserve off -------------------------------------------

/** `1m5s`: an elapsed time as a person reads it. */
function elapsedText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${s % 60}s`;
}

async function status(ctx: Context): Promise<void> {
  const c = await ctx.client();
  const r = await c.registry.status();
  const out = ctx.out;
  const since = r.selfPreservationSinceMs === null ? null : new Date(r.selfPreservationSinceMs).toISOString();
  if (out.json) {
    out.printJson({
      revision: String(r.header.revision),
      services: r.services, instances: r.instances, passing: r.passing, warning: r.warning, critical: r.critical, stale: r.stale,
      self_preservation: r.selfPreservation, self_preservation_since: since,
    });
    return;
  }
  const preservation = r.selfPreservation && r.selfPreservationSinceMs !== null
    ? `on since ${since} (${elapsedText(Date.now() - r.selfPreservationSinceMs)})`
    : r.selfPreservation ? 'on' : 'off';
  if (out.format === 'table') {
    out.table(['services', 'instances', 'passing', 'warning', 'critical', 'stale', 'self-preservation'], [[
      String(r.services), String(r.instances), String(r.passing), String(r.warning), String(r.critical), String(r.stale),
      r.selfPreservation ? out.paint('yellow', preservation) : preservation,
    ]]);
    return;
  }
  out.line(`services: ${r.services}`);
  out.line(`instances: ${r.instances} (${r.passing} ${out.status('passing')}, ${r.warning} ${out.status('warning')}, ${r.critical} ${out.status('critical')}; ${r.stale} stale)`);
  out.line(`self-preservation: ${r.selfPreservation ? out.paint('yellow', preservation) : preservation}`);
}

async function preserve(ctx: Context, onOff: string): Promise<void> {
  if (onOff !== 'off') throw new UsageError(`preserve "${onOff}": want off (to end a hold)`);
  const c = await ctx.client();
  const r = await c.registry.releaseSelfPreservation();
  if (ctx.out.json) ctx.out.printJson({ revision: String(r.header.revision), released: r.released });
  else ctx.out.line(r.released ? 'released the self-preservation hold: held transitions now go through' : 'no self-preservation hold was in force');
}

// ---- the command tree --------------------------------------------------------

export function addServiceCommands(program: Command): void {
  const service = program.command('service').description('register, list, show and watch service instances');

  examples(service.command('register').argument('<name>', 'the service name')
    .description('registers an instance once (it stays until deregistered, or removed by --deregister-after); again with the same NAME and --id replaces it')
    .requiredOption('--id <id>', 'the instance id')
    .requiredOption('--address <address>', 'the address callers use (host name or IP)')
    .requiredOption('--port <port>', 'the port callers use')
    .option('--tag <tag>', 'a tag (repeatable)', collect)
    .option('--meta <key=value>', 'a meta pair (repeatable)', collect)
    .option('--ttl <duration>', `a TTL check (id "${TTL_CHECK_ID}") that \`regctl check pass\` reports; critical until the first report`)
    .option('--http <url>', 'an HTTP check: GET URL, passing on 2xx')
    .option('--tcp <host:port>', 'a TCP check: passing when a connection opens')
    .option('--grpc <host:port[/service]>', 'a gRPC health check (grpc.health.v1)')
    .option('--interval <duration>', `time between runs of the --http, --tcp or --grpc check (default ${DEFAULT_CHECK_INTERVAL})`)
    .option('--timeout <duration>', 'how long one run of the check may take (default 10s)')
    .option('--deregister-after <duration>', 'remove the instance once a check has been critical this long')
    .action(action(register)), [
    'regctl service register web --id web-1 --address 10.0.0.5 --port 8080 --tag v2 --meta version=2.1',
    'regctl service register web --id web-1 --address 10.0.0.5 --port 8080 --http http://10.0.0.5:8080/health --interval 5s --timeout 2s',
    'regctl service register db --id db-1 --address 10.0.0.7 --port 5432 --ttl 30s --deregister-after 10m',
  ]);

  examples(service.command('deregister').argument('<name>', 'the service name').argument('<id>', 'the instance id')
    .description('removes an instance (exit 1, NOT_FOUND, when it is not registered)')
    .action(action(deregister)), [
    'regctl service deregister web web-1',
  ]);

  examples(service.command('list')
    .description('every service with its instance counts by status and its tags')
    .action(action(list)), [
    'regctl service list',
    'regctl service list -w table',
    'regctl service list -w json',
  ]);

  examples(service.command('show').argument('<name>', 'the service name')
    .description('the instances of a service: id, address:port, status, tags, meta and checks')
    .option('--passing', 'only passing instances')
    .option('--tag <tag>', 'only instances with this tag (repeatable: all of them)', collect)
    .option('--meta <key=value>', 'only instances with this meta pair (repeatable: all of them)', collect)
    .action(action(show)), [
    'regctl service show web',
    'regctl service show web --passing --tag v2',
    'regctl service show web --meta zone=eu-1',
    'regctl service show web -w json | jq -r \'.instances[] | "\\(.address):\\(.port)"\'',
  ]);

  examples(service.command('maint').argument('<name>', 'the service name').argument('<id>', 'the instance id').argument('<on|off>')
    .description('puts an instance in maintenance (critical, with a reason) or takes it out')
    .option('--reason <text>', 'why (shown with the instance)')
    .action(action(maint)), [
    'regctl service maint web web-1 on --reason "kernel upgrade"',
    'regctl service maint web web-1 off',
  ]);

  examples(service.command('watch').argument('<name>', 'the service name')
    .description('prints the instances of a service, then one line per change, until Ctrl-C')
    .option('--passing', 'only passing instances: one that stops passing is shown leaving')
    .action(action(watch)), [
    'regctl service watch web',
    'regctl service watch web --passing -w json',
  ]);

  addServiceRunCommand(service);

  const check = program.command('check').description("report a TTL check's status (what a service's heartbeat does)");
  for (const [verb, s] of REPORTS) {
    examples(check.command(verb).argument('<name>', 'the service name').argument('<id>', 'the instance id')
      .description(`reports the instance's TTL check ${s} (and restarts its TTL)`)
      .option('--output <text>', 'what the check says (shown with the instance)')
      .option('--check-id <id>', 'the check to report', TTL_CHECK_ID)
      .action(action((ctx: Context, name: string, id: string, f: { output?: string; checkId: string }) => report(ctx, s, name, id, f))), [
      `regctl check ${verb} web web-1${s === 'passing' ? '' : ` --output "${s === 'warning' ? 'disk 91% full' : 'database unreachable'}"`}`,
      `regctl check ${verb} web web-1 --check-id ttl`,
    ]);
  }

  const registry = program.command('registry').description('the registry as a whole: counts by status, self-preservation');
  examples(registry.command('status')
    .description('instances by status, and whether self-preservation holds transitions (since when)')
    .action(action(status)), [
    'regctl registry status',
    'regctl registry status -w json',
  ]);
  examples(registry.command('preserve').argument('<off>', 'off: end the hold in force')
    .description('ends a self-preservation hold now (held transitions are then released at a bounded rate)')
    .action(action(preserve)), [
    'regctl registry preserve off',
  ]);
}
