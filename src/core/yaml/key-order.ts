/**
 * The order in which Kubernetes documentation and `kubectl` write the keys of an object. When an
 * edit adds a key to a map, it goes before the first existing key that conventionally follows
 * it, so a new `namespace:` lands under `name:`, not after a long `annotations:` block.
 */
const CONVENTIONAL_ORDER = [
  'apiVersion',
  'kind',
  'metadata',
  'spec',
  'data',
  'name',
  'generateName',
  'namespace',
  'labels',
  'annotations',
  'type',
  'replicas',
  'selector',
  'matchLabels',
  'strategy',
  'template',
  'ingressClassName',
  'defaultBackend',
  'tls',
  'hosts',
  'secretName',
  'rules',
  'host',
  'http',
  'paths',
  'path',
  'pathType',
  'backend',
  'service',
  'initContainers',
  'containers',
  'image',
  'imagePullPolicy',
  'command',
  'args',
  'ports',
  'containerPort',
  'port',
  'number',
  'targetPort',
  'protocol',
  'appProtocol',
  'env',
  'value',
  'valueFrom',
  'envFrom',
  'resources',
  'requests',
  'limits',
  'cpu',
  'memory',
  'volumeMounts',
  'readinessProbe',
  'livenessProbe',
  'startupProbe',
  'exec',
  'httpGet',
  'tcpSocket',
  'grpc',
  'initialDelaySeconds',
  'periodSeconds',
  'timeoutSeconds',
  'successThreshold',
  'failureThreshold',
  'volumes',
];

const RANK = new Map(CONVENTIONAL_ORDER.map((key, index) => [key, index]));

/**
 * Where a new key goes among existing keys: the index of the first existing key that
 * conventionally follows it, or the end. Keys the table does not know go at the end.
 */
export function insertionIndex(existingKeys: readonly (string | null)[], newKey: string): number {
  const rank = RANK.get(newKey);
  if (rank === undefined) return existingKeys.length;
  const index = existingKeys.findIndex((key) => {
    if (key === null) return false;
    const other = RANK.get(key);
    return other !== undefined && other > rank;
  });
  return index === -1 ? existingKeys.length : index;
}
