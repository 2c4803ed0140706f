import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../model/example';
import { manifestObjects } from '../rules/context';
import { checkManifest } from '../rules/run';
import { parseManifest, readManifest } from '../yaml/parse';
import {
  buildDiagram,
  diagramObjects,
  handleRows,
  HEADER_HEIGHT,
  ROW_HEIGHT,
  type Diagram,
} from './build';
import { generateManifest } from '../../../bench/generate';

function diagramOf(text: string): Diagram {
  const parsed = parseManifest(text);
  return buildDiagram(manifestObjects(parsed), checkManifest(parsed).graph);
}

function overlaps(a: Diagram['nodes'][number], b: Diagram['nodes'][number]): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('buildDiagram', () => {
  it('draws the example left to right: Ingress, Service, Deployment, with a handle per port', () => {
    const diagram = diagramOf(EXAMPLE_MANIFEST);
    expect(diagram.nodes.map((node) => [node.kind, node.name, node.column])).toEqual([
      ['Ingress', 'ingress', 0],
      ['Service', 'server', 1],
      ['Deployment', 'server', 2],
    ]);
    const [ingress, service, deployment] = diagram.nodes;
    expect(ingress?.x).toBeLessThan(service?.x ?? 0);
    expect(service?.x).toBeLessThan(deployment?.x ?? 0);
    expect(service?.handles.map((handle) => handle.id)).toEqual([
      'in:spec.ports.0',
      'out:spec.ports.0',
      'in:spec.ports.1',
      'out:spec.ports.1',
      'selector',
      'in',
    ]);
    expect(deployment?.handles.map((handle) => handle.id)).toEqual([
      'pods',
      'spec.template.spec.containers.0.ports.0',
      'spec.template.spec.containers.0.ports.1',
    ]);
    expect(deployment?.notes).toEqual([{ ok: true, text: 'Deployment server selector ✓' }]);
  });

  it('draws one resolved edge per link between objects, port to port', () => {
    const diagram = diagramOf(EXAMPLE_MANIFEST);
    expect(
      diagram.edges.map((edge) => [
        edge.linkKind,
        edge.sourceHandle,
        edge.targetHandle,
        edge.broken,
      ]),
    ).toEqual([
      ['ingress-backend-port', 'spec.rules.0.http.paths.0.backend', 'in:spec.ports.0', false],
      ['service-selector', 'selector', 'pods', false],
      ['service-target-port', 'out:spec.ports.0', 'spec.template.spec.containers.0.ports.0', false],
      ['service-target-port', 'out:spec.ports.1', 'spec.template.spec.containers.0.ports.1', false],
    ]);
    expect(diagram.edges[1]?.label).toMatch(/^Service server → Deployment server: resolved — /);
  });

  it('draws a broken selector dashed toward the nearest pod template, with its reason', () => {
    const diagram = diagramOf(
      EXAMPLE_MANIFEST.replace('  selector:\n    app: server', '  selector:\n    app: grpc-server'),
    );
    const selector = diagram.edges.find((edge) => edge.linkKind === 'service-selector');
    expect(selector).toMatchObject({ broken: true, target: 'object-2', targetHandle: 'pods' });
    expect(selector?.label).toMatch(
      /^Service server → Deployment server: broken — .*app=grpc-server/,
    );
  });

  it('draws a backend to a missing Service toward a placeholder for it', () => {
    const diagram = diagramOf(
      EXAMPLE_MANIFEST.replace(
        'name: server\n                port:',
        'name: sever\n                port:',
      ),
    );
    const ghost = diagram.nodes.find((node) => node.doc === null);
    expect(ghost).toMatchObject({ kind: 'Service', name: 'sever (missing)', column: 1 });
    const edge = diagram.edges.find((candidate) => candidate.target === ghost?.id);
    expect(edge?.label).toMatch(
      /^Ingress ingress → Service sever \(missing\): broken — .*did you mean `server`/,
    );
  });

  it('lays out any number of objects without overlaps', () => {
    const services = Array.from({ length: 6 }, (_, i) =>
      [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        `  name: svc-${String(i)}`,
        'spec:',
        '  selector:',
        `    app: app-${String(i)}`,
        '  ports:',
        '    - name: grpc',
        '      port: 9000',
      ].join('\n'),
    );
    const diagram = diagramOf([EXAMPLE_MANIFEST, ...services].join('\n---\n'));
    expect(diagram.nodes.length).toBeGreaterThan(8);
    for (const a of diagram.nodes) {
      for (const b of diagram.nodes)
        if (a !== b) expect(overlaps(a, b), `${a.id} ${b.id}`).toBe(false);
    }
  });

  it('leaves out objects that are not part of the chain', () => {
    const diagram = diagramOf('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n');
    expect(diagram).toEqual({ nodes: [], edges: [] });
  });
});

