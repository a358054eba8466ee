import { createRouter, createWebHistory } from 'vue-router';
import { useDistrict } from './stores/district';
import { useSession } from './stores/session';

/** One screen per role; each needs a session, except login. `meta.district`: the screen shows the live district. */
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: () => useSession().home },
    { path: '/login', component: () => import('./views/LoginView.vue') },
    { path: '/ops', component: () => import('./views/OpsView.vue'), meta: { district: true } },
    { path: '/ward', component: () => import('./views/WardView.vue'), meta: { district: true } },
    { path: '/tasks', component: () => import('./views/TasksView.vue'), meta: { district: true } },
    { path: '/incidents', component: () => import('./views/IncidentsView.vue'), meta: { district: true } },
  ],
});

router.beforeEach((to) => {
  const session = useSession();
  if (to.path !== '/login' && !session.token) return { path: '/login', query: { next: to.fullPath } };
  // The district loads while the screen's code does.
  if (to.meta.district) void useDistrict().connect();
  return true;
});
