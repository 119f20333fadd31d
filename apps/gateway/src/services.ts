import { createAssuranceApi } from '@qms/assurance';
import { createBenchmarkingApi } from '@qms/benchmarking';
import { createMeasuresApi } from '@qms/measures';
import type { PlatformConfig, ServiceDefinition } from '@qms/platform';
import { createAuthenticationApi, createTenantsApi } from '@qms/tenants';

export interface GatewayService extends ServiceDefinition {
  /** The configuration variable naming where the service runs on its own. */
  urlVariable: 'QMS_TENANTS_URL' | 'QMS_MEASURES_URL' | 'QMS_BENCHMARKING_URL' | 'QMS_ASSURANCE_URL';
}

/**
 * Every service behind the gateway, in the order their routes are registered (the order decides
 * which handler answers when two templates match, in one process and when forwarding alike).
 * Each service's `src/main.ts` mounts the same APIs at the same prefixes.
 */
export const SERVICES: readonly GatewayService[] = [
  {
    name: 'tenants',
    urlVariable: 'QMS_TENANTS_URL',
    mounts: [
      { prefix: '/', api: createAuthenticationApi },
      { prefix: '/v1', api: createTenantsApi },
    ],
  },
  { name: 'measures', urlVariable: 'QMS_MEASURES_URL', mounts: [{ prefix: '/v1', api: createMeasuresApi }] },
  {
    name: 'benchmarking',
    urlVariable: 'QMS_BENCHMARKING_URL',
    mounts: [{ prefix: '/v1', api: createBenchmarkingApi }],
  },
  {
    name: 'assurance',
    urlVariable: 'QMS_ASSURANCE_URL',
    mounts: [{ prefix: '/v1', api: createAssuranceApi }],
  },
];

/** The services configuration places in processes of their own, with their URLs. */
export function forwardedServices(config: PlatformConfig): { service: GatewayService; url: string }[] {
  return SERVICES.flatMap((service) => {
    const url = config[service.urlVariable];
    return url ? [{ service, url }] : [];
  });
}
