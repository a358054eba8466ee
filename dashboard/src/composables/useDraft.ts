import { reactive, watch } from 'vue';

/** A form's state kept in sessionStorage, so an expired session or a reload does not lose what was typed. */
export function useDraft<T extends object>(key: string, initial: () => T): { draft: T; clear: () => void } {
  const storageKey = `election-ops.draft.${key}`;
  const saved = sessionStorage.getItem(storageKey);
  const draft = reactive({ ...initial(), ...(saved ? (JSON.parse(saved) as Partial<T>) : {}) }) as T;
  watch(draft, (v) => sessionStorage.setItem(storageKey, JSON.stringify(v)), { deep: true });
  return {
    draft,
    clear: () => {
      Object.assign(draft, initial());
      sessionStorage.removeItem(storageKey);
    },
  };
}
