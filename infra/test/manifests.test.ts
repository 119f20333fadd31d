// Docker and Kubernetes cannot run on CI's machine, so the deployment files are checked here:
// parsed as YAML and held to what the platform needs (probes on the right paths and ports,
// resources, a Service, PDB and HPA per Deployment, every variable a real configuration
// variable with a valid value, one image everywhere, the gateway told where every service is).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@qms/platform';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

const infra = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(`${infra}/${path}`, 'utf8');

/** The services the gateway forwards to, by the configuration variable naming each one's URL. */
const SERVICES = {
  tenants: 'QMS_TENANTS_URL',
  measures: 'QMS_MEASURES_URL',
  benchmarking: 'QMS_BENCHMARKING_URL',
  assurance: 'QMS_ASSURANCE_URL',
} as const;
const PROCESSES = ['gateway', ...Object.keys(SERVICES)];
const IMAGE = 'qms-platform';

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML is untyped; each check states its shape
type Yaml = any;

interface EnvEntry {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}

/**
 * Checks variable names and values against the platform's configuration schema: `loadConfig`
 * strips unknown keys, so a name it does not return is not a configuration variable, and it
 * throws on an invalid value.
 */
function expectConfigVariables(env: Record<string, string>, where: string) {
  const parsed = loadConfig(env) as Record<string, unknown>;
  const unknown = Object.keys(env).filter((name) => !(name in parsed));
  expect(unknown, `${where}: not in packages/platform/src/config.ts`).toEqual([]);
}

