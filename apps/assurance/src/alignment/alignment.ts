import type { AssuranceIcon, ImprovementDirection, SpecialCauseRule, VariationIcon } from '@qms/statistics';
import { periodAssuranceIcon, type RulePoint } from '../action-plans/verification-rule.js';

/**
 * The alignment of assurance (inspection judgements, findings, evidence) with quality control
 * (the organisation's own SPC on the same measures). Pure: the handler loads, this classifies.
 *
 * - A measure is USED IN CONTROL by an organisation when it submitted a current observation of
 *   it within the last three reporting periods (21 days for weekly measures, 92 for monthly,
 *   276 for quarterly; by submission time, not period) AND its SPC is available: the series has
 *   process limits and a variation icon (13 observed points by default, as Making Data Count).
 * - A measure is USED IN ASSURANCE when it is bound to a node of the framework version of an
 *   inspection of the organisation, or cited by one of its findings or evidence.
 * - A judgement is GOOD OR BETTER when its level is in the top half of the version's rating
 *   scale by rank (ranks 1..floor(n/2)), POOR in the bottom half (ranks > ceil(n/2)); the middle
 *   level of an odd scale is neither.
 * - The SAME PERIOD as a judgement is the inspection's dates widened back by three reporting
 *   periods (the data the inspectors had in front of them): periods starting from
 *   startsOn − window up to endsOn.
 * - A DIVERGENCE is a good-or-better judgement of a node while a measure bound to it shows
 *   special-cause concern, or consistently fails its target, in that period; or a poor judgement
 *   while the measure shows special-cause improvement or consistently passes.
 */

export type Periodicity = 'week' | 'month' | 'quarter';

/** Three reporting periods, in days. */
export const controlWindowDays: Record<Periodicity, number> = { week: 21, month: 92, quarter: 276 };

export interface MeasureInfo {
  measureId: string;
  ownerOrganisationId: string;
  code: string;
  title: string;
  periodicity: Periodicity;
  improvementDirection: ImprovementDirection;
}

export interface ControlInput {
  /** Latest submission time of a current observation (null: never submitted). */
  lastSubmittedAt: Date | null;
  /** SPC points (the stored-SPC analysis), empty when there is no data or no analysis. */
  points: readonly RulePoint[];
  variationIcon: VariationIcon | null;
  assuranceIcon: AssuranceIcon | null;
  /** Why the series could not be analysed, if it could not. */
  problem: string | null;
}

export interface AssuranceUseInput {
  /** Nodes the measure is bound to, in inspections of the organisation. */
  nodes: { inspectionId: string; nodeId: string; code: string; title: string }[];
  findingIds: string[];
  evidenceIds: string[];
}

export interface JudgementInput {
  inspectionId: string;
  inspectionTitle: string;
  startsOn: string;
  endsOn: string;
  nodeId: string;
  nodeCode: string;
  nodeTitle: string;
  rating: string;
  ratingLabel: string;
  rank: number;
  scaleSize: number;
  /** Measures bound to this node in the inspection's framework version. */
  boundMeasureIds: string[];
}

export type JudgementBand = 'good_or_better' | 'middle' | 'poor';

export function judgementBand(rank: number, scaleSize: number): JudgementBand {
  if (rank <= Math.floor(scaleSize / 2)) return 'good_or_better';
  if (rank > Math.ceil(scaleSize / 2)) return 'poor';
  return 'middle';
}

export interface ControlUse {
  used: boolean;
  lastSubmittedAt: string | null;
  latestPeriod: string | null;
  spcAvailable: boolean;
  variationIcon: VariationIcon | null;
  assuranceIcon: AssuranceIcon | null;
  reason: string;
}

const DAY_MS = 86_400_000;

export function controlUse(measure: MeasureInfo, control: ControlInput, asOf: Date): ControlUse {
  const window = controlWindowDays[measure.periodicity];
  const observed = control.points.filter((p) => p.value !== null);
  const latestPeriod = observed[observed.length - 1]?.period ?? null;
  const hasLimits = control.points.some((p) => p.lowerProcessLimit !== null || p.upperProcessLimit !== null);
  const spcAvailable = hasLimits && control.variationIcon !== null;
  const recent =
    control.lastSubmittedAt !== null && asOf.getTime() - control.lastSubmittedAt.getTime() <= window * DAY_MS;
  let reason: string;
  if (control.lastSubmittedAt === null) reason = 'No data submitted';
  else if (!recent)
    reason = `No data submitted in the last ${window} days (three ${measure.periodicity}ly periods)`;
  else if (!spcAvailable) reason = control.problem ?? 'Too few points for SPC limits and icons';
  else reason = `Data submitted within ${window} days and SPC available`;
  return {
    used: recent && spcAvailable,
    lastSubmittedAt: control.lastSubmittedAt?.toISOString() ?? null,
    latestPeriod,
    spcAvailable,
    variationIcon: control.variationIcon,
    assuranceIcon: control.assuranceIcon,
    reason,
  };
}

