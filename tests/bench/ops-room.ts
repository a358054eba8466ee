export async function opsRoom(_o: { speed: number }): Promise<{ rows: Record<string, unknown>[]; notes: string[] }> {
  return { rows: [], notes: ['not yet'] };
}
