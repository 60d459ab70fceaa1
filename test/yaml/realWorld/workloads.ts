/**
 * Workload manifests as people write them, comments and all: one per controller kind, and a
 * Helm-rendered file. Each is a whole file the round-trip tests import and export back.
 */
import type { CorpusFile } from './index';

const deployment = `# The storefront API: three replicas behind the ALB.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
  namespace: shop
  labels:
    app.kubernetes.io/name: storefront # kept in step with the Service selector
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: storefront
  template:
    metadata:
      labels:
        app.kubernetes.io/name: storefront
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/storefront:2.14.1
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 500m # measured p95 under load
              memory: 1Gi
            limits:
              memory: 1Gi
      nodeSelector:
        kubernetes.io/arch: arm64
`;

const job = `apiVersion: batch/v1
kind: Job
metadata:
  name: backfill
spec:
  parallelism: 4 # one per shard
  completions: 16
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: backfill
          image: ghcr.io/acme/backfill:1.0.0
          args: ["--shards", "16"]
          resources:
            requests: { cpu: "2", memory: 4Gi }
`;

const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
spec:
  schedule: "30 2 * * *" # after the ETL finishes
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: ghcr.io/acme/report:3.2.0
              resources:
                requests:
                  cpu: "1"
                  memory: 2Gi
          tolerations:
            - key: karpenter.sh/capacity-type
              operator: Equal
              value: spot
              effect: NoSchedule
`;

const daemonSet = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: log-shipper
  namespace: observability
spec:
  selector:
    matchLabels:
      app: log-shipper
  template:
    metadata:
      labels:
        app: log-shipper
    spec:
      # Runs everywhere, GPU nodes included.
      tolerations:
        - operator: Exists
      containers:
        - name: fluent-bit
          image: cr.fluentbit.io/fluent/fluent-bit:3.2
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
`;

const statefulSet = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: postgres
spec:
  serviceName: postgres
  replicas: 2
  selector:
    matchLabels:
      app: postgres
  template:
    metadata:
      labels:
        app: postgres
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector:
                matchLabels:
                  app: postgres
              topologyKey: kubernetes.io/hostname
      containers:
        - name: postgres
          image: postgres:17
          resources:
            requests:
              cpu: "2"
              memory: 8Gi
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 100Gi
`;

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: cuda-smoke-test
spec:
  restartPolicy: Never
  containers:
    - name: cuda
      image: nvcr.io/nvidia/k8s/cuda-sample:vectoradd-cuda12.5.0
      resources:
        limits:
          nvidia.com/gpu: 1 # requests default to the limit
  tolerations:
    - key: nvidia.com/gpu
      operator: Exists
      effect: NoSchedule
`;

/** `helm template` output: each document after a `---` and a `# Source:` comment. */
const helm = `---
# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: release-web
  labels:
    helm.sh/chart: web-0.3.1
    app.kubernetes.io/instance: release
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/instance: release
  template:
    metadata:
      labels:
        app.kubernetes.io/instance: release
    spec:
      containers:
        - name: web
          image: "nginx:1.27"
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
---
# Source: web/templates/worker.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: release-worker
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/component: worker
  template:
    metadata:
      labels:
        app.kubernetes.io/component: worker
    spec:
      containers:
        - name: worker
          image: "ghcr.io/acme/worker:0.3.1"
          resources:
            requests:
              cpu: "1"
              memory: 1Gi
`;

export const WORKLOAD_FILES: readonly CorpusFile[] = [
  { name: 'deployment.yaml', text: deployment },
  { name: 'job.yaml', text: job },
  { name: 'cronjob.yaml', text: cronJob },
  { name: 'daemonset.yaml', text: daemonSet },
  { name: 'statefulset.yaml', text: statefulSet },
  { name: 'pod.yaml', text: pod },
  { name: 'helm-rendered.yaml', text: helm },
];

/**
 * `kubectl get deploy,rs,pod -o yaml`: a List whose ReplicaSet and Pod are owned (ownerReferences)
 * by the Deployment and its ReplicaSet.
 */
export const KUBECTL_WORKLOAD_LIST = `apiVersion: v1
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: checkout
    namespace: shop
    uid: 0b6f4a52-1c1e-4c57-9a39-5d7d0c8f1a01
  spec:
    replicas: 1
    selector:
      matchLabels:
        app: checkout
    template:
      metadata:
        labels:
          app: checkout
      spec:
        containers:
        - image: ghcr.io/acme/checkout:5.0.2
          name: checkout
          resources:
            requests:
              cpu: 250m
              memory: 512Mi
- apiVersion: apps/v1
  kind: ReplicaSet
  metadata:
    name: checkout-7d9c6b5f4
    namespace: shop
    uid: 6a0e2f7e-93a4-4a8f-8f2b-2f1c2b3d4e02
    ownerReferences:
    - apiVersion: apps/v1
      blockOwnerDeletion: true
      controller: true
      kind: Deployment
      name: checkout
      uid: 0b6f4a52-1c1e-4c57-9a39-5d7d0c8f1a01
  spec:
    replicas: 1
    selector:
      matchLabels:
        app: checkout
    template:
      metadata:
        labels:
          app: checkout
      spec:
        containers:
        - image: ghcr.io/acme/checkout:5.0.2
          name: checkout
- apiVersion: v1
  kind: Pod
  metadata:
    name: checkout-7d9c6b5f4-x2k8p
    namespace: shop
    ownerReferences:
    - apiVersion: apps/v1
      blockOwnerDeletion: true
      controller: true
      kind: ReplicaSet
      name: checkout-7d9c6b5f4
      uid: 6a0e2f7e-93a4-4a8f-8f2b-2f1c2b3d4e02
  spec:
    containers:
    - image: ghcr.io/acme/checkout:5.0.2
      name: checkout
kind: List
metadata:
  resourceVersion: ""
`;
