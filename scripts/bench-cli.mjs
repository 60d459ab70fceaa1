// `npm run bench:cli`: the CLI bundle's wall time, Node start-up included, as CI would see it:
// `check` and `simulate` over 1,000 documents in 100 files, and `--version` alone (the bundle's
// start-up).
// Each is run 7 times after one warm-up; the median and the minimum are printed (on a busy
// machine the minimum is the better estimate of the work itself). Expects dist-cli built
// (`npm run bench:cli` builds it first); NODEPOOL_CLI=path/to/nodepool-designer.mjs times another
// build, such as an older commit's, on the same files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.NODEPOOL_CLI ?? join(root, 'dist-cli', 'nodepool-designer.mjs');

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

/** Wall times of `run`, 7 runs after one warm-up: the median and the minimum. */
function timed(run) {
  const times = [];
  for (let i = 0; i < 8; i++) {
    const started = performance.now();
    run();
    if (i > 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0] };
}

function cliRun(args) {
  return () => {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(
        `${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`,
      );
  };
}

const show = ({ median, min }) => `${median.toFixed(0)} ms (min ${min.toFixed(0)} ms)`;
const check = timed(cliRun(['check', join(dir, 'manifests')]));
const simulate = timed(cliRun(['simulate', join(dir, 'manifests')]));
const version = timed(cliRun(['--version']));
const bare = timed(() => spawnSync(process.execPath, ['-e', '']));
console.log(`check, 1,000 documents in 100 files: ${show(check)}, target < 1000 ms`);
console.log(`simulate, the same files:             ${show(simulate)}`);
console.log(`--version (bundle start-up):          ${show(version)}, target < 150 ms`);
console.log(`node -e '' (Node alone, for scale):   ${show(bare)}`);
