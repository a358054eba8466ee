import { ask, login, setAreaStatus, WardsDocument } from './operations.js';

/** Ids of the demo district, read through the API as the operator. */
export async function demoIds(url: string) {
  const operator = await login(url, 'operator');
  const { wards } = await ask(url, WardsDocument, {}, operator);
  const byCode = new Map(wards.map((w) => [w.code, w]));
  const ward = (code: string) => {
    const w = byCode.get(code);
    if (!w) throw new Error(`no ward ${code}`);
    return w;
  };
  return { operator, ward };
}

/** Put an area into VOTING as the operator, so turnout may be reported. */
export async function openArea(url: string, operator: string, id: string): Promise<void> {
  for (const status of ['READY', 'VOTING'] as const) await setAreaStatus(url, { id, status }, operator);
}
