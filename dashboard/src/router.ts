import { createRouter, createWebHistory } from 'vue-router';
import { useDistrict } from './stores/district';
import { useSession } from './stores/session';
// In the main bundle (4 KB gzipped): a wall screen's first render should not wait for a second round
// of requests queued behind the snapshot on a busy embedded-database server.
import OpsScreen from './views/OpsScreen.vue';

/**
 * One screen per role; each needs a session, except login. `meta.district`: the screen shows the live
 * district; `meta.offline`: it keeps an offline copy of it (the ward desk and the team screen, used on
 * phones), for everyone (true) or for the roles listed.
 */
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: () => useSession().home },
    { path: '/login', component: () => import('./views/LoginView.vue') },
    // The district's wall, or a province's or the nation's (by the account's unit).
    { path: '/ops', component: OpsScreen, meta: { district: true } },
    { path: '/ward', component: () => import('./views/WardView.vue'), meta: { district: true, offline: true } },
    { path: '/team', component: () => import('./views/TeamView.vue'), meta: { district: true, offline: true } },
    { path: '/tasks', component: () => import('./views/TasksView.vue'), meta: { district: true } },
    // The operator's desk, and the ward officer's phone (with the ward desk's offline copy).
    { path: '/reports', component: () => import('./views/ReportsView.vue'), meta: { district: true, offline: ['WARD_OFFICER'] } },
    // The board, the area view (?view=area&area=<id>), supervision (?view=findings) and the sessions panel (?view=sessions).
    { path: '/incidents', component: () => import('./views/OperatorDesk.vue'), meta: { district: true } },
    // The complaints register (SPEC 8.4); `?complaint=<id>` opens one.
    { path: '/complaints', component: () => import('./views/ComplaintsView.vue'), meta: { district: true } },
    { path: '/areas/:id?', redirect: (to) => ({ path: '/incidents', query: { view: 'area', area: to.params.id || undefined } }) },
  ],
});

router.beforeEach((to) => {
  const session = useSession();
  if (to.path !== '/login' && !session.token) return { path: '/login', query: { next: to.fullPath } };
  // The district loads while the screen's code does.
  const offline = to.meta.offline;
  if (to.meta.district)
    void useDistrict()
      .connect({ offlineCopy: offline === true || (Array.isArray(offline) && offline.includes(session.user?.role)) })
      .catch(() => undefined);
  return true;
});
