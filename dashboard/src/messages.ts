/** Strings of the placeholder page; the screens' i18n files replace this with vue-i18n. */
export const messages = {
  vi: { title: 'Điều hành bầu cử quận Hai Bà Trưng', soon: 'Các màn hình điều hành đang được xây dựng. API GraphQL: /graphql' },
  en: { title: 'Hai Bà Trưng election operations', soon: 'The operations screens are being built. GraphQL API: /graphql' },
} as const;
