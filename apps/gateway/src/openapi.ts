import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '@qms/platform';

export const OPENAPI_INFO = {
  title: 'QMS Platform API',
  version: '0.1.0',
  description: [
    'A multi-tenant REST API for a national healthcare Quality Management System: organisations and',
    'programmes, agreed quality measures, data submission, statistical process control, assurance',
    'and benchmarking.',
    '',
    'Errors are RFC 9457 `application/problem+json` documents; every response has a `Request-Id`.',
    'Lists use cursor pagination; creating calls accept `Idempotency-Key`; updates need `If-Match`.',
  ].join('\n'),
  license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
  contact: { name: 'QMS platform team' },
};

/** Registers the security schemes that operations refer to. */
export function registerSecuritySchemes(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'An access token from POST /oauth/token (client credentials) or from the configured identity provider. People with roles in several organisations choose one with the `Qms-Tenant` header.',
  });
}

export function openApiDocument(app: OpenAPIHono<AppEnv>, serverUrl?: string) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: OPENAPI_INFO,
    servers: [{ url: serverUrl ?? '/', description: 'This server' }],
    tags: [
      { name: 'Authentication', description: 'Tokens for machine clients and the keys that sign them' },
      { name: 'Organisations', description: 'Tenants: national bodies, regulators, boards and trusts' },
      { name: 'Units', description: 'The tree from board to ward and team inside an organisation' },
      { name: 'Programmes', description: 'National programmes and the organisations enrolled in them' },
      { name: 'Access', description: 'Role grants for people and API clients for machines' },
      { name: 'Audit', description: 'The append-only audit log' },
      {
        name: 'Measures',
        description: 'The measure registry: versions, publication, adoption, sets and the golden thread',
      },
      { name: 'Submissions', description: 'Batches of observations in JSON or CSV, with an import summary' },
      { name: 'Observations', description: 'Submitted data with its revisions and data-quality state' },
      {
        name: 'Quality control',
        description: 'SPC on stored data, limit changes, annotations, board summary, charts',
      },
      { name: 'Statistics', description: 'Stateless statistical process control and funnel plots' },
      {
        name: 'Benchmarking',
        description:
          'Benchmark runs across a programme’s organisations: funnel plots, rankings, peer views, national trends',
      },
      {
        name: 'Assurance',
        description: 'Inspection frameworks as versioned data, inspections and their findings',
      },
      { name: 'Operations', description: 'Health, readiness and metrics' },
    ],
  });
}
