import { gql, login } from './graphql.js';

/** Ids of the demo district, read through the API as the operator. */
export async function demoIds(url: string) {
  const operator = await login(url, 'operator');
  const r = await gql<{ wards: { id: string; code: string; pollingAreas: { id: string; registeredVoters: number }[] }[] }>(
    url,
    '{ wards { id code pollingAreas { id registeredVoters } } }',
    {},
    operator,
  );
  const byCode = new Map(r.data!.wards.map((w) => [w.code, w]));
  const ward = (code: string) => {
    const w = byCode.get(code);
    if (!w) throw new Error(`no ward ${code}`);
    return w;
  };
  return { operator, ward };
}

/** Put an area into VOTING as the operator, so turnout may be reported. */
export async function openArea(url: string, operator: string, id: string): Promise<void> {
  for (const status of ['READY', 'VOTING']) {
    const r = await gql(url, 'mutation($id:ID!,$s:PollingAreaStatus!){ setPollingAreaStatus(id:$id,status:$s){ status } }', { id, s: status }, operator);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
}
