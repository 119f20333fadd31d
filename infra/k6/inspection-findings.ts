// An inspector plans an inspection, starts fieldwork and records findings.
//   k6 run -e PROFILE=load -e INSPECTOR_TOKEN=$(npm run -s token -- --org care-regulator --role inspector) \
//     -e ORGANISATION_ID=<the inspected organisation's id> infra/k6/inspection-findings.ts
import { check } from 'k6';
import http from 'k6/http';
import { authorised, BASE_URL, items, journeyOptions, requiredEnv } from './lib/profile.ts';

export const options = journeyOptions('inspection_findings');
const token = requiredEnv('INSPECTOR_TOKEN');
const organisationId = requiredEnv('ORGANISATION_ID');

interface Framework {
  id: string;
  versions: { id: string; status: string }[];
}

export function setup() {
  const frameworks = items<Framework>(
    http.get(`${BASE_URL}/v1/frameworks?limit=100`, authorised(token)).body,
  );
  const version = frameworks
    .flatMap((framework) => framework.versions ?? [])
    .find((v) => v.status === 'published');
  if (!version) throw new Error('no published framework version visible to this inspector');
  return { frameworkVersionId: version.id };
}

export default function (data: ReturnType<typeof setup>) {
  const planned = http.post(
    `${BASE_URL}/v1/inspections`,
    JSON.stringify({
      organisationId,
      frameworkVersionId: data.frameworkVersionId,
      type: 'announced',
      title: 'Load test: urgent and emergency care',
      team: ['inspector@care-regulator'],
      startsOn: '2026-03-02',
      endsOn: '2026-03-04',
    }),
    authorised(token),
  );
  if (!check(planned, { 'inspection planned': (r) => r.status === 201 })) return;
  const inspection = planned.json() as { id: string };
  const started = http.post(
    `${BASE_URL}/v1/inspections/${inspection.id}/start-fieldwork`,
    null,
    authorised(token, { 'If-Match': String(planned.headers.Etag ?? planned.headers.ETag ?? '') }),
  );
  if (!check(started, { 'fieldwork started': (r) => r.status === 200 })) return;
  for (const severity of ['high', 'medium']) {
    const finding = http.post(
      `${BASE_URL}/v1/inspections/${inspection.id}/findings`,
      JSON.stringify({
        type: 'requirement',
        severity,
        statement: 'Escalation of deteriorating patients must be recorded on every shift.',
        dueOn: '2026-09-30',
      }),
      authorised(token),
    );
    check(finding, { 'finding recorded': (r) => r.status === 201 });
  }
  check(http.get(`${BASE_URL}/v1/inspections/${inspection.id}/findings`, authorised(token)), {
    'findings listed': (r) => r.status === 200,
  });
}