describe('Kubernetes manifests (infra/k8s)', () => {
  const files = readdirSync(`${infra}/k8s`).filter((file) => file.endsWith('.yaml'));
  const documents: Yaml[] = files
    .filter((file) => file !== 'kustomization.yaml')
    .flatMap((file) =>
      parseAllDocuments(read(`k8s/${file}`)).map((document) => {
        expect(document.errors, file).toEqual([]);
        return { ...document.toJS(), file };
      }),
    );
  const ofKind = (kind: string): Yaml[] => documents.filter((document) => document.kind === kind);
  const named = (kind: string, name: string) => ofKind(kind).find((d) => d.metadata?.name === name);
  const deployments = ofKind('Deployment');
  const configMap = named('ConfigMap', 'qms-config');
  const secret = named('Secret', 'qms-secrets');
  const kustomization: Yaml = parse(read('k8s/kustomization.yaml'));

  it('parses, and lists every manifest in the kustomization', () => {
    expect(
      documents.every((document) => document.apiVersion && document.kind && document.metadata?.name),
    ).toBe(true);
    expect([...kustomization.resources].sort()).toEqual(
      files.filter((f) => f !== 'kustomization.yaml').sort(),
    );
  });

  it('has a Deployment per process (the gateway and the four services), each from its own main.ts', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(PROCESSES.map((p) => `qms-${p}`).sort());
    for (const process of PROCESSES) {
      const container = named('Deployment', `qms-${process}`).spec.template.spec.containers[0];
      expect(container.workingDir).toBe(`/app/apps/${process}`);
      expect(container.command).toEqual(['/app/node_modules/.bin/tsx', 'src/main.ts']);
    }
  });

  describe.each(PROCESSES)('qms-%s', (process) => {
    const name = `qms-${process}`;
    const deployment: Yaml = named('Deployment', name);
    const pod = deployment?.spec?.template?.spec;
    const container = pod?.containers?.[0];
    const labels = deployment?.spec?.template?.metadata?.labels ?? {};
    const selects = (selector: Record<string, string> | undefined) =>
      selector !== undefined &&
      Object.keys(selector).length > 0 &&
      Object.entries(selector).every(([key, value]) => labels[key] === value);

    it('probes readiness on /readyz and liveness on /healthz, on the container’s port', () => {
      const portNames = (container.ports ?? []).map((port: Yaml) => port.name);
      const portNumbers = (container.ports ?? []).map((port: Yaml) => port.containerPort);
      const onContainerPort = (probe: Yaml) =>
        portNames.includes(probe?.httpGet?.port) || portNumbers.includes(probe?.httpGet?.port);
      expect(container.readinessProbe?.httpGet?.path).toBe('/readyz');
      expect(container.livenessProbe?.httpGet?.path).toBe('/healthz');
      expect(onContainerPort(container.readinessProbe)).toBe(true);
      expect(onContainerPort(container.livenessProbe)).toBe(true);
      // The port the process listens on (PORT in the ConfigMap) is the one probed.
      expect(portNumbers).toContain(Number(configMap.data.PORT));
    });

    it('states CPU and memory requests and limits', () => {
      for (const bound of ['requests', 'limits']) {
        expect(container.resources?.[bound]?.cpu, bound).toBeTruthy();
        expect(container.resources?.[bound]?.memory, bound).toBeTruthy();
      }
    });

    it('runs as non-root on a read-only root file system, with no privilege escalation', () => {
      expect(pod.securityContext?.runAsNonRoot).toBe(true);
      expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
      expect(container.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      // tsx needs a writable /tmp when the root is read-only.
      expect(container.volumeMounts).toEqual(
        expect.arrayContaining([expect.objectContaining({ mountPath: '/tmp' })]),
      );
    });

    it('has a Service, a PodDisruptionBudget and a HorizontalPodAutoscaler that match it', () => {
      const service = named('Service', name);
      expect(service, 'Service').toBeDefined();
      expect(selects(service.spec.selector)).toBe(true);
      expect(service.spec.ports.map((port: Yaml) => port.targetPort)).toEqual(
        expect.arrayContaining([container.ports[0].name]),
      );

      const budget = named('PodDisruptionBudget', name);
      expect(budget, 'PodDisruptionBudget').toBeDefined();
      expect(selects(budget.spec.selector.matchLabels)).toBe(true);
      expect(budget.spec.minAvailable ?? budget.spec.maxUnavailable).toBeDefined();

      const autoscaler = named('HorizontalPodAutoscaler', name);
      expect(autoscaler, 'HorizontalPodAutoscaler').toBeDefined();
      expect(autoscaler.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      // A budget of one available pod needs at least two to let a node drain.
      expect(autoscaler.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(autoscaler.spec.maxReplicas).toBeGreaterThanOrEqual(autoscaler.spec.minReplicas);
      expect(selects(deployment.spec.selector.matchLabels)).toBe(true);
    });

    it('uses the one platform image and only configuration variables that exist', () => {
      expect(container.image).toBe(IMAGE);
      const env: Record<string, string> = {};
      for (const source of container.envFrom ?? []) {
        const from = source.configMapRef ? named('ConfigMap', source.configMapRef.name)?.data : undefined;
        expect(from, JSON.stringify(source)).toBeDefined();
        Object.assign(env, from);
      }
      for (const entry of (container.env ?? []) as EnvEntry[]) {
        const ref = entry.valueFrom?.secretKeyRef;
        if (ref) {
          expect(ref.name).toBe(secret.metadata.name);
          expect(Object.keys(secret.stringData), entry.name).toContain(ref.key);
          env[entry.name] = secret.stringData[ref.key];
        } else {
          env[entry.name] = entry.value ?? '';
        }
      }
      expectConfigVariables(env, name);
      // Every process needs the database, the shared signing keys and Redis for rate limits.
      for (const required of ['QMS_APP_DATABASE_URL', 'QMS_SECRETS', 'REDIS_URL']) {
        expect(Object.keys(env), required).toContain(required);
      }
      // Least privilege: only the gateway (which migrates on start) holds the owner's URL.
      if (name === 'qms-gateway') expect(Object.keys(env)).toContain('DATABASE_URL');
      else expect(Object.keys(env)).not.toContain('DATABASE_URL');
    });
  });

  it('tells the gateway where every service is, at that service’s Service', () => {
    const container = named('Deployment', 'qms-gateway').spec.template.spec.containers[0];
    const env = Object.fromEntries(
      ((container.env ?? []) as EnvEntry[]).map((entry) => [entry.name, entry.value]),
    );
    for (const [service, variable] of Object.entries(SERVICES)) {
      const url = new URL(env[variable] ?? 'missing:');
      expect(url.hostname.split('.')[0], variable).toBe(`qms-${service}`);
      const port = Number(url.port || 80);
      expect(named('Service', `qms-${service}`).spec.ports.map((p: Yaml) => p.port)).toContain(port);
    }
  });

  it('keeps Secret values as clearly marked placeholders, and config names real', () => {
    expect(Object.values(secret.stringData).every((value) => String(value).includes('REPLACE_ME'))).toBe(
      true,
    );
    expectConfigVariables({ ...configMap.data, ...secret.stringData }, 'ConfigMap + Secret');
  });

  it('migrates with a Job on the same image, as the owner', () => {
    const job = ofKind('Job')[0];
    const container = job.spec.template.spec.containers[0];
    expect(container.image).toBe(IMAGE);
    expect(container.workingDir).toBe('/app/packages/db');
    expect(container.command).toEqual(['/app/node_modules/.bin/tsx', 'scripts/migrate.ts']);
    expect(container.env.map((entry: EnvEntry) => entry.name)).toEqual(['DATABASE_URL']);
    expect(container.securityContext?.readOnlyRootFilesystem).toBe(true);
    expect(job.spec.template.spec.securityContext?.runAsNonRoot).toBe(true);
  });

  it('points the kustomization’s image at the name every container uses', () => {
    expect(kustomization.images.map((image: Yaml) => image.name)).toEqual([IMAGE]);
    const images = [...deployments, ...ofKind('Job')].flatMap((workload) =>
      workload.spec.template.spec.containers.map((container: Yaml) => container.image),
    );
    expect(new Set(images)).toEqual(new Set([IMAGE]));
  });
});

describe('compose (infra/compose.yaml)', () => {
  // Compose merges `<<: *anchor` keys; so does the parser here.
  const compose: Yaml = parse(read('compose.yaml'), { merge: true });
  const services: Record<string, Yaml> = compose.services;
  const platformImage = services.gateway.image;

  it('runs PostgreSQL, Redis, the migration, the four services and the gateway', () => {
    expect(Object.keys(services).sort()).toEqual(['postgres', 'redis', 'migrate', ...PROCESSES].sort());
  });

  it('gives every long-running service a healthcheck (the processes on /healthz)', () => {
    for (const [name, service] of Object.entries(services)) {
      if (name === 'migrate') continue; // one-shot: waited for with service_completed_successfully
      expect(service.healthcheck?.test, name).toBeDefined();
      expect(service.healthcheck?.disable, name).not.toBe(true);
    }
    for (const process of PROCESSES) {
      expect(services[process].healthcheck.test.join(' '), process).toContain('/healthz');
    }
  });

  it('starts each process only once what it needs is healthy or done', () => {
    for (const process of Object.keys(SERVICES)) {
      expect(services[process].depends_on, process).toEqual({
        migrate: { condition: 'service_completed_successfully' },
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
      });
    }
    expect(services.migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services.gateway.depends_on).toEqual(
      Object.fromEntries(Object.keys(SERVICES).map((service) => [service, { condition: 'service_healthy' }])),
    );
  });

  it('gives the gateway every service URL, at the port that service listens on', () => {
    const env = services.gateway.environment;
    for (const [service, variable] of Object.entries(SERVICES)) {
      const url = new URL(env[variable]);
      expect(url.hostname, variable).toBe(service);
      expect(url.port, variable).toBe(String(services[service].environment.PORT));
    }
  });

  it('runs every process from its main.ts on the one image, with real configuration variables', () => {
    for (const process of PROCESSES) {
      const service = services[process];
      expect(service.image).toBe(platformImage);
      expect(service.working_dir).toBe(`/app/apps/${process}`);
      expect(service.command).toEqual(['/app/node_modules/.bin/tsx', 'src/main.ts']);
      expect(service.read_only).toBe(true);
      // `${VAR:-default}` and `${VAR:?message}` are compose's; the value checked is the default.
      const env = Object.fromEntries(
        Object.entries(service.environment as Record<string, string | number>).map(([name, value]) => [
          name,
          String(value)
            .replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')
            .replace(/\$\{[A-Z_]+:\?[^}]*\}/g, 'placeholder'),
        ]),
      );
      expectConfigVariables(env, `compose ${process}`);
      expect(Object.keys(env), process).toContain('QMS_APP_DATABASE_URL');
      // Least privilege: the services never hold the owner's URL; the gateway migrates on start.
      if (process === 'gateway') expect(env.DATABASE_URL).toMatch(/^postgres:\/\/qms:/);
      else expect(Object.keys(env), process).not.toContain('DATABASE_URL');
    }
    expect(services.migrate.image).toBe(platformImage);
    expect(services.migrate.build.dockerfile).toBe('infra/Dockerfile');
    expect(platformImage.split(':')[0]).toBe(IMAGE);
  });
});

describe('Dockerfile (infra/Dockerfile)', () => {
  const dockerfile = read('Dockerfile');

  it('builds on Node.js 20, installs with the pinned pnpm through npx, and runs as a non-root user', () => {
    expect(dockerfile).toMatch(/^FROM node:20[-\w.]*$/m);
    expect(dockerfile).toMatch(/npx -y "pnpm@\$\{PNPM_VERSION\}" install --frozen-lockfile/);
    expect(dockerfile).toMatch(/^USER 1000(:1000)?$/m);
  });

  it('copies every workspace package manifest before installing (a new package cannot be missed)', () => {
    const workspace: Yaml = parse(readFileSync(`${root}/pnpm-workspace.yaml`, 'utf8'));
    const manifests = (workspace.packages as string[]).flatMap((pattern) => {
      if (!pattern.endsWith('/*')) return [`${pattern}/package.json`];
      const folder = pattern.slice(0, -2);
      return readdirSync(`${root}/${folder}`, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .filter((entry) => readdirSync(`${root}/${folder}/${entry.name}`).includes('package.json'))
        .map((entry) => `${folder}/${entry.name}/package.json`);
    });
    for (const manifest of manifests) expect(dockerfile, manifest).toContain(`COPY ${manifest} `);
  });
});
