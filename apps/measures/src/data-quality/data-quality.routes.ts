import { defineOperation } from '@qms/platform';
import { DataQualityQuerySchema, DataQualityReportSchema } from './data-quality.schemas.js';

export const getDataQuality = defineOperation(
  { access: { roles: 'any', scope: 'measures:read' } },
  {
    method: 'get',
    path: '/data-quality',
    operationId: 'getDataQuality',
    tags: ['Quality control'],
    summary: 'Data-quality report',
    description:
      'Per measure (and unit): completeness (due periods in range without a current value), timeliness (share of current observations not late), provisional values and revisions per period; per organisation, rows refused by validation in its submissions. A programme owner gets the report for every actively enrolled organisation with `programmeId` and no `organisationId`.',
    request: { query: DataQualityQuerySchema },
    responses: {
      200: {
        description: 'The report',
        content: { 'application/json': { schema: DataQualityReportSchema } },
      },
    },
  },
);