/** Two Deployments around a Service; each has its own selector and probes, some broken. */
const TWO_DEPLOYMENTS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: api:1.0
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet: {path: /ready, port: http}
          livenessProbe:
            tcpSocket: {port: 9999}
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
    - name: http
      port: 80
      targetPort: http
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: wroker
    spec:
      containers:
        - name: worker
          image: worker:1.0
          ports:
            - name: grpc
              containerPort: 9000
          startupProbe:
            grpc: {port: 9000}
          readinessProbe:
            grpc: {port: grpcc}
`;

describe('buildDiagram notes', () => {
  it("lists on each node exactly its own document's internal links, in link order", () => {
    const parsed = readManifest(TWO_DEPLOYMENTS);
    const { graph } = checkManifest(parsed);
    const diagram = buildDiagram(manifestObjects(parsed), graph);
    // The links list both selectors before any probe: one document's notes are not contiguous.
    expect(
      graph.links
        .filter((link) => link.kind === 'deployment-selector' || link.kind === 'probe-port')
        .map((link) => [link.kind, link.from.doc]),
    ).toEqual([
      ['deployment-selector', 0],
      ['deployment-selector', 3],
      ['probe-port', 0],
      ['probe-port', 0],
      ['probe-port', 3],
      ['probe-port', 3],
    ]);
    expect(diagram.nodes.map((node) => [node.doc, node.notes])).toEqual([
      [
        0,
        [
          { ok: true, text: 'Deployment api selector ✓' },
          { ok: true, text: 'Deployment api container api readinessProbe ✓' },
          {
            ok: false,
            text: 'The livenessProbe of container api in Deployment api checks port 9999, but the container does not declare containerPort 9999; its ports are http (8080).',
          },
        ],
      ],
      [1, []],
      [
        3,
        [
          {
            ok: false,
            text: expect.stringContaining("Deployment worker's selector app=worker") as string,
          },
          {
            ok: false,
            text: expect.stringContaining('checks port `grpcc`') as string,
          },
          { ok: true, text: 'Deployment worker container worker startupProbe ✓' },
        ],
      ],
    ]);
    // The same as each document's own internal links, in the order of the links.
    for (const node of diagram.nodes) {
      const own = graph.links
        .filter(
          (link) =>
            (link.kind === 'deployment-selector' || link.kind === 'probe-port') &&
            link.from.doc === node.doc,
        )
        .map((link) => ({
          ok: link.state === 'resolved',
          text: link.state === 'resolved' ? `${link.from.label} ✓` : (link.reason ?? ''),
        }));
      expect(node.notes, node.id).toEqual(own);
    }
    // Each node has its notes to itself, and makes room for them.
    const [api, service, worker] = diagram.nodes;
    expect(api?.notes).not.toBe(worker?.notes);
    // Both have two rows (pods and a port; a port and the selector): the Deployment has three
    // rows more, one per note.
    expect((api?.height ?? 0) - (service?.height ?? 0)).toBe(28 * 3);
  });

  it('gives a node without internal links no notes, and no other node its links', () => {
    const parsed = readManifest(
      TWO_DEPLOYMENTS.replace(/\n {10}(readiness|liveness|startup)Probe:\n.*/g, ''),
    );
    const { graph } = checkManifest(parsed);
    const diagram = buildDiagram(manifestObjects(parsed), graph);
    expect(diagram.nodes.map((node) => [node.doc, node.notes.map((note) => note.ok)])).toEqual([
      [0, [true]],
      [1, []],
      [3, [false]],
    ]);
  });
});

describe('buildDiagram with a limit', () => {
  /** Three Ingress → Service → Deployment apps: nine nodes, each app's edges among its own. */
  const text = generateManifest(9);
  const parsed = parseManifest(text);
  const objects = manifestObjects(parsed);
  const { graph } = checkManifest(parsed);
  const whole = buildDiagram(objects, graph);
  const ids = (diagram: Diagram) => diagram.nodes.map((node) => node.id);

  it('counts every object of the chain', () => {
    expect(diagramObjects(objects)).toHaveLength(9);
    expect(whole.nodes).toHaveLength(9);
    expect(whole.edges.length).toBeGreaterThan(6);
  });

  it('is the whole diagram when the limit covers every object', () => {
    expect(buildDiagram(objects, graph, 9)).toEqual(whole);
    expect(buildDiagram(objects, graph, 100)).toEqual(whole);
  });

  it('draws the first objects, where the whole diagram has them, and only the edges between them', () => {
    for (let limit = 0; limit <= 9; limit++) {
      const part = buildDiagram(objects, graph, limit);
      expect(ids(part)).toEqual(ids(whole).slice(0, limit));
      // Placed as in the whole diagram: the layout stacks each column in document order.
      expect(part.nodes).toEqual(whole.nodes.slice(0, limit));
      const kept = new Set(ids(part));
      expect(part.edges).toEqual(
        whole.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)),
      );
    }
    // The fourth node (the second app's Ingress) has edges, none of which the first three keep.
    expect(whole.edges.some((edge) => edge.source === whole.nodes[3]?.id)).toBe(true);
    expect(buildDiagram(objects, graph, 3).edges.length).toBeGreaterThan(0);
  });

  it("adds the placeholder a drawn object's broken link points at, and no other", () => {
    // Two apps whose Ingresses name Services that do not exist: each gets a placeholder.
    const broken = parseManifest(
      generateManifest(6)
        .replace(/name: app-001\n(\s+)port:/, 'name: gone-1\n$1port:')
        .replace(/name: app-002\n(\s+)port:/, 'name: gone-2\n$1port:'),
    );
    const brokenObjects = manifestObjects(broken);
    const brokenGraph = checkManifest(broken).graph;
    const all = buildDiagram(brokenObjects, brokenGraph);
    expect(all.nodes.filter((node) => node.doc === null).map((node) => node.name)).toEqual([
      'gone-1 (missing)',
      'gone-2 (missing)',
    ]);
    const part = buildDiagram(brokenObjects, brokenGraph, 3);
    expect(part.nodes.map((node) => node.name)).toEqual([
      ...all.nodes.slice(0, 3).map((node) => node.name),
      'gone-1 (missing)',
    ]);
    const placeholder = part.nodes[3];
    expect(part.edges.some((edge) => edge.target === placeholder?.id && edge.broken)).toBe(true);
    // Placed under the drawn objects of its column, not under all of them.
    const column = part.nodes.filter((node) => node.column === placeholder?.column);
    expect(placeholder?.y).toBe(Math.max(...column.map((node) => node.y)));
    expect(column).toHaveLength(2);
  });

  it('gives no placeholder for an object that exists but is left out', () => {
    // The first app's Service drawn, its Deployment (third) left out: its selector edge is left
    // out with it, and nothing stands in for the Deployment.
    const part = buildDiagram(objects, graph, 2);
    expect(part.nodes.every((node) => node.doc !== null)).toBe(true);
    expect(part.edges.every((edge) => edge.target !== 'object-2')).toBe(true);
    expect(whole.edges.some((edge) => edge.target === 'object-2')).toBe(true);
  });
});

describe('handleRows', () => {
  it('gives a Service port one row for its pair of handles, in order, and the header none', () => {
    const service = diagramOf(EXAMPLE_MANIFEST).nodes.find((node) => node.kind === 'Service');
    expect(service).toBeDefined();
    const rows = handleRows(service?.handles ?? []);
    expect(rows.map((row) => row.map((handle) => handle.id))).toEqual([
      ['in:spec.ports.0', 'out:spec.ports.0'],
      ['in:spec.ports.1', 'out:spec.ports.1'],
      ['selector'],
    ]);
    // The node is as tall as its header, its rows and its notes.
    expect(service?.height).toBe(
      HEADER_HEIGHT + ROW_HEIGHT * (rows.length + (service?.notes.length ?? 0)),
    );
  });
});
