import type { FindingSeverity, RatingLevel, RollUpRule } from '@qms/db';
import type { EvidenceView } from '../evidence/evidence.handlers.js';
import type { FindingView, InspectionView } from '../inspections/inspection-views.js';
import type { NodeJudgement } from '../judgements/judgement-tree.js';
import { rollUp } from '../judgements/roll-up.js';

/**
 * A published report as data: the complete snapshot stored with each report version, and how an
 * amendment turns one version's snapshot into the next. Pure, so the rules are tested directly.
 */

export interface ReportSnapshot {
  inspection: InspectionView;
  frameworkVersion: { id: string; ratingScale: RatingLevel[]; rollUp: RollUpRule };
  judgements: NodeJudgement[];
  findings: FindingView[];
  evidence: EvidenceView[];
}

export interface Amendment {
  ratings?:
    | {
        nodeId: string;
        rating: string | null;
        overrideReason?: string | undefined;
        rationale?: string | null | undefined;
      }[]
    | undefined;
  findings?:
    | {
        id: string;
        statement?: string | undefined;
        severity?: FindingSeverity | undefined;
        dueOn?: string | undefined;
      }[]
    | undefined;
}

export interface AmendmentProblem {
  pointer: string;
  detail: string;
}

/**
 * The next snapshot: the amended ratings (rolled up again by the version's rule) and findings;
 * everything else as it was. Problems instead when the amendment does not fit the report.
 */
export function amendReport(
  previous: ReportSnapshot,
  amendment: Amendment,
  amendedAt: string,
): { snapshot: ReportSnapshot } | { problems: AmendmentProblem[] } {
  const problems: AmendmentProblem[] = [];
  const scale = previous.frameworkVersion.ratingScale;
  const judged = new Map(previous.judgements.map((item) => [item.nodeId, item]));
  const next = new Map(previous.judgements.map((item) => [item.nodeId, { ...item }]));
  (amendment.ratings ?? []).forEach((change, index) => {
    const at = `/body/ratings/${index}`;
    const item = next.get(change.nodeId);
    if (!item || !judged.has(change.nodeId)) {
      problems.push({ pointer: `${at}/nodeId`, detail: 'Not a node of the report’s framework version' });
      return;
    }
    if (change.rating !== null && !scale.some((level) => level.key === change.rating)) {
      problems.push({ pointer: `${at}/rating`, detail: 'Not a level of the rating scale' });
      return;
    }
    if (item.hasChildren && change.rating !== null && !change.overrideReason) {
      problems.push({
        pointer: `${at}/overrideReason`,
        detail: 'Overriding a computed rating needs a reason',
      });
      return;
    }
    if (!item.hasChildren && change.overrideReason !== undefined) {
      problems.push({
        pointer: `${at}/overrideReason`,
        detail: 'A leaf node is rated directly, not overridden',
      });
      return;
    }
    item.judgedRating = change.rating;
    item.overrideReason = item.hasChildren && change.rating !== null ? (change.overrideReason ?? null) : null;
    if (change.rationale !== undefined) item.rationale = change.rationale;
    item.updatedAt = amendedAt;
  });
  const findings = previous.findings.map((finding) => ({ ...finding }));
  (amendment.findings ?? []).forEach((change, index) => {
    const at = `/body/findings/${index}`;
    const finding = findings.find((candidate) => candidate.id === change.id);
    if (!finding) {
      problems.push({ pointer: `${at}/id`, detail: 'Not a finding of this report' });
      return;
    }
    if (change.dueOn !== undefined && finding.type !== 'requirement') {
      problems.push({ pointer: `${at}/dueOn`, detail: 'Only a requirement has a due date' });
      return;
    }
    if (change.statement !== undefined) finding.statement = change.statement;
    if (change.severity !== undefined) finding.severity = change.severity;
    if (change.dueOn !== undefined) finding.dueOn = change.dueOn;
    finding.updatedAt = amendedAt;
  });
  if (problems.length) return { problems };
  const items = [...next.values()];
  const rolled = rollUp(
    items.map((item) => ({ id: item.nodeId, parentId: item.parentId })),
    scale,
    previous.frameworkVersion.rollUp,
    new Map(items.map((item) => [item.nodeId, item.judgedRating])),
  );
  const judgements = previous.judgements.map((original) => {
    const item = next.get(original.nodeId) ?? original;
    const rating = rolled.get(original.nodeId);
    return {
      ...item,
      rating: rating?.effective ?? null,
      computedRating: rating?.computed ?? null,
      judgedRating: rating?.judged ?? null,
      overridden: rating?.overridden ?? false,
    };
  });
  return { snapshot: { ...previous, judgements, findings } };
}
