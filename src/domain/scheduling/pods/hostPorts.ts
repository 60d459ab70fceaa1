/**
 * Host ports: two pods asking for the same host port cannot share a node, and a DaemonSet's host
 * ports travel to every node it runs on (spec 1.6, 1.12; core `pkg/scheduling/hostportusage.go ::
 * GetHostPorts, HostPort.Matches, Conflicts`).
 */
import type { PodSpec } from './workload';

export interface HostPort {
  ip: string;
  port: number;
  protocol: string;
}

const UNSPECIFIED = new Set(['0.0.0.0', '::']);

/**
 * The host ports of the regular containers (Karpenter's `GetHostPorts` reads only those). An
 * omitted host IP is `0.0.0.0`; an omitted protocol is TCP, as the API server defaults it on a real
 * pod (a template is not defaulted).
 */
export function hostPorts(spec: PodSpec): HostPort[] {
  return spec.containers.flatMap((container) =>
    (container.ports ?? [])
      .filter((port) => (port.hostPort ?? 0) !== 0)
      .map((port) => ({
        ip: port.hostIP || '0.0.0.0',
        port: port.hostPort!,
        protocol: port.protocol || 'TCP',
      })),
  );
}

/** `HostPort.Matches`: same port and protocol, and the same IP unless one of them is unspecified. */
export function hostPortsConflict(a: HostPort, b: HostPort): boolean {
  if (a.port !== b.port || a.protocol !== b.protocol) return false;
  return a.ip === b.ip || UNSPECIFIED.has(a.ip) || UNSPECIFIED.has(b.ip);
}

/** Karpenter's words for a conflict (`HostPortUsage.Conflicts`). */
export function describeHostPortConflict(port: HostPort): string {
  return `pod hostport conflicts with existing hostport configuration (${port.ip}:${port.port}/${port.protocol})`;
}
