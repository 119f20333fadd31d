import { z } from '@hono/zod-openapi';
import { organisations } from '@qms/db';
import { createRouter, defineOperation, notFound, principalOf } from '@qms/platform';
import { eq } from 'drizzle-orm';

export const MeSchema = z
  .object({
    kind: z.enum(['person', 'client']),
    id: z.string().openapi({ example: 'viewer@barts-health' }),
    issuer: z.string(),
    organisation: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), kind: z.string() }),
    roles: z.array(z.string()),
    scopes: z.array(z.string()),
  })
  .openapi('Me');

export const getMe = defineOperation(
  { access: { roles: 'any' } },
  {
    method: 'get',
    path: '/me',
    operationId: 'getMe',
    tags: ['Access'],
    summary: 'Who the access token stands for: organisation, roles and scopes',
    responses: { 200: { description: 'The caller', content: { 'application/json': { schema: MeSchema } } } },
  },
);

export const meRouter = createRouter().openapi(getMe, async (c) => {
  const principal = principalOf(c);
  const [organisation] = await c.var.tx
    .select()
    .from(organisations)
    .where(eq(organisations.tenantId, principal.tenantId));
  if (!organisation) throw notFound('Organisation');
  return c.json(
    {
      kind: principal.kind,
      id: principal.id,
      issuer: principal.issuer,
      organisation: {
        id: organisation.tenantId,
        slug: organisation.slug,
        name: organisation.name,
        kind: organisation.kind,
      },
      roles: principal.roles,
      scopes: principal.scopes,
    },
    200,
  );
});
