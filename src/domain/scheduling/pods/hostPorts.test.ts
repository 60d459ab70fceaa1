import { describe, expect, it } from 'vitest';
import { describeHostPortConflict, hostPorts, hostPortsConflict } from './hostPorts';

describe('hostPorts (GetHostPorts)', () => {
  it('lists container host ports with Kubernetes defaults, skipping plain container ports', () => {
    expect(
      hostPorts({
        containers: [
          { ports: [{ containerPort: 80 }, { containerPort: 9100, hostPort: 9100 }] },
          { ports: [{ containerPort: 53, hostPort: 53, protocol: 'UDP', hostIP: '10.0.0.1' }] },
        ],
      }),
    ).toEqual([
      { ip: '0.0.0.0', port: 9100, protocol: 'TCP' },
      { ip: '10.0.0.1', port: 53, protocol: 'UDP' },
    ]);
  });

  it('ignores init containers, as Karpenter does', () => {
    expect(
      hostPorts({
        containers: [],
        initContainers: [{ restartPolicy: 'Always', ports: [{ hostPort: 8080 }] }],
      }),
    ).toEqual([]);
  });
});

describe('hostPortsConflict (HostPort.Matches)', () => {
  const any = { ip: '0.0.0.0', port: 9100, protocol: 'TCP' };
  it('conflicts on the same port and protocol when either IP is unspecified', () => {
    expect(hostPortsConflict(any, { ...any, ip: '10.0.0.1' })).toBe(true);
    expect(hostPortsConflict({ ...any, ip: '::' }, { ...any, ip: '10.0.0.1' })).toBe(true);
  });

  it('does not conflict across protocols, ports or distinct IPs', () => {
    expect(hostPortsConflict(any, { ...any, protocol: 'UDP' })).toBe(false);
    expect(hostPortsConflict(any, { ...any, port: 9101 })).toBe(false);
    expect(hostPortsConflict({ ...any, ip: '10.0.0.1' }, { ...any, ip: '10.0.0.2' })).toBe(false);
  });

  it("describes a conflict in Karpenter's words", () => {
    expect(describeHostPortConflict(any)).toBe(
      'pod hostport conflicts with existing hostport configuration (0.0.0.0:9100/TCP)',
    );
  });
});
