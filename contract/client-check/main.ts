// A small front-end program written against the client generated from the merged OpenAPI document
// (openapi-typescript types + openapi-fetch). It is only type-checked (tsc --strict --noEmit): if the
// document stops describing these calls the way front ends use them, contract/check.sh fails.
import createClient from 'openapi-fetch';
import type { components, paths } from './generated/api';

type Dispute = components['schemas']['Dispute'];
type Subject = components['schemas']['Subject'];
type SubjectUpload = paths['/api/v1/corrections/sync/subjects']['post']['requestBody']['content']['application/json'];

/** A sync record is named by the client: without an id it does not type-check. */
// @ts-expect-error the id is missing
export const unnamed: SubjectUpload['records'][number] = {
  orgUnit: '430503101000', name: '刘建国', gender: 'MALE', idNumber: '430503198506120310', birthDate: '1985-06-12',
  type: 'PROBATION', offence: '危险驾驶罪', sentence: '拘役三个月，缓刑六个月', decidingAuthority: '大祥区人民法院',
  correctionStart: '2026-01-05', correctionEnd: '2026-07-04', intakeDate: '2026-01-08', supervisionLevel: 'NORMAL',
};

const client = createClient<paths>({
  baseUrl: 'http://localhost:8080',
  headers: { Authorization: 'Bearer <token from ./platform token district-admin 430503000000>' },
});

/** 人民调解：本镇受理中的纠纷，第一页 */
export async function listDisputes(): Promise<Dispute[]> {
  const { data, error } = await client.GET('/api/v1/mediation/disputes', {
    params: { query: { orgUnit: '430503101000', page: 0, size: 50, sort: 'createdAt,desc' } },
  });
  if (error) {
    throw new Error(`${error.status} ${error.title}: ${error.detail ?? ''}`);
  }
  const total: number = data.totalItems;
  console.log(`disputes: ${data.items.length} of ${total}`);
  return data.items;
}

/** 法律援助统计：某期间某机构的指标 */
export async function legalAidFigures(): Promise<Record<string, number>> {
  const { data, error } = await client.GET('/api/v1/legal-aid/stats', {
    params: { query: { from: '2026-01-01', to: '2026-03-31', orgUnit: '430503000000' } },
  });
  if (error) {
    throw new Error(error.title);
  }
  const asOf: string = data.asOf;
  console.log(`legal-aid figures of ${data.orgUnit} as of ${asOf}`);
  return data.metrics;
}

/** 乡镇离线同步：上传一名社区矫正对象 */
export async function uploadSubjects(): Promise<Subject[]> {
  const { data, error } = await client.POST('/api/v1/corrections/sync/subjects', {
    params: { header: { 'Idempotency-Key': 'luoshi-2026-03-02-001' } },
    body: {
      records: [
        {
          id: '5b0f7c1e-8a43-4c2e-9d7b-2f1e6a3c9d10',
          orgUnit: '430503101000',
          name: '刘建国',
          gender: 'MALE',
          idNumber: '430503198506120310',
          birthDate: '1985-06-12',
          type: 'PROBATION',
          offence: '危险驾驶罪',
          sentence: '拘役三个月，缓刑六个月',
          decidingAuthority: '大祥区人民法院',
          correctionStart: '2026-01-05',
          correctionEnd: '2026-07-04',
          intakeDate: '2026-01-08',
          supervisionLevel: 'NORMAL',
        },
      ],
    },
  });
  if (error) {
    throw new Error(error.title);
  }
  for (const result of data.results) {
    console.log(`${result.id}: ${result.status} v${result.version ?? '-'}`);
  }
  console.log(`created ${data.summary.created}, conflicts ${data.summary.conflict}`);
  // On a conflict the server's record comes back typed as the resource's view.
  const current: Subject[] = data.results.flatMap((result) => (result.current ? [result.current] : []));
  for (const subject of current) {
    const ended: string | null = subject.endedOn;
    console.log(`${subject.id} v${subject.version} is ${subject.status}${ended === null ? '' : ` since ${ended}`}`);
  }
  return current;
}

/** 乡镇离线同步：拉取矫正对象的增量变更（删除时 record 为 null） */
export async function pullSubjects(since?: string): Promise<string> {
  const { data, error } = await client.GET('/api/v1/corrections/sync/subjects/changes', {
    params: { query: { since, limit: 500 } },
  });
  if (error) {
    throw new Error(error.title);
  }
  for (const change of data.changes) {
    const record: Subject | null = change.record;
    console.log(`${change.id} v${change.version}: ${record === null ? 'deleted' : record.name}`);
  }
  return data.nextCursor;
}

/** 绩效评价：发起大祥区2025年度评价 */
export async function startEvaluation(): Promise<string> {
  const { data, error } = await client.POST('/api/v1/evaluation/runs', {
    body: { orgUnit: '430503000000', year: 2025, includeChildren: true },
  });
  if (error) {
    throw new Error(`${error.status} ${error.title}`);
  }
  if (data.id === undefined) {
    throw new Error('the run has no id');
  }
  return data.id;
}
