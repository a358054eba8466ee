import { describe, expect, it } from 'vitest';
import { NATION, type Viewer } from '../../auth/viewer.js';
import { Role } from './user.entity.js';
import { ViewerCache } from './viewer-cache.js';

const viewer = (sessionVersion: number): Viewer => ({
  id: 7,
  username: 'ward.minh-khai',
  role: Role.WARD_OFFICER,
  wardId: 1,
  agencyId: null,
  agencyCode: null,
  observerWardIds: null,
  teamId: null,
  teamWardIds: null,
  sessionVersion,
  unit: NATION,
  home: NATION,
});

/** An account whose session version the test moves, read through a counter. */
function account(version = 0) {
  const state = { version, reads: 0, usable: true };
  const read = async () => {
    state.reads += 1;
    return state.usable ? viewer(state.version) : null;
  };
  return { state, read };
}

describe('ViewerCache', () => {
  it('reads an account once for the requests of a moment, concurrent ones included', async () => {
    const cache = new ViewerCache(60_000);
    const { state, read } = account();
    const got = await Promise.all([cache.get(7, 0, read), cache.get(7, 0, read)]);
    await cache.get(7, 0, read);
    expect(got.map((v) => v?.id)).toEqual([7, 7]);
    expect(state.reads).toBe(1);
  });

  it('refuses a revoked token at once once told, and reads the account again', async () => {
    const cache = new ViewerCache(60_000);
    const { state, read } = account();
    expect(await cache.get(7, 0, read)).not.toBeNull();
    state.version = 1;
    cache.forget(7);
    expect(await cache.get(7, 0, read)).toBeNull();
    expect((await cache.get(7, 1, read))?.sessionVersion).toBe(1);
    expect(state.reads).toBe(2);
  });

  it('reads again for a token newer than what it remembers (signed after a change it has not heard of)', async () => {
    const cache = new ViewerCache(60_000);
    const { state, read } = account();
    await cache.get(7, 0, read);
    state.version = 1;
    expect((await cache.get(7, 1, read))?.sessionVersion).toBe(1);
    expect(await cache.get(7, 0, read)).toBeNull();
    expect(state.reads).toBe(2);
  });

  it('keeps nothing past its time, nor while announcements might be missed', async () => {
    const cache = new ViewerCache(0);
    const { state, read } = account();
    await cache.get(7, 0, read);
    state.usable = false;
    expect(await cache.get(7, 0, read)).toBeNull();

    const listening = { up: false };
    const untrusted = new ViewerCache(60_000);
    untrusted.trustWhile(() => listening.up);
    const other = account();
    await untrusted.get(7, 0, other.read);
    await untrusted.get(7, 0, other.read);
    expect(other.state.reads).toBe(2);
  });

  it('does not keep a failed read', async () => {
    const cache = new ViewerCache(60_000);
    let fail = true;
    const read = async () => {
      if (fail) throw new Error('database down');
      return viewer(0);
    };
    await expect(cache.get(7, 0, read)).rejects.toThrow('database down');
    fail = false;
    expect(await cache.get(7, 0, read)).not.toBeNull();
  });
});