export type DivergenceKind = 'judged_good_control_concern' | 'judged_poor_control_improving';

export interface ControlSignal {
  kind:
    | 'special_cause_concern'
    | 'special_cause_improvement'
    | 'consistently_failing'
    | 'consistently_passing';
  period: string;
  value: number | null;
  rules: SpecialCauseRule[];
  assuranceIcon: AssuranceIcon | null;
}

export interface Divergence {
  kind: DivergenceKind;
  inspectionId: string;
  inspectionTitle: string;
  node: { id: string; code: string; title: string };
  judgement: { rating: string; label: string; rank: number; band: JudgementBand };
  measure: { id: string; code: string; title: string };
  period: { from: string; to: string };
  signals: ControlSignal[];
  explanation: string;
}

export interface NotAssessable {
  inspectionId: string;
  nodeCode: string;
  measureCode: string;
  reason: string;
}

/** The first period start that counts as "the same period" as an inspection. */
export function samePeriodFrom(startsOn: string, periodicity: Periodicity): string {
  const start = Date.parse(`${startsOn}T00:00:00Z`);
  return new Date(start - controlWindowDays[periodicity] * DAY_MS).toISOString().slice(0, 10);
}

/** The control signals of a measure's points in a period window. */
export function signalsIn(
  points: readonly RulePoint[],
  from: string,
  to: string,
  direction: ImprovementDirection,
): { assessed: RulePoint[]; concern: ControlSignal[]; improving: ControlSignal[] } {
  const assessed = points.filter(
    (p) => p.period >= from && p.period <= to && p.value !== null && p.classification !== 'notAssessed',
  );
  const concern: ControlSignal[] = [];
  const improving: ControlSignal[] = [];
  for (const point of assessed) {
    const signal = (kind: ControlSignal['kind']): ControlSignal => ({
      kind,
      period: point.period,
      value: point.value,
      rules: point.specialCauses.filter((rule) => rule !== 'fewCrossings'),
      assuranceIcon: periodAssuranceIcon(point, direction),
    });
    if (point.classification === 'concern') concern.push(signal('special_cause_concern'));
    if (point.classification === 'improvement') improving.push(signal('special_cause_improvement'));
  }
  // Capability is read at the latest point of the window, as the assurance icon is.
  const latest = assessed[assessed.length - 1];
  if (latest) {
    const icon = periodAssuranceIcon(latest, direction);
    const base = { period: latest.period, value: latest.value, rules: [], assuranceIcon: icon };
    if (icon === 'consistentlyFailing') concern.push({ kind: 'consistently_failing', ...base });
    if (icon === 'consistentlyPassing') improving.push({ kind: 'consistently_passing', ...base });
  }
  return { assessed, concern, improving };
}

export interface OrganisationAlignmentInput {
  organisationId: string;
  asOf: Date;
  measures: MeasureInfo[];
  control: Map<string, ControlInput>;
  assurance: Map<string, AssuranceUseInput>;
  judgements: JudgementInput[];
  /** Whether the caller can see this organisation's assurance records at all. */
  assuranceVisible: boolean;
}

export interface MeasureAlignment {
  measure: MeasureInfo;
  usedInControl: boolean;
  usedInAssurance: boolean;
  control: ControlUse;
  assurance: { nodes: AssuranceUseInput['nodes']; findingCount: number; evidenceCount: number };
  /** Both, control only, assurance only, or neither. */
  alignment: 'aligned' | 'control_only' | 'assurance_only' | 'unused';
}

export interface AlignmentSummary {
  measures: number;
  controlMeasures: number;
  assuranceMeasures: number;
  controlMeasuresUsedByAssurance: number;
  /** Null when there is no control measure. */
  shareOfControlMeasuresUsedByAssurance: number | null;
  judgements: number;
  judgementsBackedByControl: number;
  /** Null when there is no judgement. */
  shareOfJudgementsBackedByControl: number | null;
  divergences: { judged_good_control_concern: number; judged_poor_control_improving: number; total: number };
  notAssessable: number;
}

export interface OrganisationAlignment {
  organisationId: string;
  assuranceVisible: boolean;
  measures: MeasureAlignment[];
  divergences: Divergence[];
  notAssessable: NotAssessable[];
  summary: AlignmentSummary;
}

const share = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

