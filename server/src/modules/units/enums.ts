import { registerEnumType } from 'type-graphql';

export enum PollingAreaStatus {
  PREPARING = 'PREPARING',
  READY = 'READY',
  VOTING = 'VOTING',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
  COUNTED = 'COUNTED',
}
registerEnumType(PollingAreaStatus, {
  name: 'PollingAreaStatus',
  description: 'Where a polling area is in its day: PREPARING → READY → VOTING ⇄ SUSPENDED → CLOSED → COUNTED.',
  valuesConfig: {
    PREPARING: { description: 'Materials and checklist being prepared.' },
    READY: { description: 'Checklist complete, waiting to open.' },
    VOTING: { description: 'Polls open.' },
    SUSPENDED: { description: 'Voting interrupted: the box is sealed and the reason reported.' },
    CLOSED: { description: 'Polls closed, counting not finished.' },
    COUNTED: { description: 'Votes counted and minutes filed.' },
  },
});

/** The levels of the administrative tree an account can be scoped to (SPEC 3: Province → District → Ward). */
export enum UnitLevel {
  NATION = 'NATION',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  WARD = 'WARD',
}
registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'A level of the administrative tree: what an account is scoped to and what a wall screen draws.',
  valuesConfig: {
    NATION: { description: 'The whole country (every province).' },
    PROVINCE: { description: 'A province or centrally-run city (tỉnh / thành phố).' },
    DISTRICT: { description: 'A district (quận / huyện).' },
    WARD: { description: 'A ward (phường / xã).' },
  },
});
