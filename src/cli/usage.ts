export const MAIN_HELP = `nodepool-designer: check Karpenter manifests with NodePool Designer's engine.

Usage:
  nodepool-designer <command> [options] [paths…]

Commands:
  check     Report every problem in NodePools, EC2NodeClasses, MIG setups and workloads

Options:
  -h, --help       Show help (nodepool-designer <command> --help for a command's)
  -v, --version    Print the version

Exit codes: 0 clean, 1 problems found, 2 bad usage or unreadable input.
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
