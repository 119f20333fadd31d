import { type Tx, units } from '@qms/db';
import { type Principal, ProblemError } from '@qms/platform';
import { and, eq } from 'drizzle-orm';
import { findMeasure, mayReport } from '../catalogue/measure-catalogue.js';
import { periodStartProblem } from '../catalogue/periods.js';
import { analysisVersion } from './load.js';

const unprocessable = (pointer: string, detail: string) =>
  new ProblemError('unprocessable-entity', detail, { errors: [{ pointer, detail }] });

/**
 * Checks a write on a series of the caller's own organisation (limit change, annotation): the
 * measure is visible (404 otherwise) and one the organisation reports, the unit is its own and
 * the period starts a period of the measure's periodicity (422 otherwise).
 */
export async function assertWritableSeries(
  tx: Tx,
  principal: Principal,
  body: { measureId: string; unitId?: string | undefined; period: string },
) {
  const measure = await findMeasure(tx, body.measureId);
  if (!(await mayReport(tx, principal.tenantId, measure))) {
    throw unprocessable('/body/measureId', 'Your organisation does not report this measure');
  }
  if (body.unitId !== undefined) {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.tenantId, principal.tenantId), eq(units.id, body.unitId)));
    if (!unit) throw unprocessable('/body/unitId', 'The unit does not exist in your organisation');
  }
  const version = await analysisVersion(tx, measure);
  if (!version) throw unprocessable('/body/measureId', 'The measure has no active version');
  const problem = periodStartProblem(body.period, version.periodicity);
  if (problem) throw unprocessable('/body/period', problem);
  return { measure, version };
}

/** Who wrote a record, as the audit log names them. */
export const authorOf = (principal: Principal) => `${principal.kind}|${principal.id}`;
