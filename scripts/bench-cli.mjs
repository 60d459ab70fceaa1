// `npm run bench:cli`: the CLI bundle's wall time, Node start-up included, as CI would see it:
// `check` over 1,000 documents in 100 files, and `--version` alone (the bundle's start-up).
// Each is run 7 times after one warm-up; the median is printed. Expects dist-cli built
// (`npm run bench:cli` builds it first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist-cli', 'nodepool-designer.mjs');

/** Ten documents a file, as a repository of cluster add-ons holds them: one EC2NodeClass,
 * one NodePool, and the workloads and other objects that ship beside them. */
function file(i) {
  const docs = [
    `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: class-${i}
spec:
  role: KarpenterNodeRole-demo
  amiSelectorTerms:
    - alias: al2023@latest
  subnetSelectorTerms:
    - tags: {karpenter.sh/discovery: demo}
  securityGroupSelectorTerms:
    - tags: {karpenter.sh/discovery: demo}`,
    `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: pool-${i}
spec:
  weight: ${(i % 100) + 1}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: class-${i}}
      requirements:
        - {key: karpenter.k8s.aws/instance-category, operator: In, values: [c, m, r]}
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
      taints:
        - {key: team, value: team-${i}, effect: NoSchedule}
  limits:
    cpu: "1000"`,
  ];
  for (let j = 0; j < 4; j++)
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}-${j}
spec:
  replicas: 3
  selector: {matchLabels: {app: app-${i}-${j}}}
  template:
    metadata: {labels: {app: app-${i}-${j}}}
    spec:
      tolerations: [{key: team, value: team-${i}, effect: NoSchedule}]
      containers:
        - name: app
          image: example/app:1
          resources: {requests: {cpu: 500m, memory: 512Mi}}`);
  for (let j = 0; j < 4; j++)
    docs.push(`apiVersion: v1
kind: Service
metadata:
  name: app-${i}-${j}
spec:
  selector: {app: app-${i}-${j}}
  ports: [{port: 80}]`);
  return docs.join('\n---\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'nodepool-bench-cli-'));
mkdirSync(join(dir, 'manifests'));
for (let i = 0; i < 100; i++) writeFileSync(join(dir, 'manifests', `app-${i}.yaml`), file(i));

function median(args) {
  const times = [];
  for (let run = 0; run < 8; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    const ms = performance.now() - started;
    if (result.status !== 0)
      throw new Error(
        `${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`,
      );
    if (run > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const check = median(['check', join(dir, 'manifests')]);
const version = median(['--version']);
const bare = (() => {
  const times = [];
  for (let run = 0; run < 8; run++) {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    if (run > 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
})();
console.log(`check, 1,000 documents in 100 files: ${check.toFixed(0)} ms (target < 1000 ms)`);
console.log(`--version (bundle start-up):          ${version.toFixed(0)} ms (target < 150 ms)`);
console.log(`node -e '' (Node alone, for scale):   ${bare.toFixed(0)} ms`);
