import { defineOperation } from '@qms/platform';
import { SpcRequestSchema, SpcResponseSchema } from './spc.schemas.js';

export const analyseSpc = defineOperation(
  { access: { roles: 'any', scope: 'statistics:run' }, transaction: false },
  {
    method: 'post',
    path: '/spc',
    operationId: 'analyseSpc',
    tags: ['Statistics'],
    summary: 'Analyse a series with statistical process control',
    description:
      'Stateless: nothing is stored. Making Data Count rules (as NHSRplotthedots 0.2.2) for XmR charts, or the qicharts2 0.8.1 (Anhøj) family for run, i, mr, c, u, p, p′, u′, g and t charts. Per point: centre, limits, 2-sigma lines, the special-cause rules that fired and the classification; for the series: phases, runs analysis, variation and assurance icons, warnings. Up to 10,000 points.',
    request: { body: { required: true, content: { 'application/json': { schema: SpcRequestSchema } } } },
    responses: {
      200: { description: 'The analysis', content: { 'application/json': { schema: SpcResponseSchema } } },
    },
  },
);
