import { createRouter, createWebHistory } from 'vue-router';
import { useSession } from './stores/session';

/** One screen per role; each needs a session, except login. */
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: () => useSession().home },
    { path: '/login', component: () => import('./views/LoginView.vue') },
    { path: '/ops', component: () => import('./views/OpsView.vue') },
    { path: '/ward', component: () => import('./views/WardView.vue') },
    { path: '/tasks', component: () => import('./views/TasksView.vue') },
    { path: '/incidents', component: () => import('./views/IncidentsView.vue') },
  ],
});

router.beforeEach((to) => {
  const session = useSession();
  if (to.path !== '/login' && !session.token) return { path: '/login', query: { next: to.fullPath } };
  return true;
});
