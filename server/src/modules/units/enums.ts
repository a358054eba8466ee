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
