export const MAIN_HELP = `nodepool-designer: check Karpenter manifests with NodePool Designer's engine.

Usage:
  nodepool-designer <command> [options] [paths…]

Commands:
  check      Report every problem in NodePools, EC2NodeClasses, MIG setups and workloads
  convert    Turn v1beta1 NodePools and EC2NodeClasses, Provisioners and AWSNodeTemplates
             into Karpenter v1 (a diff, or --write to rewrite the files)
  simulate   Say where Karpenter would run each workload, on which nodes, at what cost,
             or why it would stay pending

Options:
  -h, --help       Show help (nodepool-designer help <command> for a command's)
  -v, --version    Print the version

Exit codes: 0 clean, 1 something to fix (problems, documents to convert, workloads that
would stay pending), 2 bad usage or unreadable input.
`;

export const CHECK_HELP = `Usage:
  nodepool-designer check [options] <path…>

Reads files, folders (recursively: *.yaml, *.yml, *.json; node_modules and dot-folders
skipped) and - (standard input) as one design, and reports every problem the app reports:
schema and CEL rules at API-server parity, broken references across files, lints, MIG and the
instance-type checks. Other kinds are skipped; older Karpenter APIs are reported with the hint
to convert them.

Options:
  -f, --format <name>   human (default), json, sarif or github
      --strict          Exit 1 on warnings too
      --ignore <rule>   Leave out a rule's findings (repeatable)
  -h, --help            Show this help

Silence one finding on one resource with a comment above its document (or above its kind:):
  # nodepool-designer-ignore <rule>[, <rule>…]

Exit codes: 0 clean, 1 errors found (or warnings with --strict), 2 bad usage or unreadable
input.
`;

export const CONVERT_HELP = `Usage:
  nodepool-designer convert [--write] <path…>

Turns the older Karpenter APIs in files, folders (as check walks them) and - (standard input)
into v1 with the app's converter: v1beta1 NodePools and EC2NodeClasses, v1alpha5 Provisioners
and v1alpha1 AWSNodeTemplates. All inputs are converted together, so a pool's kubelet moves to
its EC2NodeClass in whichever file that is written. Prints a unified diff per file, then what
changed in each resource and what to review. Comments, other documents and their order are kept.

Options:
  -w, --write   Rewrite the files in place (not with -); nothing is written if any input
                cannot be read
  -h, --help    Show this help

Exit codes: 0 nothing to convert (or all of it written with --write), 1 documents need
converting and --write was not given, 2 bad usage or unreadable input (a path that does not
exist, a file that is not YAML: file:line:column and the reason on stderr).
`;

export const SIMULATE_HELP = `Usage:
  nodepool-designer simulate [options] <path…>

Reads files, folders and - (standard input) exactly as check does, as one design, and plans its
workloads (Deployments, StatefulSets, ReplicaSets, Jobs, CronJobs, Pods; DaemonSets as overhead
on every node they run on) with the app's engine and instance catalog. Prints, per workload, the
NodePool, nodes, instance types and cost its pods get, or why they would stay pending; then each
pool's nodes and cost, and the design's total at on-demand prices. Older Karpenter APIs are
simulated as their v1 conversion.

Options:
  -f, --format <name>   human (default) or json
      --allow-pending   Exit 0 even when a workload would stay pending (only report it)
  -h, --help            Show this help

A file that is not YAML is reported at its file:line:column and the rest simulated, as check
does.

Exit codes: 0 every workload placed, 1 a workload would stay pending (unless --allow-pending)
or a file could not be read, 2 bad usage or a path that does not exist.
`;