export function alignOrganisation(input: OrganisationAlignmentInput): OrganisationAlignment {
  const empty: ControlInput = {
    lastSubmittedAt: null,
    points: [],
    variationIcon: null,
    assuranceIcon: null,
    problem: null,
  };
  const measureRows: MeasureAlignment[] = input.measures.map((measure) => {
    const control = controlUse(measure, input.control.get(measure.measureId) ?? empty, input.asOf);
    const use = input.assurance.get(measure.measureId) ?? { nodes: [], findingIds: [], evidenceIds: [] };
    const usedInAssurance = use.nodes.length + use.findingIds.length + use.evidenceIds.length > 0;
    return {
      measure,
      usedInControl: control.used,
      usedInAssurance,
      control,
      assurance: {
        nodes: use.nodes,
        findingCount: use.findingIds.length,
        evidenceCount: use.evidenceIds.length,
      },
      alignment: control.used
        ? usedInAssurance
          ? 'aligned'
          : 'control_only'
        : usedInAssurance
          ? 'assurance_only'
          : 'unused',
    };
  });
  const byId = new Map(measureRows.map((row) => [row.measure.measureId, row]));

  const divergences: Divergence[] = [];
  const notAssessable: NotAssessable[] = [];
  let backed = 0;
  for (const judgement of input.judgements) {
    const bound = judgement.boundMeasureIds.map((id) => byId.get(id)).filter((row) => row !== undefined);
    if (bound.some((row) => row.usedInControl)) backed++;
    const band = judgementBand(judgement.rank, judgement.scaleSize);
    if (band === 'middle') continue;
    for (const row of bound) {
      const control = input.control.get(row.measure.measureId);
      const from = samePeriodFrom(judgement.startsOn, row.measure.periodicity);
      const to = judgement.endsOn;
      const base = {
        inspectionId: judgement.inspectionId,
        nodeCode: judgement.nodeCode,
        measureCode: row.measure.code,
      };
      if (row.measure.improvementDirection === 'neutral') {
        notAssessable.push({ ...base, reason: 'The measure has no improvement direction' });
        continue;
      }
      const signals = signalsIn(control?.points ?? [], from, to, row.measure.improvementDirection);
      if (signals.assessed.length === 0) {
        notAssessable.push({ ...base, reason: `No assessed SPC point between ${from} and ${to}` });
        continue;
      }
      const found = band === 'good_or_better' ? signals.concern : signals.improving;
      if (found.length === 0) continue;
      const kind: DivergenceKind =
        band === 'good_or_better' ? 'judged_good_control_concern' : 'judged_poor_control_improving';
      const words = found
        .map(
          (s) =>
            `${s.kind.replaceAll('_', ' ')} in ${s.period}${s.rules.length ? ` (${s.rules.join(', ')})` : ''}`,
        )
        .join('; ');
      divergences.push({
        kind,
        inspectionId: judgement.inspectionId,
        inspectionTitle: judgement.inspectionTitle,
        node: { id: judgement.nodeId, code: judgement.nodeCode, title: judgement.nodeTitle },
        judgement: { rating: judgement.rating, label: judgement.ratingLabel, rank: judgement.rank, band },
        measure: { id: row.measure.measureId, code: row.measure.code, title: row.measure.title },
        period: { from, to },
        signals: found,
        explanation: `${judgement.nodeCode} judged ${judgement.ratingLabel} while ${row.measure.code} shows ${words}`,
      });
    }
  }

  const controlMeasures = measureRows.filter((row) => row.usedInControl);
  const controlUsedByAssurance = controlMeasures.filter((row) => row.usedInAssurance).length;
  const good = divergences.filter((d) => d.kind === 'judged_good_control_concern').length;
  return {
    organisationId: input.organisationId,
    assuranceVisible: input.assuranceVisible,
    measures: measureRows,
    divergences,
    notAssessable,
    summary: {
      measures: measureRows.length,
      controlMeasures: controlMeasures.length,
      assuranceMeasures: measureRows.filter((row) => row.usedInAssurance).length,
      controlMeasuresUsedByAssurance: controlUsedByAssurance,
      shareOfControlMeasuresUsedByAssurance: share(controlUsedByAssurance, controlMeasures.length),
      judgements: input.judgements.length,
      judgementsBackedByControl: backed,
      shareOfJudgementsBackedByControl: share(backed, input.judgements.length),
      divergences: {
        judged_good_control_concern: good,
        judged_poor_control_improving: divergences.length - good,
        total: divergences.length,
      },
      notAssessable: notAssessable.length,
    },
  };
}

/** Several organisations' figures added up (a programme's view). */
export function combineSummaries(summaries: readonly AlignmentSummary[]): AlignmentSummary {
  const sum = (pick: (s: AlignmentSummary) => number) => summaries.reduce((total, s) => total + pick(s), 0);
  const controlMeasures = sum((s) => s.controlMeasures);
  const controlUsed = sum((s) => s.controlMeasuresUsedByAssurance);
  const judgements = sum((s) => s.judgements);
  const backed = sum((s) => s.judgementsBackedByControl);
  const good = sum((s) => s.divergences.judged_good_control_concern);
  const poor = sum((s) => s.divergences.judged_poor_control_improving);
  return {
    measures: sum((s) => s.measures),
    controlMeasures,
    assuranceMeasures: sum((s) => s.assuranceMeasures),
    controlMeasuresUsedByAssurance: controlUsed,
    shareOfControlMeasuresUsedByAssurance: share(controlUsed, controlMeasures),
    judgements,
    judgementsBackedByControl: backed,
    shareOfJudgementsBackedByControl: share(backed, judgements),
    divergences: {
      judged_good_control_concern: good,
      judged_poor_control_improving: poor,
      total: good + poor,
    },
    notAssessable: sum((s) => s.notAssessable),
  };
}
