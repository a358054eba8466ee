import { describe, expect, it } from 'vitest';
import { atOnDay, dayPart, hhmmOf, inVisitWindow, isOverdueVisit, nextHalfHour } from './visits';

const at = (hhmm: string) => Date.parse(`2021-05-23T${hhmm}:00+07:00`);

describe('the auxiliary ballot box’s times', () => {
  it('defaults to the next half hour, never the present one', () => {
    expect(hhmmOf(nextHalfHour(at('09:10')))).toBe('09:30');
    expect(hhmmOf(nextHalfHour(at('09:30')))).toBe('10:00');
    expect(hhmmOf(nextHalfHour(at('09:59')))).toBe('10:00');
  });

  it('reads an election-day HH:MM in Vietnam time, whatever the machine’s zone', () => {
    expect(atOnDay('2021-05-23', '09:30')).toBe('2021-05-23T02:30:00.000Z');
    expect(hhmmOf(Date.parse('2021-05-23T02:30:00Z'))).toBe('09:30');
  });

  it('keeps to the voting window and names the part of the day', () => {
    expect([inVisitWindow('04:59'), inVisitWindow('05:00'), inVisitWindow('21:00'), inVisitWindow('21:01')]).toEqual([false, true, true, false]);
    expect(['09:30', '11:30', '15:00', '19:00'].map(dayPart)).toEqual(['morning', 'noon', 'afternoon', 'evening']);
  });

  it('is overdue an hour after its time without a record, and only when scheduled', () => {
    const v = { status: 'SCHEDULED' as const, scheduledFor: new Date(at('09:00')).toISOString() };
    expect(isOverdueVisit(v, at('10:00'))).toBe(false);
    expect(isOverdueVisit(v, at('10:01'))).toBe(true);
    expect(isOverdueVisit({ ...v, status: 'VISITED' }, at('12:00'))).toBe(false);
    expect(isOverdueVisit({ status: 'REQUESTED', scheduledFor: null }, at('12:00'))).toBe(false);
  });
});
