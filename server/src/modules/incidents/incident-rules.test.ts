import { describe, expect, it } from 'vitest';
import { IncidentStatus as S } from './incident.entity.js';
import { canMoveIncident } from './incident-rules.js';

/** Every pair of statuses, and whether the move is legal: the table as a reader would check it. */
const LEGAL: [S, S][] = [
  [S.REPORTED, S.ACKNOWLEDGED], [S.REPORTED, S.IN_PROGRESS], [S.REPORTED, S.RESOLVED],
  [S.ACKNOWLEDGED, S.IN_PROGRESS], [S.ACKNOWLEDGED, S.RESOLVED],
  [S.IN_PROGRESS, S.RESOLVED],
  [S.RESOLVED, S.REPORTED],
];

describe('incident transitions', () => {
  const all = Object.values(S);
  for (const from of all) {
    for (const to of all) {
      const legal = LEGAL.some(([a, b]) => a === from && b === to);
      it(`${from} → ${to}: ${legal ? 'allowed' : 'refused'}`, () => expect(canMoveIncident(from, to)).toBe(legal));
    }
  }
});
