import { i18n } from '../i18n';
import { ApiError } from './request';

/** Words a ward officer understands for any failure: the reason's text, else the code's, never a raw code. */
export function errorText(err: unknown): string {
  const t = i18n.global.t;
  const te = i18n.global.te;
  if (err instanceof ApiError) {
    if (err.reason && te(`errors.${err.reason}`)) return t(`errors.${err.reason}`);
    if (te(`errors.${err.code}`)) return t(`errors.${err.code}`);
  }
  return t('errors.UNKNOWN');
}
